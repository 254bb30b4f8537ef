import fc from 'fast-check';
import { encodeBase32 } from './base32';
import type { ParsedOtpauth } from './types';

/**
 * For property tests only (fast-check is a dev dependency): accounts of every type with every parameter a vault
 * may hold, names of any grapheme without outer spaces.
 */
const text = fc.string({ unit: 'grapheme', maxLength: 24 }).filter((s) => s === s.trim());
const secret = fc.uint8Array({ minLength: 1, maxLength: 64 }).map(encodeBase32);
const algorithm = fc.constantFrom('SHA1', 'SHA256', 'SHA512' as const);
const names = { issuer: text, accountName: text, secret };

export const arbitraryAccount: fc.Arbitrary<ParsedOtpauth> = fc.oneof(
  fc.record({
    type: fc.constant('totp' as const),
    ...names,
    algorithm,
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.integer({ min: 1, max: 10_000_000 }),
    counter: fc.constant(0),
  }),
  fc.record({
    type: fc.constant('hotp' as const),
    ...names,
    algorithm,
    digits: fc.integer({ min: 6, max: 8 }),
    period: fc.constant(30),
    counter: fc.maxSafeNat(),
  }),
  fc.record({
    type: fc.constant('steam' as const),
    ...names,
    algorithm: fc.constant('SHA1' as const),
    digits: fc.constant(5),
    period: fc.constant(30),
    counter: fc.constant(0),
  }),
);
