import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCorpus } from '@/test/support/corpus-suite';
import { aegisEncrypted, aegisPlain, ALL, PASSWORD, TOTP } from './export-files.test-support';
import { importFile } from './import-file';
import { ImportError, type ImportErrorKind } from './types';

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function failure(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const ENCRYPTED: [file: string, app: RegExp][] = [
  ['aegis_encrypted.json', /Aegis/],
  ['2fas_authenticator_encrypted.2fas', /2FAS/],
  ['2fas_authenticator_encrypted_v3.2fas', /2FAS/],
  ['2fas_authenticator_encrypted_v4.2fas', /2FAS/],
  ['andotp_encrypted.bin', /andOTP/],
  ['andotp_encrypted_old.bin', /andOTP/],
  ['stratum_encrypted.bin', /Stratum/],
  ['stratum_encrypted_legacy.bin', /Stratum/],
  ['authy_encrypted.xml', /Authy/],
  ['totp_authenticator.bin', /TOTP Authenticator/],
  ['authenticator_plus.zip', /Authenticator Plus/],
  ['freeotp_v2_api34.xml', /FreeOTP 2/],
  ['freeotp_v2_api23.xml', /FreeOTP 2/],
];

withCorpus('otpauth/aegis-importers', "importFile: the corpus's encrypted files and damaged copies", (DIR) => {
  const read = (file: string) => new Uint8Array(readFileSync(join(DIR, file)));
  describe('importFile: encrypted files', () => {
    for (const [file, app] of ENCRYPTED) {
      it(`${file}: asks for the password, then refuses a wrong one`, async () => {
        const none = await failure(importFile(file, read(file)));
        expect(none.kind).toBe<ImportErrorKind>('password-needed');
        expect(none.message).toMatch(app);
        const wrong = await failure(importFile(file, read(file), 'not the password'));
        expect(wrong.kind).toBe<ImportErrorKind>('wrong-password');
        expect(wrong.message).toMatch(/^Wrong password/);
      });
    }
  });

  describe('importFile: damaged copies of real exports', () => {
    const FILES = [
      'aegis_plain.json',
      '2fas_authenticator_plain_v4.2fas',
      'bitwarden.csv',
      'andotp_plain.json',
      'freeotp.xml',
      'authy_plain.xml',
      'stratum_plain.json',
      'steam.json',
      'plain.txt',
      'duo.json',
      'freeotp_v2_api34.xml',
    ];
    it('answer accounts or an ImportError, never another exception', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...FILES),
          fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
          fc.option(fc.nat()),
          async (file, flips, cut) => {
            const bytes = read(file);
            for (const [at, value] of flips) bytes[at % bytes.length] = value;
            const damaged = cut === null ? bytes : bytes.slice(0, cut % bytes.length);
            await importFile(file, damaged).catch((e: unknown) => expect(e).toBeInstanceOf(ImportError));
          },
        ),
        { numRuns: 300 },
      );
    });
  });
});

describe('importFile: files it cannot read', () => {
  const cases: [what: string, name: string, bytes: Uint8Array, kind: ImportErrorKind][] = [
    ['an empty file', 'empty.json', new Uint8Array(), 'unsupported'],
    ['some text', 'notes.txt', bytesOf('hello, these are my notes'), 'unsupported'],
    ['an unrelated JSON object', 'x.json', bytesOf('{"hello":"world"}'), 'unsupported'],
    [
      'a PNG picture',
      'qr.png',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, ...Array(40).fill(0)]),
      'unsupported',
    ],
    ['half an Aegis file', 'aegis.json', aegisPlain().slice(0, 300), 'bad-file'],
    [
      'an encrypted Bitwarden export',
      'bw.json',
      bytesOf('{"encrypted":true,"passwordProtected":true,"data":"x"}'),
      'unsupported',
    ],
    ['a file of 17 MB', 'big.json', new Uint8Array(17 * 2 ** 20), 'unsupported'],
    ['a Stratum header and nothing else', 'backup.authpro', bytesOf('AUTHENTICATORPRO'), 'bad-file'],
  ];
  for (const [what, name, bytes, kind] of cases) {
    it(`${what}: ${kind}, with a message`, async () => {
      const error = await failure(importFile(name, bytes, 'pw'));
      expect(error.kind).toBe(kind);
      expect(error.message.length).toBeGreaterThan(20);
    });
  }

  it('an Aegis vault whose encrypted data is damaged names the app and the problem', async () => {
    const file = JSON.parse(new TextDecoder().decode(aegisEncrypted())) as { db: string };
    file.db = `AAAA${file.db.slice(4)}`;
    const error = await failure(importFile('aegis.json', bytesOf(JSON.stringify(file)), PASSWORD));
    expect(error.kind).toBe('bad-file');
    expect(error.message).toMatch(/Aegis.*damaged/);
  });

  it('a 2FAS file whose encrypted data is not in three parts is a bad file', async () => {
    const text = '{"services":[],"schemaVersion":4,"servicesEncrypted":"abc:def"}';
    const error = await failure(importFile('x.2fas', bytesOf(text), 'test'));
    expect(error.kind).toBe('bad-file');
    expect(error.message).toMatch(/2FAS/);
  });
});

describe('importFile: bad entries are skipped with a reason, the others kept', () => {
  it('Aegis entries with MD5, no secret or an unknown kind', async () => {
    const file = JSON.parse(new TextDecoder().decode(aegisPlain([...ALL, { ...TOTP, issuer: 'Kept' }]))) as {
      db: { entries: { type: string; name: string; info: Record<string, unknown> }[] };
    };
    const [a, b, c] = file.db.entries;
    a!.info.algo = 'MD5';
    b!.info.secret = '';
    c!.type = 'yandex';
    const result = await importFile('aegis.json', bytesOf(JSON.stringify(file)));
    expect(result.accounts).toHaveLength(file.db.entries.length - 3);
    expect(result.skipped).toEqual([
      { name: 'Example (alice@example.com)', reason: 'it uses the MD5 algorithm, which is not supported' },
      { name: 'Acme Co (bob)', reason: 'it has no secret' },
      { name: 'Bank (carol)', reason: 'it is a yandex account, which OTPilot does not support' },
    ]);
  });

  it('an otpauth list keeps the good lines and names the bad ones', async () => {
    const text = 'otpauth://totp/A:b?secret=JBSWY3DPEHPK3PXP\nnot a link\notpauth://totp/C:d?secret=11\n';
    const result = await importFile('list.txt', bytesOf(text));
    expect(result.accounts.map((a) => a.issuer)).toEqual(['A']);
    expect(result.skipped.map((s) => s.name)).toEqual(['not a link', 'C:d']);
  });
});
