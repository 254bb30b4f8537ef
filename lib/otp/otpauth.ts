import { OtpauthError } from './errors';
import type { ParsedOtpauth } from './types';

export { OtpauthError };
export type { ParsedOtpauth };

/** Parse an `otpauth://` or `steam://` URI; throws only OtpauthError. */
export function parseOtpauthUri(uri: string): ParsedOtpauth {
  throw new OtpauthError('not-otpauth', `Not an otpauth:// link: ${uri.slice(0, 20)}`);
}

/** Format an account as an `otpauth://` URI. */
export function formatOtpauthUri(p: ParsedOtpauth): string {
  return `otpauth://${p.type}/${encodeURIComponent(p.accountName)}?secret=${p.secret}`;
}
