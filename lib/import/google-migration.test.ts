import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOtpauthUri } from '@/lib/otp/otpauth';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { withCorpus } from '@/test/support/corpus-suite';
import { FIXTURES } from '@/test/support/paths';
import { decodeMigrationUri, MigrationError } from './google-migration';

interface Expected {
  secret: string;
  name: string;
  issuer?: string;
  algorithm?: ParsedOtpauth['algorithm'];
  digits?: number;
  type: 'totp' | 'hotp';
  counter?: number;
}
interface Case {
  source: string;
  uri: string;
  expected_accounts: Expected[] | null;
  expect_error?: boolean;
  payload_meta?: { version?: number; batch_size?: number; batch_index?: number; batch_id?: number };
}
const load = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { cases: Case[] }).cases;

/** The raw name may be "Issuer:account"; like an otpauth label, the issuer field wins and the prefix is dropped. */
function expectedAccount(e: Expected): ParsedOtpauth {
  const colon = e.name.indexOf(':');
  const issuer = e.issuer || (colon >= 0 ? e.name.slice(0, colon).trim() : '');
  const accountName = colon >= 0 ? e.name.slice(colon + 1).trim() : e.name;
  const base = {
    issuer,
    accountName,
    secret: e.secret,
    algorithm: e.algorithm ?? 'SHA1',
    digits: e.digits ?? 6,
    period: 30,
  };
  return { ...base, type: e.type, counter: e.type === 'hotp' ? (e.counter ?? 0) : 0 };
}

/** Every link of a list decodes to its accounts and batch (or fails cleanly), and a 3-QR batch reads as one. */
function migrationCases(name: string, cases: Case[], batchAccounts: number) {
  describe(name, () => {
    it.each(cases.map((c, i) => [i, c.source.slice(0, 60), c] as const))('#%i %s', (_i, _s, c) => {
      if (c.expect_error) {
        expect(() => decodeMigrationUri(c.uri)).toThrow(MigrationError);
        return;
      }
      const out = decodeMigrationUri(c.uri);
      expect(out.accounts).toEqual(c.expected_accounts?.map(expectedAccount));
      expect(out.skipped).toEqual([]);
      const m = c.payload_meta ?? {};
      expect(out.batch).toEqual({
        index: m.batch_index ?? 0,
        size: Math.max(1, m.batch_size ?? 0),
        id: m.batch_id ?? 0,
      });
    });

    it(`reads the 3-QR batch as one export of ${batchAccounts} accounts`, () => {
      const batch = cases.filter((c) => c.payload_meta?.batch_size === 3).map((c) => decodeMigrationUri(c.uri));
      expect(batch.map((b) => b.batch.index)).toEqual([0, 1, 2]);
      expect(new Set(batch.map((b) => b.batch.id)).size).toBe(1);
      expect(batch.flatMap((b) => b.accounts)).toHaveLength(batchAccounts);
    });
  });
}

migrationCases(
  'our own export links (test/fixtures/otpauth/migration-cases.json)',
  load(join(FIXTURES, 'otpauth/migration-cases.json')),
  5,
);
withCorpus('otpauth/migration-cases.json', 'otpauth/migration-cases.json', (file) =>
  migrationCases('otpauth/migration-cases.json', load(file), 22),
);

describe('Google Authenticator export errors', () => {
  it('gives clear messages', () => {
    const msg = (uri: string) => {
      try {
        decodeMigrationUri(uri);
      } catch (e) {
        return e instanceof MigrationError ? e.message : 'other error';
      }
      return 'ok';
    };
    expect(msg('QR-Code:otpauth-migration://offline?data=CjUK')).toMatch(/not a Google Authenticator export link/);
    expect(msg('otpauth-migration://offline?foo=1')).toMatch(/has no data/);
    expect(msg('otpauth-migration://offline?data=%ZZ')).toMatch(/broken %-escape/);
    expect(msg('otpauth-migration://offline?data=ab!c')).toMatch(/not base64/);
    expect(msg('otpauth-migration://offline?data=XXXX')).toMatch(/damaged or incomplete/);
    expect(msg('otpauth-migration://offline?data=EAEYASAA')).toMatch(/holds no accounts/);
  });
});

withCorpus('otpauth/extract_otp_secrets', 'otpauth/extract_otp_secrets', (ex) =>
  describe('otpauth/extract_otp_secrets', () => {
    const links = (file: string) =>
      readFileSync(join(ex, file), 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith('#'));

    it('example_export.txt gives the accounts of example_output.json, equal to parsing url_list_output.txt', () => {
      const accounts = links('example_export.txt').flatMap((l) => decodeMigrationUri(l).accounts);
      const expected = JSON.parse(readFileSync(join(ex, 'example_output.json'), 'utf8')) as Expected[];
      expect(accounts).toEqual(expected.map((e) => expectedAccount({ ...e, counter: e.counter ?? 0 })));
      expect(accounts).toEqual(links('url_list_output.txt').map(parseOtpauthUri));
    });

    it('example_export_only_totp.txt and test_plus_problem_export.txt (raw "+" and "/") decode', () => {
      const totp = links('example_export_only_totp.txt').flatMap((l) => decodeMigrationUri(l).accounts);
      expect(totp.map((a) => a.type)).toEqual(['totp', 'totp', 'totp', 'totp', 'totp']);
      const plus = links('test_plus_problem_export.txt').flatMap((l) => decodeMigrationUri(l).accounts);
      expect(plus.map((a) => `${a.issuer}|${a.accountName}`)).toEqual(
        [1, 2, 3, 4].map((n) => `SerenityLabs|test${n}@serenitylabs.co.uk`),
      );
      expect(plus.every((a) => /^[A-Z2-7]{32}$/.test(a.secret))).toBe(true);
    });

    it.each(['test_export_wrong_content.txt', 'test_export_wrong_data.txt', 'test_export_wrong_prefix.txt'])(
      '%s fails cleanly',
      (file) => {
        const text = readFileSync(join(ex, file), 'utf8');
        expect(() => decodeMigrationUri(text)).toThrow(MigrationError);
        for (const l of links(file)) expect(() => decodeMigrationUri(l)).toThrow(MigrationError);
      },
    );
  }),
);
