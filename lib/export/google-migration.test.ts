import { describe, expect, it } from 'vitest';
import { decodeMigrationUri } from '@/lib/import/google-migration';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { exportMigrationBatches, MIGRATION_BATCH_ACCOUNTS, MIGRATION_LINK_MAX } from './google-migration';

const totp = (i: number, more: Partial<ParsedOtpauth> = {}): ParsedOtpauth => ({
  type: 'totp',
  issuer: `Site ${i}`,
  accountName: `user${i}@example.com`,
  secret: 'JBSWY3DPEHPK3PXP',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  ...more,
});
const many = (n: number, more: Partial<ParsedOtpauth> = {}) => Array.from({ length: n }, (_, i) => totp(i, more));

describe('exportMigrationBatches', () => {
  it('writes a link Google Authenticator reads: version 1, batch size, index and id', () => {
    const { batches, leftOut } = exportMigrationBatches([totp(1)], 424242);
    expect(leftOut).toEqual([]);
    expect(batches).toHaveLength(1);
    expect(batches[0]!.uri).toMatch(/^otpauth-migration:\/\/offline\?data=[A-Za-z0-9%]+$/);
    expect(decodeMigrationUri(batches[0]!.uri)).toEqual({
      accounts: [totp(1)],
      batch: { index: 0, size: 1, id: 424242 },
      skipped: [],
    });
  });

  it('puts at most 10 accounts in a QR code: 25 short accounts make 10 + 10 + 5', () => {
    const { batches } = exportMigrationBatches(many(25), 7);
    expect(batches.map((b) => b.accounts.length)).toEqual([10, 10, 5]);
    expect(batches.map((b) => decodeMigrationUri(b.uri).batch)).toEqual(
      [0, 1, 2].map((index) => ({ index, size: 3, id: 7 })),
    );
  });

  it('splits further when long names and secrets would make a link longer than about 1,200 characters', () => {
    const long = many(20, { accountName: 'a-rather-long-account-name'.repeat(3), secret: 'A'.repeat(103) });
    const { batches, leftOut } = exportMigrationBatches(long);
    expect(leftOut).toEqual([]);
    expect(batches.length).toBeGreaterThan(2);
    for (const b of batches) {
      expect(b.uri.length).toBeLessThanOrEqual(MIGRATION_LINK_MAX);
      expect(b.accounts.length).toBeLessThanOrEqual(MIGRATION_BATCH_ACCOUNTS);
    }
    // Each code is filled: one more account would not have fitted.
    expect(batches.slice(0, -1).every((b) => b.uri.length > MIGRATION_LINK_MAX - 200)).toBe(true);
    expect(batches.flatMap((b) => decodeMigrationUri(b.uri).accounts)).toEqual(long);
  });

  it('leaves out what the format cannot hold, each with its reason, and exports the rest', () => {
    const steam = totp(1, { type: 'steam', digits: 5 });
    const minute = totp(2, { period: 60 });
    const seven = totp(3, { digits: 7 });
    const huge = totp(4, { accountName: 'x'.repeat(1000) });
    const ok = totp(5, { type: 'hotp', counter: 12, period: 30 });
    const { batches, leftOut } = exportMigrationBatches([steam, minute, ok, seven, huge]);
    expect(leftOut).toEqual([
      { account: steam, reason: 'Google Authenticator has no Steam Guard codes' },
      {
        account: minute,
        reason: "its codes change every 60 s; Google Authenticator's format holds only 30 s codes",
      },
      { account: seven, reason: "its codes have 7 digits; Google Authenticator's format holds only 6 or 8" },
      { account: huge, reason: 'its name or secret is too long for a QR code a phone can scan' },
    ]);
    expect(batches.map((b) => b.accounts)).toEqual([[ok]]);
  });

  it('makes no QR code when nothing can be exported', () => {
    expect(exportMigrationBatches([]).batches).toEqual([]);
    expect(exportMigrationBatches([totp(1, { period: 15 })]).batches).toEqual([]);
  });

  it('keeps an account name holding ":" whole, with or without an issuer', () => {
    const accounts = [totp(1, { accountName: 'a:b' }), totp(2, { issuer: '', accountName: 'c:d' })];
    const { batches } = exportMigrationBatches(accounts);
    expect(decodeMigrationUri(batches[0]!.uri).accounts).toEqual(accounts);
  });

  it('gives one random batch id to all the QR codes of an export', () => {
    const { batches } = exportMigrationBatches(many(15));
    const ids = batches.map((b) => decodeMigrationUri(b.uri).batch.id);
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toBeGreaterThanOrEqual(0);
  });
});
