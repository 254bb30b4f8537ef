import { base64Bytes, concatBytes, hexBytes, utf8Text } from './bytes';
import { checkKdfTotal } from '@/lib/kdf/limits';
import { aesGcmOpen, scryptKey } from './crypto';
import { collect, entryName, isRecord, UNNAMED_ENTRY } from './entry';
import { badFile, parseJson, requirePassword, wrongPassword } from './problems';
import type { ImportFormat, ImportResult } from './types';

const AEGIS = 'Aegis';

interface GcmParams {
  nonce: string;
  tag: string;
}
interface PasswordSlot {
  type: 1;
  key: string;
  key_params: GcmParams;
  n: number;
  r: number;
  p: number;
  salt: string;
}

function isGcmParams(v: unknown): v is GcmParams {
  return isRecord(v) && typeof v.nonce === 'string' && typeof v.tag === 'string';
}

function isPasswordSlot(v: unknown): v is PasswordSlot {
  return (
    isRecord(v) &&
    v.type === 1 &&
    typeof v.key === 'string' &&
    isGcmParams(v.key_params) &&
    [v.n, v.r, v.p].every((x) => typeof x === 'number') &&
    typeof v.salt === 'string'
  );
}

async function openGcm(key: Uint8Array<ArrayBuffer>, params: GcmParams, data: Uint8Array<ArrayBuffer>) {
  return aesGcmOpen(key, hexBytes(params.nonce), concatBytes(data, hexBytes(params.tag)));
}

/** The vault's master key from the first password slot the password opens (Aegis: scrypt, then AES-GCM). */
async function masterKey(slots: unknown[], password: string): Promise<Uint8Array<ArrayBuffer>> {
  const passwordSlots = slots.filter(isPasswordSlot);
  if (passwordSlots.length === 0) throw badFile(AEGIS, 'it has no password slot (only biometric ones)');
  // Every slot's cost is checked (lib/kdf/limits.ts), and all of them together, before any is run.
  checkKdfTotal(passwordSlots.map((s) => ({ alg: 'scrypt', n: s.n, r: s.r, p: s.p })));
  for (const slot of passwordSlots) {
    const derived = await scryptKey(password, hexBytes(slot.salt), slot);
    const key = await openGcm(derived, slot.key_params, hexBytes(slot.key));
    if (key) return key;
  }
  throw wrongPassword(AEGIS);
}

function readDb(db: unknown, format: string): ImportResult {
  if (!isRecord(db) || !Array.isArray(db.entries)) throw badFile(AEGIS, 'it has no list of entries');
  return collect(
    format,
    db.entries as unknown[],
    (e) => {
      if (!isRecord(e) || !isRecord(e.info)) return 'it has no OTP details';
      const { secret, algo, digits, period, counter } = e.info;
      return { type: e.type, issuer: e.issuer, accountName: e.name, secret, algorithm: algo, digits, period, counter };
    },
    (e) => (isRecord(e) ? entryName(e.issuer, e.name) : UNNAMED_ENTRY),
  );
}

async function decryptDb(header: Record<string, unknown>, db: string, password: string): Promise<unknown> {
  if (!Array.isArray(header.slots) || !isGcmParams(header.params)) throw badFile(AEGIS, 'its header is incomplete');
  const key = await masterKey(header.slots, password);
  let sealed: Uint8Array<ArrayBuffer>;
  try {
    sealed = base64Bytes(db);
  } catch {
    throw badFile(AEGIS, 'its encrypted data is not base64');
  }
  const plain = await openGcm(key, header.params, sealed);
  if (!plain) throw badFile(AEGIS, 'its encrypted data does not match its key');
  const json = parseJson(utf8Text(plain));
  if (json === undefined) throw badFile(AEGIS, 'the decrypted data is not JSON');
  return json;
}

/** Aegis vault exports (`aegis-export-*.json`), plain or encrypted with a password. */
export const aegisFormat: ImportFormat = {
  label: AEGIS,
  detect: ({ json }) => isRecord(json) && isRecord(json.header) && 'db' in json && 'version' in json,
  async read({ json }, password) {
    const file = json as { header: Record<string, unknown>; db: unknown };
    if (typeof file.db !== 'string') return readDb(file.db, AEGIS);
    const db = await decryptDb(file.header, file.db, requirePassword(AEGIS, password));
    return readDb(db, `${AEGIS} (encrypted)`);
  },
};
