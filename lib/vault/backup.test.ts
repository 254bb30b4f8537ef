import { describe, expect, it } from 'vitest';
import { addAccounts, makeAccount } from './accounts';
import { importAesKey } from './cipher';
import { BackupError, openBackup, sealBackup, sealBackupWithPassword } from './backup';
import { deriveKey, newKdfParams } from './kdf';
import { TEST_COST } from './memory-io';
import type { NewAccount } from './types';

const input = (secret: string, issuer = 'Example'): NewAccount => ({
  issuer,
  accountName: 'me',
  secret,
  type: 'hotp',
  algorithm: 'SHA256',
  digits: 8,
  period: 30,
  counter: 7,
  websites: ['example.com'],
  pinned: true,
});
const accounts = [makeAccount(input('JBSWY3DPEHPK3PXP'), 0, 1), makeAccount(input('GEZDGNBV', 'Other'), 1, 1)];

describe('encrypted backup', () => {
  it('round-trips with its own password and keeps every field', async () => {
    const json = await sealBackupWithPassword(accounts, 'backup pass', newKdfParams(TEST_COST), 0);
    expect(json).not.toContain('JBSWY3DPEHPK3PXP');
    expect(JSON.parse(json)).toMatchObject({ format: 'otpilot-backup', version: 1, kdf: { alg: 'argon2id' } });
    const restored = await openBackup(json, 'backup pass');
    expect(restored).toEqual([input('JBSWY3DPEHPK3PXP'), input('GEZDGNBV', 'Other')]);
  });

  it('opens a backup sealed with the master key using the master password', async () => {
    const kdf = newKdfParams(TEST_COST);
    const key = await importAesKey(await deriveKey('master pass', kdf));
    const json = await sealBackup(accounts, key, kdf, 0);
    expect(await openBackup(json, 'master pass')).toHaveLength(2);
  });

  it('gives clear messages for a wrong password, a changed file and a non-backup', async () => {
    const json = await sealBackupWithPassword(accounts, 'backup pass', newKdfParams(TEST_COST), 0);
    await expect(openBackup(json, 'nope')).rejects.toThrow(/Wrong password/);
    const file = JSON.parse(json);
    file.ct = (file.ct[0] === 'A' ? 'B' : 'A') + file.ct.slice(1);
    await expect(openBackup(JSON.stringify(file), 'backup pass')).rejects.toBeInstanceOf(BackupError);
    await expect(openBackup('{"hello":1}', 'x')).rejects.toThrow(/not an OTPilot backup/);
    await expect(openBackup('not json', 'x')).rejects.toThrow(/not an OTPilot backup/);
  });

  it('merges into an existing vault, skipping duplicates and reporting them', async () => {
    const existing = [makeAccount(input('JBSWY3DPEHPK3PXP'), 0, 1)];
    const json = await sealBackupWithPassword(accounts, 'pw', newKdfParams(TEST_COST), 0);
    const merged = addAccounts(existing, await openBackup(json, 'pw'), 5);
    expect(merged.added).toHaveLength(1);
    expect(merged.skipped).toEqual(['Example (me)']);
    expect(merged.accounts).toHaveLength(2);
  });

  it('refuses a backup whose key settings would freeze the background, and says why', async () => {
    const json = await sealBackupWithPassword(accounts, 'backup pass', newKdfParams(TEST_COST), 0);
    for (const [kdf, said] of [
      [{ m: 4 * 2 ** 20, t: 3, p: 4 }, '4096 MiB of memory'],
      [{ m: 65536, t: 100_000, p: 4 }, '100000 passes'],
      [{ m: 65536, t: 3, p: 255 }, '255 lanes'],
    ] as const) {
      const file = JSON.parse(json) as { kdf: object };
      file.kdf = { ...file.kdf, ...kdf };
      const error = await openBackup(JSON.stringify(file), 'backup pass').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BackupError);
      expect((error as Error).message).toMatch(
        /^This backup asks for a key derivation with .*cannot freeze the browser\.$/,
      );
      expect((error as Error).message).toContain(said);
    }
  });
});
