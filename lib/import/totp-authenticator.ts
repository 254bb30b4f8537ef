import { readAndroidPrefs } from './android-prefs';
import { base64Bytes, hexBytes, utf8Text } from './bytes';
import { aesCbcOpen, sha256 } from './crypto';
import { collect, EntryProblem, isRecord, UNNAMED_ENTRY } from './entry';
import { badFile, parseJson, requirePassword, wrongPassword } from './problems';
import type { ImportFormat, ImportInput, ImportResult } from './types';

const TOTP_AUTH = 'TOTP Authenticator';
const PREF = 'STATIC_TOTP_CODES_LIST';

/** The list holds objects, or JSON texts of objects (older versions). */
function entriesOf(list: unknown): Record<string, unknown>[] | null {
  if (!Array.isArray(list)) return null;
  return list.map((e) => (typeof e === 'string' ? parseJson(e) : e)).filter(isRecord);
}

function secretOf(e: Record<string, unknown>): Uint8Array | string {
  const key = String(e.key ?? '');
  const base = Number(e.base ?? 16);
  if (base === 16) return hexBytes(key);
  if (base === 32) return key;
  if (base === 64) return base64Bytes(key);
  throw new EntryProblem(`its secret is in base ${base}, which is not supported`);
}

function readEntries(entries: Record<string, unknown>[], format: string): ImportResult {
  return collect(
    format,
    entries,
    // The app keeps no algorithm (SHA-1); digits and period are kept as text.
    (e) => ({
      type: 'totp',
      issuer: e.issuer,
      accountName: e.name,
      secret: secretOf(e),
      digits: e.digits,
      period: e.period,
    }),
    (e) => [e.issuer, e.name].filter((s) => typeof s === 'string' && s).join(' ') || UNNAMED_ENTRY,
  );
}

function isBase64Text(text: string | null): boolean {
  const t = text?.trim() ?? '';
  return t.length >= 24 && /^[A-Za-z0-9+/]+={0,2}$/.test(t);
}

/** The backup is base64 of AES-CBC (zero IV, key = SHA-256 of the password) over `{"<list as JSON text>": …}`. */
async function decrypt(text: string, password: string): Promise<Record<string, unknown>[]> {
  const key = await sha256(new TextEncoder().encode(password));
  const plain = await aesCbcOpen(key, new Uint8Array(16), base64Bytes(text));
  const obj = plain && parseJson(utf8Text(plain));
  if (!isRecord(obj)) throw wrongPassword(TOTP_AUTH);
  const first = Object.keys(obj)[0];
  const entries = first === undefined ? [] : entriesOf(parseJson(first));
  if (!entries) throw badFile(TOTP_AUTH, 'the decrypted data is not a list of accounts');
  return entries;
}

function prefsEntries(input: ImportInput): Record<string, unknown>[] | null {
  return entriesOf(parseJson(readAndroidPrefs(input.text)?.get(PREF) ?? null));
}

/** TOTP Authenticator (Binary Fortress): encrypted `.bin` backups and the app's preferences file. */
export const totpAuthenticatorFormat: ImportFormat = {
  label: TOTP_AUTH,
  detect: (input) => prefsEntries(input) !== null || (input.json === undefined && isBase64Text(input.text)),
  async read(input, password) {
    const fromPrefs = prefsEntries(input);
    if (fromPrefs) return readEntries(fromPrefs, `${TOTP_AUTH} (app data)`);
    const entries = await decrypt(input.text?.trim() ?? '', requirePassword(TOTP_AUTH, password));
    return readEntries(entries, `${TOTP_AUTH} (encrypted)`);
  },
};
