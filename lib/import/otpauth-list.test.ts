import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPORA } from '@/test/support/paths';
import { importFile } from './import-file';
import { ImportError } from './types';

const DIR = join(CORPORA, 'otpauth', 'extract_otp_secrets');
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
