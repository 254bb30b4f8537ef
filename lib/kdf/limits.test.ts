import { describe, expect, it } from 'vitest';
import { checkKdfTotal, KdfLimitError, kdfCostProblem, type KdfCost } from './limits';

describe('key-derivation limits', () => {
  it('allow what real apps and OTPilot use', () => {
    const real: KdfCost[] = [
      { alg: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 4 }, // OTPilot, Stratum
      { alg: 'scrypt', n: 2 ** 15, r: 8, p: 1 }, // Aegis
      { alg: 'pbkdf2', iterations: 160_000 }, // andOTP
      { alg: 'pbkdf2', iterations: 10_000 }, // 2FAS
    ];
    for (const cost of real) expect(kdfCostProblem(cost), cost.alg).toBeNull();
  });

  it('refuse costs that would freeze the page or exhaust its memory, saying what was asked', () => {
    const cases: [KdfCost, string][] = [
      [{ alg: 'argon2id', memoryKiB: 4 * 2 ** 20, iterations: 1, parallelism: 1 }, '4096 MiB of memory'],
      [{ alg: 'argon2id', memoryKiB: 65536, iterations: 4000, parallelism: 4 }, '4000 passes'],
      [{ alg: 'argon2id', memoryKiB: 65536, iterations: 3, parallelism: 255 }, '255 lanes'],
      [{ alg: 'scrypt', n: 2 ** 22, r: 8, p: 1 }, '4096 MiB of memory'],
      [{ alg: 'scrypt', n: 2 ** 15, r: 8, p: 1000 }, 'p = 1000'],
      [{ alg: 'pbkdf2', iterations: 4_000_000_000 }, '4,000,000,000 PBKDF2 rounds'],
    ];
    for (const [cost, said] of cases) {
      const problem = kdfCostProblem(cost);
      expect(problem, JSON.stringify(cost)).toContain(said);
      expect(problem).toContain('so that opening it cannot freeze the browser');
    }
    expect(kdfCostProblem({ alg: 'scrypt', n: 3, r: 8, p: 1 })).toBe('has key settings that are not valid');
    expect(kdfCostProblem({ alg: 'pbkdf2', iterations: 0 })).toBe('has key settings that are not valid');
  });

  it('cap what one file may ask for in all', () => {
    const times = (n: number) => Array.from({ length: n }, () => ({ alg: 'pbkdf2', iterations: 100_000 }) as const);
    expect(() => checkKdfTotal(times(30))).not.toThrow();
    expect(() => checkKdfTotal(times(1000))).toThrow(KdfLimitError);
    expect(() => checkKdfTotal([{ alg: 'pbkdf2', iterations: 1e12 }])).toThrow('PBKDF2 rounds');
  });
});
