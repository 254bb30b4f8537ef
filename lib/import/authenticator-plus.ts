import { startsWithAscii } from './bytes';
import { readOtpauthLines } from './otpauth-list';
import { badFile, requirePassword, wrongPassword } from './problems';
import type { ImportFormat } from './types';

const AUTH_PLUS = 'Authenticator Plus';
const ACCOUNTS = 'Accounts.txt';

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
    const reader = new zip.ZipReader(new zip.Uint8ArrayReader(bytes), { password: pw });
    try {
      const entry = (await reader.getEntries()).find((e) => e.filename.endsWith(ACCOUNTS));
      if (!entry || entry.directory) throw badFile(AUTH_PLUS, `it has no ${ACCOUNTS}`);
      let text: string;
      try {
        text = await entry.getData(new zip.TextWriter(), { password: pw });
      } catch (e) {
        if (e instanceof Error && /password/i.test(e.message)) throw wrongPassword(AUTH_PLUS);
        throw badFile(AUTH_PLUS, 'its zip archive cannot be unpacked');
      }
      return readOtpauthLines(AUTH_PLUS, text);
    } finally {
      await reader.close();
    }
  },
};
