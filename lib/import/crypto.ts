import { argon2id, scrypt } from 'hash-wasm';
import { checkKdfCost } from '@/lib/kdf/limits';

/**
 * The key derivations and ciphers other apps use for their encrypted exports: WebCrypto where it has them,
 * hash-wasm for scrypt and Argon2. Decryption answers null when the key is wrong (authentication or padding fails).
 * Every derivation is checked against the key-derivation limits first (`KdfLimitError`): a file cannot ask for one
 * that freezes the page.
 */

type Hash = 'SHA-1' | 'SHA-256' | 'SHA-512';

const utf8 = (text: string) => new TextEncoder().encode(text);

export async function pbkdf2(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
  hash: Hash,
  bytes = 32,
): Promise<Uint8Array<ArrayBuffer>> {
  checkKdfCost({ alg: 'pbkdf2', iterations });
  const base = await crypto.subtle.importKey('raw', utf8(password), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', salt, iterations, hash }, base, bytes * 8);
  return new Uint8Array(bits);
}

export async function scryptKey(
  password: string,
  salt: Uint8Array,
  p: { n: number; r: number; p: number },
): Promise<Uint8Array<ArrayBuffer>> {
  checkKdfCost({ alg: 'scrypt', ...p });
  const key = await scrypt({
    password: utf8(password),
    salt,
    costFactor: p.n,
    blockSize: p.r,
    parallelism: p.p,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(key);
}

export async function argon2idKey(
  password: string,
  salt: Uint8Array,
  p: { iterations: number; parallelism: number; memoryKiB: number },
): Promise<Uint8Array<ArrayBuffer>> {
  checkKdfCost({ alg: 'argon2id', ...p });
  const key = await argon2id({
    password: utf8(password),
    salt,
    iterations: p.iterations,
    parallelism: p.parallelism,
    memorySize: p.memoryKiB,
    hashLength: 32,
    outputType: 'binary',
  });
  return new Uint8Array(key);
}

export async function sha256(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
}

/** AES-GCM with a 128-bit tag appended to the ciphertext; null when the key (or the data) is wrong. */
export async function aesGcmOpen(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  sealed: Uint8Array<ArrayBuffer>,
  additionalData?: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const k = await crypto.subtle.importKey('raw', key, 'AES-GCM', false, ['decrypt']);
    const params: AesGcmParams = { name: 'AES-GCM', iv, ...(additionalData ? { additionalData } : {}) };
    return new Uint8Array(await crypto.subtle.decrypt(params, k, sealed));
  } catch {
    return null;
  }
}

/** AES-CBC with PKCS#7 padding; null when the padding is wrong (almost always a wrong key). */
export async function aesCbcOpen(
  key: Uint8Array<ArrayBuffer>,
  iv: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const k = await crypto.subtle.importKey('raw', key, 'AES-CBC', false, ['decrypt']);
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-CBC', iv }, k, data));
  } catch {
    return null;
  }
}
