import { normalizeSecret } from './base32';
import { OtpauthError, SecretError } from './errors';
import { parseOtpauthUri } from './otpauth';
import type { ParsedOtpauth } from './types';

/**
 * What a user pastes into "add account": a bare base32 secret (TOTP, SHA1, 6 digits, 30 s), an `otpauth://` URI or a
 * `steam://` URI. Throws only OtpauthError (a bad bare secret is code 'bad-secret').
 */
export function parseSecretOrUri(input: string): ParsedOtpauth {
  const text = typeof input === 'string' ? input.trim() : '';
  if (!text) throw new OtpauthError('missing-secret', 'Enter a secret key or an otpauth:// link.');
  if (/^otpauth-migration:/i.test(text)) {
    throw new OtpauthError('not-otpauth', 'This is a Google Authenticator export; use the import instead.');
  }
  if (/^(otpauth|steam):/i.test(text)) return parseOtpauthUri(text);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new OtpauthError('not-otpauth', 'This link is not an otpauth:// link or a secret key.');
  }
  try {
    const secret = normalizeSecret(text);
    return { type: 'totp', issuer: '', accountName: '', secret, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 };
  } catch (e) {
    throw new OtpauthError('bad-secret', e instanceof SecretError ? e.message : 'The secret is not valid base32.');
  }
}
