import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ParsedOtpauth } from '@/lib/otp/types';
import * as files from './export-files.test-support';
import { ALL, HOTP, PASSWORD, TOTP } from './export-files.test-support';
import { importFile } from './import-file';
import { ImportError } from './types';

interface Case {
  format: RegExp;
  name: string;
  file: () => Uint8Array | Promise<Uint8Array>;
  accounts: ParsedOtpauth[];
  encrypted?: boolean;
}

/** Every reader, on files written at test time (the corpus's real exports are checked where it is present). */
const CASES: Case[] = [
  { format: /^Aegis$/, name: 'aegis-export.json', file: () => files.aegisPlain(), accounts: ALL },
  {
    format: /^Aegis \(encrypted\)$/,
    name: 'aegis-export.json',
    file: () => files.aegisEncrypted(),
    accounts: ALL,
    encrypted: true,
  },
  { format: /^2FAS$/, name: 'backup.2fas', file: () => files.twoFasPlain(), accounts: ALL },
  {
    format: /^2FAS \(encrypted\)$/,
    name: 'backup.2fas',
    file: () => files.twoFasEncrypted(),
    accounts: ALL,
    encrypted: true,
  },
  { format: /^Bitwarden/, name: 'bitwarden.csv', file: () => files.bitwardenCsv(), accounts: ALL },
  { format: /^Bitwarden/, name: 'bitwarden.json', file: () => files.bitwardenJson(), accounts: ALL },
  { format: /^andOTP$/, name: 'otp_accounts.json', file: () => files.andOtpPlain(), accounts: ALL },
  {
    format: /^andOTP \(encrypted\)$/,
    name: 'otp_accounts.json.aes',
    file: () => files.andOtpEncrypted(),
    accounts: ALL,
    encrypted: true,
  },
  { format: /^Stratum/, name: 'backup.json', file: () => files.stratumPlain(), accounts: ALL },
  {
    format: /^Stratum.*encrypted/,
    name: 'backup.authpro',
    file: () => files.stratumEncrypted(),
    accounts: ALL,
    encrypted: true,
  },
  { format: /^Proton/, name: 'proton.json', file: () => files.proton(), accounts: ALL },
  { format: /^FreeOTP\+ \(JSON\)$/, name: 'freeotp-backup.json', file: () => files.freeOtpPlusJson(), accounts: ALL },
  { format: /^FreeOTP \(tokens\.xml\)$/, name: 'tokens.xml', file: () => files.freeOtpTokensXml(), accounts: ALL },
  { format: /^FreeOTP 2/, name: 'externalBackup.xml', file: () => files.freeOtp2(), accounts: ALL, encrypted: true },
  {
    format: /^Steam/,
    name: 'gaben.maFile',
    file: () => files.steamMaFile(),
    accounts: [{ ...TOTP, type: 'steam', issuer: 'Steam', accountName: 'gaben', digits: 5 }],
  },
  {
    format: /^Duo/,
    name: 'duo.json',
    file: () => files.duo(),
    accounts: [
      { ...TOTP, issuer: '' },
      { ...HOTP, issuer: '' },
    ],
  },
  {
    format: /^Authy$/,
    name: 'com.authy.storage.tokens.authenticator.xml',
    file: () => files.authyPlain(),
    accounts: [TOTP],
  },
  { format: /otpauth/i, name: 'links.txt', file: () => files.otpauthList(), accounts: ALL },
];

/** What matters of an account: the fields that give its codes and its name. */
const essentials = (a: ParsedOtpauth) => {
  const { type, issuer, accountName, secret, algorithm, digits, period, counter } = a;
  return type === 'steam'
    ? { type, issuer, accountName, secret }
    : {
        type,
        issuer,
        accountName,
        secret,
        algorithm,
        digits,
        period: type === 'hotp' ? 30 : period,
        counter: type === 'hotp' ? counter : 0,
      };
};

describe('import: every format, from files written at test time', () => {
  for (const c of CASES) {
    it(`${c.name} (${c.format.source}) gives its accounts`, async () => {
      const result = await importFile(c.name, await c.file(), c.encrypted ? PASSWORD : undefined);
      expect(result.format).toMatch(c.format);
      expect(result.skipped).toEqual([]);
      expect(result.accounts.map(essentials)).toEqual(c.accounts.map(essentials));
    }, 30_000);
  }

  for (const c of CASES.filter((c) => c.encrypted)) {
    it(`${c.name} (${c.format.source}): asks for the password, then refuses a wrong one`, async () => {
      const bytes = await c.file();
      const asked = await importFile(c.name, bytes).catch((e: unknown) => e);
      expect(asked).toBeInstanceOf(ImportError);
      expect((asked as ImportError).kind).toBe('password-needed');
      const wrong = await importFile(c.name, bytes, 'not the password').catch((e: unknown) => e);
      expect(wrong).toBeInstanceOf(ImportError);
      expect((wrong as ImportError).kind).toBe('wrong-password');
    }, 30_000);
  }

  it('damaged copies answer accounts or an ImportError, never another exception', async () => {
    const plain = await Promise.all(
      CASES.filter((c) => !c.encrypted).map(async (c) => [c.name, await c.file()] as const),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...plain),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
        fc.option(fc.nat()),
        async ([name, original], flips, cut) => {
          const bytes = original.slice();
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const damaged = cut === null ? bytes : bytes.slice(0, cut % bytes.length);
          await importFile(name, damaged).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
        },
      ),
      { numRuns: 300 },
    );
  });
});
