import { startsWithAscii } from './bytes';
import { readOtpauthLines } from './otpauth-list';
import { badFile, bomb, MAX_UNPACKED_BYTES, requirePassword, wrongPassword } from './problems';
import type { ImportFormat } from './types';

const AUTH_PLUS = 'Authenticator Plus';
const ACCOUNTS = 'Accounts.txt';
/** The backup holds one file; an archive listing more than this is not one (or is built to exhaust us). */
const MAX_ZIP_ENTRIES = 64;

const megabytes = (bytes: number) => `${Math.ceil(bytes / 2 ** 20)} MB`;

/** Authenticator Plus's "Export to text" backup: a password-protected zip holding one otpauth:// link a line. */
export const authenticatorPlusFormat: ImportFormat = {
  label: AUTH_PLUS,
  // The local file header's name sits at offset 30; the backup's only file is Accounts.txt.
  detect: ({ bytes }) =>
    startsWithAscii(bytes, 'PK\x03\x04') && new TextDecoder().decode(bytes.subarray(30, 30 + 64)).includes(ACCOUNTS),
  async read({ bytes }, password) {
    const pw = requirePassword(AUTH_PLUS, password);
    const zip = await import('@zip.js/zip.js');
    zip.configure({ useWebWorkers: false });

    /** Keeps what the entry unpacks to, and stops at MAX_UNPACKED_BYTES whatever its header declared. */
    class CappedWriter extends zip.Writer<Uint8Array> {
      private readonly chunks: Uint8Array[] = [];
      written = 0;
      overflowed = false;
      override async writeUint8Array(array: Uint8Array) {
        this.written += array.length;
        if (this.written > MAX_UNPACKED_BYTES) {
          this.overflowed = true;
          throw new Error('entry too large');
        }
        this.chunks.push(array.slice());
      }
      override async getData() {
        const out = new Uint8Array(this.written);
        let at = 0;
        for (const chunk of this.chunks) out.set(chunk, (at += chunk.length) - chunk.length);
        return out;
      }
    }

    const reader = new zip.ZipReader(new zip.Uint8ArrayReader(bytes), { password: pw });
    try {
      let entry: Awaited<ReturnType<typeof reader.getEntries>>[number] | undefined;
      let count = 0;
      try {
        for await (const e of reader.getEntriesGenerator()) {
          if (++count > MAX_ZIP_ENTRIES) throw bomb(AUTH_PLUS, `holds more than ${MAX_ZIP_ENTRIES} files`);
          if (!entry && !e.directory && e.filename.endsWith(ACCOUNTS)) entry = e;
        }
      } catch (e) {
        if (e instanceof Error && e.name === 'ImportError') throw e;
        throw badFile(AUTH_PLUS, 'its zip archive cannot be read');
      }
      if (!entry || entry.directory) throw badFile(AUTH_PLUS, `it has no ${ACCOUNTS}`);
      if (entry.uncompressedSize > MAX_UNPACKED_BYTES) {
        throw bomb(AUTH_PLUS, `says its ${ACCOUNTS} unpacks to ${megabytes(entry.uncompressedSize)}`);
      }
      const writer = new CappedWriter();
      try {
        await entry.getData(writer, { password: pw });
      } catch (e) {
        if (writer.overflowed) throw bomb(AUTH_PLUS, `unpacks to more than ${megabytes(MAX_UNPACKED_BYTES)}`);
        if (e instanceof Error && /password/i.test(e.message)) throw wrongPassword(AUTH_PLUS);
        throw badFile(AUTH_PLUS, 'its zip archive cannot be unpacked');
      }
      return readOtpauthLines(AUTH_PLUS, new TextDecoder().decode(await writer.getData()));
    } finally {
      await reader.close();
    }
  },
};
