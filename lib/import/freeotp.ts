import { readAndroidPrefs } from './android-prefs';
import { signedBytes } from './bytes';
import { collect, entryName, isRecord, UNNAMED_ENTRY } from './entry';
import { parseJson } from './problems';
import type { ImportFormat, ImportInput, ImportResult } from './types';

const FREE_OTP = 'FreeOTP';

/** A FreeOTP token: the secret as Java's signed bytes; the counter is kept as FreeOTP stores it. */
function isToken(t: unknown): t is Record<string, unknown> {
  return isRecord(t) && Array.isArray(t.secret) && typeof t.type === 'string';
}

function readTokens(tokens: unknown[], format: string): ImportResult {
  return collect(
    format,
    tokens,
    (t) => {
      if (!isRecord(t)) return 'it is not an account';
      return {
        type: t.type,
        issuer: t.issuerExt || t.issuerInt,
        accountName: t.label,
        secret: signedBytes(t.secret),
        algorithm: t.algo,
        digits: t.digits,
        period: t.period,
        counter: t.counter,
      };
    },
    (t) => (isRecord(t) ? entryName(t.issuerExt || t.issuerInt, t.label) : UNNAMED_ENTRY),
  );
}

/** FreeOTP 1.x and FreeOTP+ keep each token as JSON in a preferences file, beside a "tokenOrder" list. */
function prefsTokens(input: ImportInput): unknown[] | null {
  const prefs = readAndroidPrefs(input.text);
  if (!prefs?.has('tokenOrder') || prefs.has('masterKey')) return null;
  const tokens = [...prefs].filter(([k]) => k !== 'tokenOrder').map(([, v]) => parseJson(v));
  return tokens.some(isToken) ? tokens : null;
}

/** FreeOTP+ JSON exports, and FreeOTP 1.x / FreeOTP+ token preference files (`tokens.xml`). */
export const freeOtpFormat: ImportFormat = {
  label: FREE_OTP,
  detect: (input) =>
    (isRecord(input.json) && Array.isArray(input.json.tokens) && input.json.tokens.some(isToken)) ||
    prefsTokens(input) !== null,
  async read(input) {
    if (isRecord(input.json)) return readTokens(input.json.tokens as unknown[], 'FreeOTP+ (JSON)');
    return readTokens(prefsTokens(input) ?? [], `${FREE_OTP} (tokens.xml)`);
  },
};
