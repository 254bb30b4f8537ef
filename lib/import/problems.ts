import { ImportError } from './types';

/** Far more than any authenticator's export; a larger file is something else. */
export const MAX_IMPORT_BYTES = 16 * 2 ** 20;

/** What a file may unpack to (a zip entry inflated, strings repeated by reference): no more than a file we read. */
export const MAX_UNPACKED_BYTES = MAX_IMPORT_BYTES;
/** More accounts (or files in an archive) than anyone keeps: a file listing more is built to exhaust us. */
export const MAX_IMPORT_ENTRIES = 10_000;

/** A file that would unpack to more than we read, or list more than anyone keeps: refused before it is unpacked. */
export function bomb(format: string, detail: string): ImportError {
  return new ImportError(
    'bad-file',
    `This ${format} file ${detail}: OTPilot stops here rather than run out of memory.`,
    format,
  );
}

export function tooLarge(): ImportError {
  return new ImportError('unsupported', 'This file is too large to be an authenticator export (16 MB at most).');
}

/** The password of an encrypted file, or a `password-needed` error naming the app. */
export function requirePassword(format: string, password: string | undefined): string {
  if (!password)
    throw new ImportError('password-needed', `This ${format} file is encrypted: enter its password.`, format);
  return password;
}

export function wrongPassword(format: string): ImportError {
  return new ImportError('wrong-password', `Wrong password: it does not open this ${format} file.`, format);
}

/** A file of a format we know that we cannot read; `detail` says what is wrong. */
export function badFile(format: string, detail: string): ImportError {
  return new ImportError('bad-file', `This ${format} file is damaged or incomplete: ${detail}.`, format);
}

/** JSON.parse that answers undefined for anything that is not JSON. */
export function parseJson(text: string | null): unknown {
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
