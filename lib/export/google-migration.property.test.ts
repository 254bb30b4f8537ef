import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMigrationUri } from '@/lib/import/google-migration';
import { arbitraryAccount } from '@/lib/otp/arbitrary-account';
import { encodeBase32 } from '@/lib/otp/base32';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { exportMigrationBatches, MIGRATION_BATCH_ACCOUNTS, MIGRATION_LINK_MAX } from './google-migration';

/**
 * Every account the format holds: TOTP (30 s) and HOTP, each algorithm, 6 or 8 digits, any counter, any name; long
 * names and secrets too, so that about half the runs have a QR code split by the link length before 10 accounts.
 */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 24 }),
    fc.string({ unit: 'grapheme-ascii', maxLength: 80, size: 'large' }),
  )
  .filter((s) => s === s.trim());
const common = {
  issuer: text,
  accountName: text,
  secret: fc.uint8Array({ minLength: 1, maxLength: 128 }).map(encodeBase32),
  algorithm: fc.constantFrom('SHA1', 'SHA256', 'SHA512' as const),
  digits: fc.constantFrom(6, 8),
  period: fc.constant(30),
};
const held: fc.Arbitrary<ParsedOtpauth> = fc.oneof(
  fc.record({ type: fc.constant('totp' as const), ...common, counter: fc.constant(0) }),
  fc.record({ type: fc.constant('hotp' as const), ...common, counter: fc.maxSafeNat() }),
);

function decodeAll(uris: string[]) {
  return uris.map((uri) => decodeMigrationUri(uri));
}

describe('exportMigrationBatches (property)', () => {
  it('round-trips every account the format holds, in order, in bounded QR codes', () => {
    fc.assert(
      fc.property(fc.array(held, { maxLength: 40, size: 'large' }), fc.nat(2 ** 31 - 1), (accounts, id) => {
        const { batches, leftOut } = exportMigrationBatches(accounts, id);
        expect(leftOut).toEqual([]);
        const decoded = decodeAll(batches.map((b) => b.uri));
        expect(decoded.flatMap((d) => d.accounts)).toEqual(accounts);
        expect(decoded.flatMap((d) => d.skipped)).toEqual([]);
        decoded.forEach((d, i) => {
          expect(d.batch).toEqual({ index: i, size: batches.length, id });
          expect(d.accounts).toEqual(batches[i]!.accounts);
          expect(d.accounts.length).toBeLessThanOrEqual(MIGRATION_BATCH_ACCOUNTS);
          expect(batches[i]!.uri.length).toBeLessThanOrEqual(MIGRATION_LINK_MAX);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('puts every vault account either in exactly one QR code or in the left-out list', () => {
    fc.assert(
      fc.property(fc.array(arbitraryAccount, { maxLength: 30 }), (accounts) => {
        const { batches, leftOut } = exportMigrationBatches(accounts);
        const exported = batches.flatMap((b) => b.accounts);
        expect(exported.length + leftOut.length).toBe(accounts.length);
        expect(exported).toEqual(accounts.filter((a) => !leftOut.some((l) => l.account === a)));
        expect(decodeAll(batches.map((b) => b.uri)).flatMap((d) => d.accounts)).toEqual(exported);
      }),
      { numRuns: 300 },
    );
  });
});
