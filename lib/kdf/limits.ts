/**
 * The most work a file (an OTPilot backup, another app's export, a stored vault record) may ask a key derivation to
 * do. Above these, a derivation would hold the service worker or the options page for many seconds or exhaust their
 * memory, so the file is refused with a message instead. One place for every reader.
 *
 * Measured on a busy 2-core machine (hash-wasm, WebCrypto): Argon2id 64 MiB × 3 passes (OTPilot's, Bitwarden's and
 * Stratum's setting) 1.3 s; scrypt N = 2^15, r = 8 (Aegis) 0.3 s, N = 2^17 1.7 s; PBKDF2-SHA-512 1,000,000 rounds 2.6 s.
 * The limits leave room for every real app's settings (and for raising ours) and stop at a few seconds.
 */
export const KDF_LIMITS = {
  argon2: {
    /** KiB. */
    maxMemoryKiB: 256 * 1024,
    maxIterations: 10,
    maxParallelism: 16,
    /** memory (KiB) × passes: four times OTPilot's own 64 MiB × 3. */
    maxWork: 4 * 64 * 1024 * 3,
  },
  scrypt: {
    /** 128 · N · r bytes of memory. */
    maxMemoryBytes: 256 * 2 ** 20,
    /** N · r · p: eight times Aegis's 2^15 · 8 · 1. */
    maxWork: 2 ** 21,
    maxParallelism: 16,
  },
  pbkdf2: {
    /** Bitwarden's own maximum; andOTP, FreeOTP, Authy and 2FAS use 10,000 to 160,000. */
    maxIterations: 2_000_000,
  },
} as const;

export type KdfCost =
  | { alg: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number }
  | { alg: 'scrypt'; n: number; r: number; p: number }
  | { alg: 'pbkdf2'; iterations: number };

/** A key derivation a file asks for that OTPilot will not run; the message completes "This … file …". */
export class KdfLimitError extends Error {
  override name = 'KdfLimitError';
}

const positive = (...values: number[]) => values.every((v) => Number.isSafeInteger(v) && v > 0);
const mib = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MiB`;

/** Null when OTPilot may run this derivation; otherwise what is wrong, to complete "This … file …". */
export function kdfCostProblem(cost: KdfCost): string | null {
  const tooMuch = (what: string, most: string) =>
    `asks for a key derivation with ${what}, more than OTPilot allows (${most}) so that opening it cannot freeze the browser`;
  if (cost.alg === 'pbkdf2') {
    if (!positive(cost.iterations)) return 'has key settings that are not valid';
    const most = KDF_LIMITS.pbkdf2.maxIterations;
    if (cost.iterations > most)
      return tooMuch(`${cost.iterations.toLocaleString('en')} PBKDF2 rounds`, `${most.toLocaleString('en')}`);
    return null;
  }
  if (cost.alg === 'scrypt') {
    const { n, r, p } = cost;
    const limits = KDF_LIMITS.scrypt;
    if (!positive(n, r, p) || (n & (n - 1)) !== 0 || n < 2) return 'has key settings that are not valid';
    if (128 * n * r > limits.maxMemoryBytes)
      return tooMuch(`${mib(128 * n * r)} of memory (scrypt N = ${n}, r = ${r})`, mib(limits.maxMemoryBytes));
    if (p > limits.maxParallelism || n * r * p > limits.maxWork)
      return tooMuch(`scrypt N = ${n}, r = ${r}, p = ${p}`, `N · r · p up to ${limits.maxWork}`);
    return null;
  }
  const { memoryKiB, iterations, parallelism } = cost;
  const limits = KDF_LIMITS.argon2;
  if (!positive(memoryKiB, iterations, parallelism) || memoryKiB < 8 * parallelism)
    return 'has key settings that are not valid';
  if (memoryKiB > limits.maxMemoryKiB)
    return tooMuch(`${mib(memoryKiB * 1024)} of memory (Argon2)`, mib(limits.maxMemoryKiB * 1024));
  if (
    iterations > limits.maxIterations ||
    parallelism > limits.maxParallelism ||
    memoryKiB * iterations > limits.maxWork
  )
    return tooMuch(
      `Argon2 ${mib(memoryKiB * 1024)} × ${iterations} passes, ${parallelism} lanes`,
      `${mib(limits.maxWork * 1024)} × passes, ${limits.maxIterations} passes, ${limits.maxParallelism} lanes at most`,
    );
  return null;
}

/** Throws `KdfLimitError` for a derivation OTPilot will not run. */
export function checkKdfCost(cost: KdfCost): void {
  const problem = kdfCostProblem(cost);
  if (problem) throw new KdfLimitError(problem);
}

/**
 * The derivations one file asks for in all (a thousand password slots, a thousand separately salted secrets), checked
 * before any is run: each within the limits, and together at most twice the largest allowed.
 */
export function checkKdfTotal(costs: readonly KdfCost[], allowance = 2): void {
  let total = 0;
  for (const cost of costs) {
    checkKdfCost(cost);
    total += share(cost);
  }
  if (total > allowance)
    throw new KdfLimitError(
      `asks for ${costs.length} key derivations, more than OTPilot runs for one file so that opening it cannot freeze the browser`,
    );
}

/** A derivation's work as a share of the largest allowed (1 = the limit). */
function share(cost: KdfCost): number {
  if (cost.alg === 'pbkdf2') return cost.iterations / KDF_LIMITS.pbkdf2.maxIterations;
  if (cost.alg === 'scrypt') return (cost.n * cost.r * cost.p) / KDF_LIMITS.scrypt.maxWork;
  return (cost.memoryKiB * cost.iterations) / KDF_LIMITS.argon2.maxWork;
}
