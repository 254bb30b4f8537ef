import { normalizeSecret } from './base32';
import { parseOtpauthUri } from './otpauth';
import type { ParsedOtpauth } from './types';

/** A bare base32 secret (defaults: TOTP, SHA1, 6 digits, 30 s), an otpauth:// URI or a steam:// URI. */
export function parseSecretOrUri(input: string): ParsedOtpauth {
  const t = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(t)) return parseOtpauthUri(t);
  return {
    type: 'totp',
    issuer: '',
    accountName: '',
    secret: normalizeSecret(t),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  };
}
