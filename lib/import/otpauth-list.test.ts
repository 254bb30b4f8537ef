import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCorpus } from '@/test/support/corpus-suite';
import { FIXTURES } from '@/test/support/paths';
import { decodeMigrationUri } from './google-migration';
import { otpauthUri, ALL } from './export-files.test-support';
import { importFile } from './import-file';
import { ImportError } from './types';

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('import: text files of links', () => {
  it('reads otpauth:// and Google export links, one a line, and names the lines it cannot use', async () => {
    const migration = (
      JSON.parse(readFileSync(join(FIXTURES, 'otpauth/migration-cases.json'), 'utf8')) as {
        cases: { uri: string; expect_error?: boolean }[];
      }
    ).cases.find((c) => !c.expect_error)!.uri;
    const text = [`# exported by hand`, otpauthUri(ALL[0]!), '', migration, 'hello', otpauthUri(ALL[2]!)].join('\r\n');
    const result = await importFile('links.txt', bytesOf(text));
    expect(result.accounts.map((a) => a.secret)).toEqual([
      ALL[0]!.secret,
      ...decodeMigrationUri(migration).accounts.map((a) => a.secret),
      ALL[2]!.secret,
    ]);
    expect(result.skipped.map((s) => s.name)).toEqual(['hello']);
  });
});

withCorpus('otpauth/extract_otp_secrets', 'import: text files of links (extract_otp_secrets corpus)', (DIR) => {
  const open = (file: string) => importFile(file, new Uint8Array(readFileSync(join(DIR, file))));

  describe('import: text files of links (extract_otp_secrets corpus)', () => {
    it('a Google Authenticator export text gives the accounts its otpauth:// list holds', async () => {
      const fromExport = await open('example_export.txt');
      const fromList = await open('url_list_output.txt');
      expect(fromExport.skipped).toEqual([]);
      expect(fromExport.accounts).toHaveLength(6);
      expect(fromExport.accounts.map((a) => a.secret)).toEqual(fromList.accounts.map((a) => a.secret));
      const expected = JSON.parse(readFileSync(join(DIR, 'example_output.json'), 'utf8')) as {
        secret: string;
        type: string;
      }[];
      expect(fromExport.accounts.map((a) => [a.secret, a.type])).toEqual(expected.map((e) => [e.secret, e.type]));
    });

    it('an export whose data is damaged is listed as skipped, with the reason', async () => {
      const result = await open('test_export_wrong_data.txt');
      expect(result.accounts).toEqual([]);
      expect(result.skipped).toHaveLength(1);
      expect(result.skipped[0]!.reason).toMatch(/damaged/);
    });

    for (const file of ['test_export_wrong_content.txt', 'test_export_wrong_prefix.txt']) {
      it(`${file}: not an export, said so`, async () => {
        const error = await open(file).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).kind).toBe('unsupported');
      });
    }
  });
});
