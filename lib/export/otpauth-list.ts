import { formatOtpauthUri } from '@/lib/otp/otpauth';
import type { ParsedOtpauth } from '@/lib/otp/types';

/** The file name offered for a plain otpauth:// list export. */
export const OTPAUTH_LIST_FILE_NAME = 'otpauth-accounts.txt';

/**
 * Writes accounts as a plain `otpauth://` list, one link a line, in the given order: the format nearly every
 * authenticator imports (and `lib/import` reads back as the same accounts). It is NOT encrypted: the secrets are in
 * the clear, so the UI warns before it is made.
 */
export function exportOtpauthList(accounts: readonly ParsedOtpauth[]): string {
  return accounts.map((a) => `${formatOtpauthUri(a)}\n`).join('');
}
