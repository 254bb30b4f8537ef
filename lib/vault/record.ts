import { open, seal, type Sealed } from './cipher';
import { fromUtf8, sha256Hex, utf8 } from './encoding';
import { isValidKdf, type KdfParams } from './kdf-params';

/**
 * One stored vault generation, as text:
 *
 *   {"f":"otpilot-vault","v":1,"gen":7,"kdf":{…},"iv":"…","ct":"…"}|<sha256 hex of everything before the bar>
 *
 * `v` is the envelope format version. The header (`f`, `v`, `gen`, `kdf`) is bound into AES-GCM as associated data,
 * so it cannot be changed without the key. The SHA-256 suffix is not a secret: it tells a damaged record (any byte
 * changed) from a wrong password before any key is derived.
 */
export const RECORD_FORMAT = 'otpilot-vault';
export const RECORD_VERSION = 1;

export interface VaultRecord extends Sealed {
  f: typeof RECORD_FORMAT;
  v: number;
  gen: number;
  kdf: KdfParams;
}

/** The stored vault cannot be read as a vault: the data is left as it is. */
export class VaultDamagedError extends Error {
  constructor(reason: string) {
    super(`Vault damaged: ${reason}`);
    this.name = 'VaultDamagedError';
  }
}

export function recordAad(r: Pick<VaultRecord, 'f' | 'v' | 'gen' | 'kdf'>): Uint8Array<ArrayBuffer> {
  const { alg, m, t, p, salt } = r.kdf;
  return utf8(JSON.stringify({ f: r.f, v: r.v, gen: r.gen, kdf: { alg, m, t, p, salt } }));
}

export async function sealRecord(key: CryptoKey, gen: number, kdf: KdfParams, plaintext: string): Promise<string> {
  const header = { f: RECORD_FORMAT, v: RECORD_VERSION, gen, kdf } as const;
  const sealed = await seal(key, utf8(plaintext), recordAad(header));
  const body = JSON.stringify({ ...header, iv: sealed.iv, ct: sealed.ct });
  return `${body}|${await sha256Hex(body)}`;
}

/** Parses and checks a stored record without any key. Throws `VaultDamagedError`. */
export async function parseRecord(text: unknown): Promise<VaultRecord> {
  if (typeof text !== 'string') throw new VaultDamagedError('not a record');
  const bar = text.lastIndexOf('|');
  if (bar < 0) throw new VaultDamagedError('no checksum');
  const body = text.slice(0, bar);
  if ((await sha256Hex(body)) !== text.slice(bar + 1)) throw new VaultDamagedError('checksum mismatch');
  let r: VaultRecord;
  try {
    r = JSON.parse(body) as VaultRecord;
  } catch {
    throw new VaultDamagedError('unreadable');
  }
  if (r?.f !== RECORD_FORMAT) throw new VaultDamagedError('not a vault');
  if (r.v !== RECORD_VERSION) throw new VaultDamagedError(`unknown format version ${String(r.v)}`);
  if (!Number.isInteger(r.gen) || r.gen < 1) throw new VaultDamagedError('bad generation');
  if (!isValidKdf(r.kdf)) throw new VaultDamagedError('bad key parameters');
  if (typeof r.iv !== 'string' || typeof r.ct !== 'string') throw new VaultDamagedError('no ciphertext');
  return r;
}

/** Decrypts a parsed record; throws (a plain Error) when the key is wrong. */
export async function openRecord(key: CryptoKey, r: VaultRecord): Promise<string> {
  return fromUtf8(await open(key, r, recordAad(r)));
}
