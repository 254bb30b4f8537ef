import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile } from '@/lib/import/import-file';
import { arbitraryAccount } from '@/lib/otp/arbitrary-account';
import { exportOtpauthList, OTPAUTH_LIST_FILE_NAME } from './otpauth-list';

const account = arbitraryAccount;

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
