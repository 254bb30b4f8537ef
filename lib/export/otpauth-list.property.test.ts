import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/import/import-file';
import { encodeBase32 } from '@/lib/otp/base32';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { exportOtpauthList, OTPAUTH_LIST_FILE_NAME } from './otpauth-list';

const text = fc.string({ unit: 'grapheme', maxLength: 24 }).filter((s) => s === s.trim());
const secret = fc.uint8Array({ minLength: 1, maxLength: 64 }).map(encodeBase32);
const algorithm = fc.constantFrom('SHA1', 'SHA256', 'SHA512' as const);
const names = { issuer: text, accountName: text, secret };

/** Accounts of every type with every parameter a vault may hold. */
const account: fc.Arbitrary<ParsedOtpauth> = fc.oneof(
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

describe('exportOtpauthList', () => {
  it('writes one otpauth:// link a line', () => {
    const list = exportOtpauthList([
      {
        type: 'totp',
        issuer: 'GitHub',
        accountName: 'octo',
        secret: 'JBSWY3DPEHPK3PXP',
        algorithm: 'SHA1',
        digits: 6,
        period: 30,
        counter: 0,
      },
    ]);
    expect(list).toBe(
      'otpauth://totp/GitHub:octo?secret=JBSWY3DPEHPK3PXP&issuer=GitHub&algorithm=SHA1&digits=6&period=30\n',
    );
  });

  it('round-trips: lib/import reads back the same accounts, in the same order', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(account, { minLength: 1, maxLength: 12 }), async (accounts) => {
        const bytes = new TextEncoder().encode(exportOtpauthList(accounts));
        const result = await importFile(OTPAUTH_LIST_FILE_NAME, bytes);
        expect(result.skipped).toEqual([]);
        expect(result.accounts).toEqual(accounts);
      }),
      { numRuns: 300 },
    );
  });
});
