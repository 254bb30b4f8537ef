import { signedBytes, startsWithAscii } from './bytes';
import { aesGcmOpen, pbkdf2 } from './crypto';
import { collect, entryName, isRecord } from './entry';
import { JavaMapTooLargeError, readJavaStringMap } from './java-string-map';
import {
  badFile,
  bomb,
  MAX_IMPORT_ENTRIES,
  MAX_UNPACKED_BYTES,
  parseJson,
  requirePassword,
  wrongPassword,
} from './problems';
import type { ImportFormat } from './types';

const FREE_OTP_2 = 'FreeOTP 2';

/** FreeOTP's EncryptedKey: AES-GCM data, its parameters (DER, holding the IV) and a token. */
interface EncryptedKey {
  mCipherText: unknown;
  mParameters: unknown;
  mToken: unknown;
}

function isEncryptedKey(v: unknown): v is EncryptedKey {
  return isRecord(v) && Array.isArray(v.mCipherText) && Array.isArray(v.mParameters) && typeof v.mToken === 'string';
}

/** Decrypts an EncryptedKey; FreeOTP authenticates its token (the key's algorithm name) as additional data. */
async function openKey(key: Uint8Array<ArrayBuffer>, k: EncryptedKey): Promise<Uint8Array<ArrayBuffer> | null> {
  // Newer Android versions wrap the IV in a SEQUENCE with the tag length; API 23 stores the OCTET STRING alone.
  const params = signedBytes(k.mParameters);
  const at = params[0] === 0x30 ? 2 : 0;
  if (params[at] !== 0x04) throw new Error('unknown cipher parameters');
  const iv = params.slice(at + 2, at + 2 + params[at + 1]!);
  return aesGcmOpen(key, iv, signedBytes(k.mCipherText), new TextEncoder().encode(String(k.mToken)));
}

/** The master key: PBKDF2 (the algorithm FreeOTP names) of the backup password, which opens the stored key. */
async function masterKey(json: string | undefined, password: string): Promise<Uint8Array<ArrayBuffer>> {
  const m = parseJson(json ?? null);
  if (!isRecord(m) || !isEncryptedKey(m.mEncryptedKey)) throw badFile(FREE_OTP_2, 'it has no master key');
  const hash = /sha512/i.test(String(m.mAlgorithm))
    ? 'SHA-512'
    : /sha256/i.test(String(m.mAlgorithm))
      ? 'SHA-256'
      : 'SHA-1';
  const derived = await pbkdf2(password, signedBytes(m.mSalt), Number(m.mIterations), hash);
  const key = await openKey(derived, m.mEncryptedKey);
  if (!key) throw wrongPassword(FREE_OTP_2);
  return key;
}

/** FreeOTP 2's `externalBackup.xml` (a Java-serialized map of encrypted token keys and token details). */
export const freeOtp2Format: ImportFormat = {
  label: FREE_OTP_2,
  detect: ({ bytes }) => startsWithAscii(bytes, '\xac\xed\x00\x05'),
  async read({ bytes }, password) {
    let map: Map<string, string>;
    try {
      // Each token takes two entries (its key and its details), plus the master key.
      map = readJavaStringMap(bytes, { maxEntries: 2 * MAX_IMPORT_ENTRIES + 1, maxChars: MAX_UNPACKED_BYTES });
    } catch (e) {
      if (e instanceof JavaMapTooLargeError) throw bomb(FREE_OTP_2, e.message);
      throw badFile(FREE_OTP_2, 'it is not a list of tokens');
    }
    const master = await masterKey(map.get('masterKey'), requirePassword(FREE_OTP_2, password));
    const ids = [...map.keys()].filter((k) => k !== 'masterKey' && !k.endsWith('-token'));
    const secrets = new Map<string, Uint8Array | null>();
    for (const id of ids) {
      const stored = parseJson(map.get(id) ?? null);
      const key = isRecord(stored) ? parseJson(typeof stored.key === 'string' ? stored.key : null) : undefined;
      secrets.set(id, isEncryptedKey(key) ? await openKey(master, key).catch(() => null) : null);
    }
    const tokenOf = (id: string) => {
      const t = parseJson(map.get(`${id}-token`) ?? null);
      return isRecord(t) ? t : {};
    };
    return collect(
      FREE_OTP_2,
      ids,
      (id) => {
        const t = tokenOf(id);
        const secret = secrets.get(id);
        if (!secret) return 'its secret could not be decrypted';
        const { type, algo, digits, period, counter } = t;
        return {
          type,
          issuer: t.issuerExt || t.issuerInt,
          accountName: t.label,
          secret,
          algorithm: algo,
          digits,
          period,
          counter,
        };
      },
      (id) => entryName(tokenOf(id).issuerExt || tokenOf(id).issuerInt, tokenOf(id).label),
    );
  },
};
