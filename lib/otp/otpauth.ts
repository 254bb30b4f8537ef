import { isOtpType } from './account-rules';
import { normalizeSecret } from './base32';
import { OtpauthError, SecretError } from './errors';
import { splitLabel, wellFormed } from './label';
import { decodePart, parseQuery, readAlgorithm, readCounter, readDigits, readPeriod } from './otpauth-params';
import { STEAM_DIGITS, STEAM_PERIOD } from './steam';
import type { ParsedOtpauth } from './types';

export { OtpauthError };
export type { ParsedOtpauth };

const OTPAUTH = /^otpauth:\/\/([^/?#]*)(?:\/([^?#]*))?(?:\?([^#]*))?(?:#.*)?$/i;
const STEAM = /^steam:\/\/([^/?#]*)\/?$/i;

function readSecret(value: string | undefined): string {
  if (value === undefined) throw new OtpauthError('missing-secret', 'The link has no secret.');
  if (value.trim() === '' || /^=+$/.test(value.trim()))
    throw new OtpauthError('missing-secret', 'The link has an empty secret.');
  try {
    return normalizeSecret(value);
  } catch (e) {
    throw new OtpauthError('bad-secret', e instanceof SecretError ? e.message : 'The secret is not valid base32.');
  }
}

/** A Steam Guard account: its codes are always 5 characters every 30 s (SHA-1). */
export function steamAccount(secret: string, issuer: string, accountName: string): ParsedOtpauth {
  return {
    type: 'steam',
    issuer,
    accountName,
    secret,
    algorithm: 'SHA1',
    digits: STEAM_DIGITS,
    period: STEAM_PERIOD,
    counter: 0,
  };
}

function parse(uri: string): ParsedOtpauth {
  const text = uri.trim();
  const steam = STEAM.exec(text);
  if (steam) return steamAccount(readSecret(decodePart(steam[1] ?? '', 'secret', false)), 'Steam', '');
  const m = OTPAUTH.exec(text);
  if (!m) throw new OtpauthError('not-otpauth', 'This is not an otpauth:// link.');
  const typeRaw = (m[1] ?? '').toLowerCase();
  if (!typeRaw) throw new OtpauthError('bad-type', 'The link does not say whether it is TOTP or HOTP.');
  if (!isOtpType(typeRaw)) {
    throw new OtpauthError('bad-type', `The link's type "${typeRaw.slice(0, 16)}" is not totp, hotp or steam.`);
  }
  const params = parseQuery(m[3] ?? '');
  const secret = readSecret(params.get('secret'));
  const label = wellFormed(decodePart(m[2] ?? '', 'account label', false));
  const issuerParam = params.has('issuer') ? wellFormed(params.get('issuer') ?? '') : null;
  const { issuer, accountName } = splitLabel(label, issuerParam);
  const isSteam = typeRaw === 'steam' || params.get('encoder')?.trim().toLowerCase() === 'steam';
  if (isSteam) return steamAccount(secret, issuer, accountName);
  const type = typeRaw;
  return {
    type,
    issuer,
    accountName,
    secret,
    algorithm: readAlgorithm(params.get('algorithm')),
    digits: readDigits(params.get('digits')),
    period: type === 'totp' ? readPeriod(params.get('period')) : 30,
    counter: type === 'hotp' ? readCounter(params.get('counter')) : 0,
  };
}

/** Parse an `otpauth://` or `steam://` URI (scheme case-insensitive). Throws only OtpauthError. */
export function parseOtpauthUri(uri: string): ParsedOtpauth {
  try {
    if (typeof uri !== 'string') throw new OtpauthError('not-otpauth', 'This is not an otpauth:// link.');
    return parse(uri);
  } catch (e) {
    if (e instanceof OtpauthError) throw e;
    throw new OtpauthError('bad-uri', 'This otpauth:// link could not be read.');
  }
}

function enc(s: string): string {
  return encodeURIComponent(wellFormed(s));
}

/** Format an account as an `otpauth://` URI that `parseOtpauthUri` (and other apps) read back as the same account. */
export function formatOtpauthUri(p: ParsedOtpauth): string {
  const issuer = p.issuer.trim();
  const account = p.accountName.trim();
  // Without an issuer, an account name holding ':' gets an empty prefix so its colon is not read as a separator.
  const label = issuer ? `${enc(issuer)}:${enc(account)}` : account.includes(':') ? `:${enc(account)}` : enc(account);
  const q = [`secret=${normalizeSecret(p.secret)}`];
  if (issuer) q.push(`issuer=${enc(issuer)}`);
  if (p.type === 'steam')
    return `otpauth://steam/${label}?${q.join('&')}&digits=${STEAM_DIGITS}&period=${STEAM_PERIOD}`;
  q.push(`algorithm=${p.algorithm}`, `digits=${p.digits}`);
  q.push(p.type === 'hotp' ? `counter=${p.counter}` : `period=${p.period}`);
  return `otpauth://${p.type}/${label}?${q.join('&')}`;
}
