import type { ParsedOtpauth } from '@/lib/otp/types';

/**
 * Why a file could not be imported:
 * - `password-needed`: the file is encrypted; ask for its password and try again;
 * - `wrong-password`: the password does not open it;
 * - `bad-file`: the format is recognised but the file is damaged or incomplete;
 * - `unsupported`: not a format we read (the message says what we saw).
 */
export type ImportErrorKind = 'password-needed' | 'wrong-password' | 'bad-file' | 'unsupported';

/** A file that cannot be imported; the message is meant for the user as it is. */
export class ImportError extends Error {
  override name = 'ImportError';
  constructor(
    readonly kind: ImportErrorKind,
    message: string,
    /** The app the file comes from, when we recognised it. */
    readonly format?: string,
  ) {
    super(message);
  }
}

/** An entry of the file that we cannot use, and why (the other accounts are still imported). */
export interface SkippedEntry {
  name: string;
  reason: string;
}

export interface ImportResult {
  /** The app (and variant) the file comes from, e.g. "Aegis (encrypted)". */
  format: string;
  accounts: ParsedOtpauth[];
  skipped: SkippedEntry[];
}

/** A file to import, with its text and JSON worked out once. */
export interface ImportInput {
  name: string;
  bytes: Uint8Array;
  /** The bytes as UTF-8 text (BOM removed), or null when they are not text. */
  text: string | null;
  /** The text parsed as JSON, or undefined when it is not JSON. */
  json: unknown;
}

/** One app's export format. */
export interface ImportFormat {
  /** The app's name as the user knows it. */
  label: string;
  /** Whether the file looks like this app's export (cheap: no decryption). */
  detect(input: ImportInput): boolean;
  /** Reads the accounts; throws ImportError (password-needed, wrong-password, bad-file). */
  read(input: ImportInput, password: string | undefined): Promise<ImportResult>;
}
