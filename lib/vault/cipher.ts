import { fromBase64, randomBytes, toBase64 } from './encoding';

/** AES-256-GCM through WebCrypto. Every seal uses a fresh random 96-bit IV. */
export function importAesKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

export interface Sealed {
  iv: string;
  ct: string;
}

export async function seal(
  key: CryptoKey,
  plaintext: Uint8Array<ArrayBuffer>,
  aad: Uint8Array<ArrayBuffer>,
): Promise<Sealed> {
  const iv = randomBytes(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, plaintext);
  return { iv: toBase64(iv), ct: toBase64(new Uint8Array(ct)) };
}

/** Throws when the key is wrong or anything (ciphertext, IV, associated data) was altered. */
export async function open(key: CryptoKey, sealed: Sealed, aad: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const iv = fromBase64(sealed.iv);
  const ct = fromBase64(sealed.ct);
  if (iv.length !== 12) throw new Error('bad iv');
  return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: aad }, key, ct));
}
