import { argon2id } from 'hash-wasm';
import { checkKdfCost } from '@/lib/kdf/limits';
import { fromBase64 } from './encoding';
import { argon2Cost, type KdfParams } from './kdf-params';

// The parameters live apart (kdf-params.ts), so that reading a record (record.ts, the popup's page-reader.ts)
// does not bundle Argon2 (hash-wasm, 50 kB).
export {
  argon2Cost,
  DEFAULT_KDF_COST,
  isKdfShape,
  isValidKdf,
  newKdfParams,
  type KdfCost,
  type KdfParams,
} from './kdf-params';

/** Derives the 32-byte AES key from the master password. */
export async function deriveKey(password: string, params: KdfParams): Promise<Uint8Array<ArrayBuffer>> {
  checkKdfCost(argon2Cost(params));
  const out = await argon2id({
    password,
    salt: fromBase64(params.salt),
    iterations: params.t,
    parallelism: params.p,
    memorySize: params.m,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(out);
}
