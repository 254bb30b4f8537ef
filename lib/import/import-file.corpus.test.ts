import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCode } from '@/lib/otp/generate';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { corpusPath } from '@/test/support/corpora';
import { withCorpus } from '@/test/support/corpus-suite';
import { importFile } from './import-file';
import { ImportError } from './types';

interface Vector {
  type: ParsedOtpauth['type'];
  secret: string;
  algorithm: ParsedOtpauth['algorithm'];
  digits: number;
  period?: number;
  counter?: number;
  account: string;
  issuer: string;
}
interface Expected {
  vectors: Vector[];
  files: Record<string, { encryption: string; app: string; adjustment: string }>;
}

const DIR = corpusPath('otpauth/aegis-importers') ?? '';
const EXPECTED: Expected = DIR
  ? (JSON.parse(readFileSync(join(DIR, 'EXPECTED.json'), 'utf8')) as Expected)
  : { vectors: [], files: {} };
const NOW = Date.UTC(2026, 0, 2, 3, 4, 5);

/** Files OTPilot refuses, with the words their message must hold. */
const UNSUPPORTED: Record<string, RegExp> = {
  'google_authenticator.sqlite': /SQLite database/,
  'microsoft_authenticator.sqlite': /SQLite database/,
  'stratum_internal.db': /SQLite database/,
};

function asAccount(v: Vector): ParsedOtpauth {
  return {
    type: v.type,
    issuer: v.issuer,
    accountName: v.account,
    secret: v.secret,
    algorithm: v.algorithm,
    digits: v.digits,
    period: v.period ?? 30,
    counter: v.counter ?? 0,
  };
}

interface Pair {
  expected: ParsedOtpauth;
  imported: ParsedOtpauth;
  /** False where the file carries no names for the entry. */
  names?: boolean;
}

const asTotp = (v: ParsedOtpauth): ParsedOtpauth => ({ ...v, type: 'totp', counter: 0 });

/** EXPECTED.json's per-file adjustments, as code. Where OTPilot reads more than Aegis does, the comment says so. */
function adjust(file: string, v: ParsedOtpauth, got: ParsedOtpauth): Pair {
  if (file === 'duo.json') return { expected: { ...v, issuer: '' }, imported: { ...got, counter: v.counter } };
  if (file.startsWith('totp_authenticator')) {
    // EXPECTED says digits=6/period=30 forced (Aegis ignores them); the file stores both and OTPilot keeps them.
    return { expected: { ...v, algorithm: 'SHA1', accountName: v.accountName.toLowerCase() }, imported: got };
  }
  if (file.startsWith('authy_'))
    return { expected: { ...v, algorithm: 'SHA1' }, imported: { ...got, period: v.period } };
  if (['freeotp.xml', 'freeotp_plus.json', 'freeotp_plus_internal.xml'].includes(file) && v.type === 'hotp') {
    return { expected: { ...v, counter: v.counter - 1 }, imported: got };
  }
  if (file.startsWith('steam')) return { expected: { ...v, issuer: 'Steam' }, imported: got };
  if (file === '2fas_authenticator.json') {
    return { expected: { ...asTotp(v), algorithm: 'SHA1', digits: 6, period: 30 }, imported: got };
  }
  if (file === '2fas_authenticator_plain.2fas' || file === '2fas_authenticator_encrypted.2fas') {
    return { expected: { ...asTotp(v), period: v.type === 'totp' ? v.period : 30 }, imported: got };
  }
  // bitwarden: a steam:// link carries no names (the item's name stands in).
  if (file.startsWith('bitwarden') && v.type === 'steam') return { expected: v, imported: got, names: false };
  // andotp_encrypted_old.bin: EXPECTED keeps old andOTP's "Issuer:name" label; OTPilot splits it, so names are exact.
  return { expected: v, imported: got };
}

function passwordOf(file: string): string | undefined {
  return /password: (\S+)/.exec(EXPECTED.files[file]?.encryption ?? '')?.[1];
}

const read = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));

withCorpus('otpauth/aegis-importers', 'import: every Aegis corpus file', () =>
  describe('import: every Aegis corpus file', () => {
    const files = readdirSync(DIR).filter((f) => f !== 'EXPECTED.json');

    it('EXPECTED.json lists every file of the folder', () => {
      expect(files.sort()).toEqual(Object.keys(EXPECTED.files).sort());
    });

    for (const file of files.filter((f) => !(f in UNSUPPORTED))) {
      it(`${file}: every entry matches a vector by secret and gives the same codes`, async () => {
        const result = await importFile(file, read(file), passwordOf(file));
        expect(result.skipped).toEqual([]);
        expect(result.accounts.length).toBeGreaterThan(0);
        for (const got of result.accounts) {
          const vector = EXPECTED.vectors.find((v) => v.secret === got.secret);
          expect(vector, `${file}: ${got.issuer}/${got.accountName} matches no vector`).toBeDefined();
          const { expected, imported, names } = adjust(file, asAccount(vector!), got);
          const { issuer, accountName, ...params } = imported;
          const { issuer: wantIssuer, accountName: wantName, ...wantParams } = expected;
          expect(params).toEqual(wantParams);
          if (names !== false) expect({ issuer, accountName }).toEqual({ issuer: wantIssuer, accountName: wantName });
          expect(await generateCode(imported, NOW)).toBe(await generateCode(expected, NOW));
        }
      });
    }

    for (const [file, message] of Object.entries(UNSUPPORTED)) {
      it(`${file}: refused with a message that says what it is`, async () => {
        const error = await importFile(file, read(file), passwordOf(file)).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).kind).toBe('unsupported');
        expect((error as ImportError).message).toMatch(message);
      });
    }
  }),
);
