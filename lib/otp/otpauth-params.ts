import { DIGITS_RULE, validDigits } from './account-rules';
import { OtpauthError } from './errors';
import type { OtpAlgorithm } from './types';

/** Percent-decode; `form` also reads '+' as a space (query strings). Broken escapes become an OtpauthError. */
export function decodePart(raw: string, what: string, form: boolean): string {
  try {
    return decodeURIComponent(form ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    throw new OtpauthError('bad-uri', `The ${what} has a broken %-escape or is not UTF-8 text.`);
  }
}

const CODE_FOR: Record<string, OtpauthError['code']> = {
  secret: 'bad-secret',
  issuer: 'bad-issuer',
  algorithm: 'bad-algorithm',
  digits: 'bad-digits',
  period: 'bad-period',
  counter: 'bad-counter',
};

/** Read `a=1&b=2`; keys are case-insensitive; a known parameter given twice is an error (which one would win?). */
export function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const key = decodePart(eq < 0 ? pair : pair.slice(0, eq), 'parameter name', true).toLowerCase();
    const value = eq < 0 ? '' : decodePart(pair.slice(eq + 1), `"${key}" parameter`, true);
    const code = CODE_FOR[key];
    if (params.has(key) && code) throw new OtpauthError(code, `The link gives "${key}" more than once.`);
    params.set(key, value);
  }
  return params;
}

/** A value shown in an error message, shortened. */
function shown(value: string): string {
  return JSON.stringify(value.length > 24 ? `${value.slice(0, 24)}…` : value);
}

function wholeNumber(value: string): number | null {
  const v = value.trim();
  if (!/^\d+$/.test(v)) return null;
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : null;
}

export function readAlgorithm(value: string | undefined): OtpAlgorithm {
  if (value === undefined || value.trim() === '') return 'SHA1';
  const m = /^(?:hmac[-_]?)?sha[-_]?(1|256|512)$/i.exec(value.trim());
  if (!m)
    throw new OtpauthError(
      'bad-algorithm',
      `The algorithm ${shown(value)} is not supported (use SHA1, SHA256 or SHA512).`,
    );
  return `SHA${m[1]}` as OtpAlgorithm;
}

export function readDigits(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 6;
  const n = wholeNumber(value);
  if (n === null || !validDigits('totp', n))
    throw new OtpauthError('bad-digits', `${DIGITS_RULE}, not ${shown(value)}.`);
  return n;
}

export function readPeriod(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 30;
  const n = wholeNumber(value);
  if (n === null || n < 1)
    throw new OtpauthError(
      'bad-period',
      `The period must be a whole number of seconds (at least 1), not ${shown(value)}.`,
    );
  return n;
}

export function readCounter(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return 0;
  const n = wholeNumber(value);
  if (n !== null) return n;
  const tooBig = /^\s*\d+\s*$/.test(value);
  throw new OtpauthError(
    'bad-counter',
    tooBig
      ? `The counter ${shown(value.trim())} is too large to use.`
      : `The counter must be a whole number (0 or more), not ${shown(value)}.`,
  );
}
