import { TextReader, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter, configure } from '@zip.js/zip.js';
import { describe, expect, it } from 'vitest';
import { importFile, ImportError } from './import-file';
import { javaStringMap } from './java-string-map.test-support';

configure({ useWebWorkers: false });
const PASSWORD = 'backup password';

const refusal = (name: string, bytes: Uint8Array) =>
  importFile(name, bytes, PASSWORD).then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as ImportError,
  );

/** A password-protected zip as Authenticator Plus writes it: Accounts.txt first, then any other files. */
async function zipOf(files: { name: string; data: string | Uint8Array }[]): Promise<Uint8Array> {
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password: PASSWORD });
  for (const { name, data } of files) {
    await writer.add(name, typeof data === 'string' ? new TextReader(data) : new Uint8ArrayReader(data));
  }
  return writer.close();
}

/** Overwrites every size field naming Accounts.txt's unpacked size (local and central headers) with `size`. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const sig = view.getUint32(at, true);
    if (sig === 0x04034b50) view.setUint32(at + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return out;
}

const LINE = 'otpauth://totp/Example:me@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example\n';

describe('Authenticator Plus zip: bombs stop with a message', () => {
  it('reads a good backup (the reader still works)', async () => {
    const result = await importFile('backup.zip', await zipOf([{ name: 'Accounts.txt', data: LINE }]), PASSWORD);
    expect(result.accounts.map((a) => a.issuer)).toEqual(['Example']);
  });

  it('an Accounts.txt that inflates beyond what OTPilot reads', async () => {
    const zeros = new Uint8Array(24 * 2 ** 20); // 24 MB of zeros deflate to a few kB
    const bomb = await zipOf([{ name: 'Accounts.txt', data: zeros }]);
    expect(bomb.length).toBeLessThan(2 ** 20);
    const error = await refusal('bomb.zip', bomb);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toMatch(/^This Authenticator Plus file says its Accounts\.txt unpacks to 24 MB/);
    expect(error.message).toContain('OTPilot stops here rather than run out of memory');
  });

  it('a header that understates the size does not get past the cap', async () => {
    const zeros = new Uint8Array(24 * 2 ** 20);
    const lying = declareSize(await zipOf([{ name: 'Accounts.txt', data: zeros }]), 100);
    const error = await refusal('bomb.zip', lying);
    expect(error).toBeInstanceOf(ImportError);
    expect(error.kind).toBe('bad-file');
  });

  it('a declared size of gigabytes is refused before anything is unpacked', async () => {
    const huge = declareSize(await zipOf([{ name: 'Accounts.txt', data: LINE }]), 0xfffffff0);
    const error = await refusal('bomb.zip', huge);
    expect(error.message).toMatch(/^This Authenticator Plus file says its Accounts\.txt unpacks to 4096 MB/);
  });

  it('an archive with a hundred entries', async () => {
    const files = [{ name: 'Accounts.txt', data: LINE }];
    for (let i = 0; i < 100; i++) files.push({ name: `f${i}.txt`, data: '' });
    const error = await refusal('many.zip', await zipOf(files));
    expect(error.message).toMatch(/^This Authenticator Plus file holds more than 64 files/);
  }, 60_000);
});

describe('FreeOTP 2 backup: bombs stop with a message', () => {
  it('a map declaring billions of entries', async () => {
    const error = await refusal('externalBackup.xml', javaStringMap([['masterKey', '{}']], 0x7fffffff));
    expect(error.message).toBe(
      'This FreeOTP 2 file lists 2147483647 entries: OTPilot stops here rather than run out of memory.',
    );
  });

  it('a map of tens of thousands of entries', async () => {
    const entries = Array.from({ length: 30_000 }, (_, i) => [`t${i}`, '{}'] as const);
    const error = await refusal('externalBackup.xml', javaStringMap(entries));
    expect(error.message).toContain('lists 30000 entries');
  });

  it('one large string repeated by reference ("billion laughs")', async () => {
    const big = `{"key":"${'A'.repeat(2 ** 20)}"}`;
    const entries: [string | { ref: number }, string | { ref: number }][] = [['masterKey', big]];
    // Every other token points at the same megabyte: a 100 kB file that would unpack to gigabytes.
    for (let i = 0; i < 8000; i++) entries.push([`t${i}`, { ref: 1 }]);
    const file = javaStringMap(entries);
    expect(file.length).toBeLessThan(2 ** 21);
    const error = await refusal('externalBackup.xml', file);
    expect(error.message).toContain('has strings that repeat beyond');
    expect(error.message).toContain('OTPilot stops here rather than run out of memory');
  });

  it('a deeply nested master key is a damaged file, not a crash', async () => {
    const deep = '['.repeat(500_000) + ']'.repeat(500_000);
    const error = await refusal('externalBackup.xml', javaStringMap([['masterKey', deep]]));
    expect(error).toBeInstanceOf(ImportError);
    expect(error.message).toContain('This FreeOTP 2 file is damaged or incomplete');
  });

  it('a reference to something that is not a string (a loop back to the map) is a damaged file', async () => {
    const file = javaStringMap([['masterKey', { ref: -1 }]]);
    const error = await refusal('externalBackup.xml', file);
    expect(error.message).toContain('This FreeOTP 2 file is damaged or incomplete: it is not a list of tokens');
  });
});
