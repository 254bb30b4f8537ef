import { startsWithAscii, utf8Text } from './bytes';
import { aesCbcOpen, aesGcmOpen, argon2idKey, pbkdf2 } from './crypto';
import { collect, entryName, isRecord, UNNAMED_ENTRY } from './entry';
import { badFile, parseJson, requirePassword, wrongPassword } from './problems';
import type { ImportFormat, ImportResult } from './types';

const STRATUM = 'Stratum (Authenticator Pro)';
const HEADER = 'AUTHENTICATORPRO';
const LEGACY_HEADER = 'AuthenticatorPro';
const TYPES: Record<number, string> = { 1: 'hotp', 2: 'totp', 3: 'mOTP', 4: 'steam', 5: 'Yandex' };
const ALGORITHMS = ['SHA1', 'SHA256', 'SHA512'];

function readBackup(json: unknown, format: string): ImportResult {
  if (!isRecord(json) || !Array.isArray(json.Authenticators))
    throw badFile(STRATUM, 'it has no list of authenticators');
  return collect(
    format,
    json.Authenticators as unknown[],
    (a) => {
      if (!isRecord(a)) return 'it is not an account';
      const type = TYPES[a.Type as number] ?? `type ${String(a.Type)}`;
      const algorithm = ALGORITHMS[a.Algorithm as number] ?? `algorithm ${String(a.Algorithm)}`;
      return {
        type,
        issuer: a.Issuer,
        accountName: a.Username,
        secret: a.Secret,
        algorithm,
        digits: a.Digits,
        period: a.Period,
        counter: a.Counter,
      };
    },
    (a) => (isRecord(a) ? entryName(a.Issuer, a.Username) : UNNAMED_ENTRY),
  );
}

/** Current format: salt (16), IV (12), AES-GCM data; the key is Argon2id (3 passes, 64 MiB, 4 lanes). */
async function openCurrent(data: Uint8Array<ArrayBuffer>, password: string) {
  const salt = data.slice(0, 16);
  const key = await argon2idKey(password, salt, { iterations: 3, parallelism: 4, memoryKiB: 65536 });
  return aesGcmOpen(key, data.slice(16, 28), data.slice(28));
}

/** Legacy format: salt (20), IV (16), AES-CBC data; the key is PBKDF2-SHA1 (64 000 rounds). */
async function openLegacy(data: Uint8Array<ArrayBuffer>, password: string) {
  const key = await pbkdf2(password, data.slice(0, 20), 64_000, 'SHA-1');
  return aesCbcOpen(key, data.slice(20, 36), data.slice(36));
}

/** Stratum / Authenticator Pro backups: plain JSON, or encrypted (current and legacy headers). */
export const stratumFormat: ImportFormat = {
  label: STRATUM,
  detect: ({ json, bytes }) =>
    (isRecord(json) && Array.isArray(json.Authenticators)) ||
    startsWithAscii(bytes, HEADER) ||
    startsWithAscii(bytes, LEGACY_HEADER),
  async read({ json, bytes }, password) {
    if (json !== undefined) return readBackup(json, STRATUM);
    const pw = requirePassword(STRATUM, password);
    const data = new Uint8Array(bytes.slice(HEADER.length));
    const legacy = startsWithAscii(bytes, LEGACY_HEADER);
    if (data.length < (legacy ? 36 + 16 : 28 + 16)) throw badFile(STRATUM, 'it ends right after its header');
    const plain = legacy ? await openLegacy(data, pw) : await openCurrent(data, pw);
    const backup = plain && parseJson(utf8Text(plain));
    // CBC has no authentication: a wrong key usually fails the padding, rarely it yields garbage instead.
    if (backup === null || backup === undefined) throw wrongPassword(STRATUM);
    return readBackup(backup, `${STRATUM} (encrypted)`);
  },
};
