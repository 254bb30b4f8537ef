import { kdfCostProblem, type KdfCost as DerivationCost } from '@/lib/kdf/limits';
import { fromBase64, randomBytes, toBase64 } from './encoding';

/** Argon2id parameters, stored beside every ciphertext so that they can be raised later. */
export interface KdfParams {
  alg: 'argon2id';
  /** Memory in KiB. */
  m: number;
  /** Iterations. */
  t: number;
  /** Parallelism (lanes). */
  p: number;
  /** Base64 of a random 16-byte salt. */
  salt: string;
}

export type KdfCost = Pick<KdfParams, 'm' | 't' | 'p'>;

/** Product parameters (Bitwarden's defaults): 64 MiB, 3 iterations, 4 lanes. Unit tests inject smaller ones. */
export const DEFAULT_KDF_COST: KdfCost = { m: 64 * 1024, t: 3, p: 4 };

export function newKdfParams(cost: KdfCost = DEFAULT_KDF_COST): KdfParams {
  return { alg: 'argon2id', m: cost.m, t: cost.t, p: cost.p, salt: toBase64(randomBytes(16)) };
}

/** The derivation these parameters ask for, as the key-derivation limits (`lib/kdf/limits.ts`) judge it. */
export function argon2Cost(k: Pick<KdfParams, 'm' | 't' | 'p'>): DerivationCost {
  return { alg: 'argon2id', memoryKiB: k.m, iterations: k.t, parallelism: k.p };
}

/** Well-formed parameters (Argon2id, whole numbers, a 16-byte salt), whatever their cost. */
export function isKdfShape(k: unknown): k is KdfParams {
  if (!k || typeof k !== 'object') return false;
  const { alg, m, t, p, salt } = k as Record<string, unknown>;
  if (alg !== 'argon2id' || ![m, t, p].every((v) => Number.isSafeInteger(v) && (v as number) > 0)) return false;
  try {
    return fromBase64(salt as string).length === 16;
  } catch {
    return false;
  }
}

/** Checks stored parameters before spending memory on them (a damaged header must not ask for 4 GiB). */
export function isValidKdf(k: unknown): k is KdfParams {
  return isKdfShape(k) && kdfCostProblem(argon2Cost(k)) === null;
}
