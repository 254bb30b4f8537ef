import { STEAM_DIGITS } from './steam';
import type { OtpAlgorithm, OtpType } from './types';

/**
 * The one rule for what an account may be, with one set of bounds: the vault, the code generator, otpauth:// links,
 * every import and the add form use it. Steam Guard codes have their own fixed length.
 */
export const OTP_TYPES: readonly OtpType[] = ['totp', 'hotp', 'steam'];
export const OTP_ALGORITHMS: readonly OtpAlgorithm[] = ['SHA1', 'SHA256', 'SHA512'];
export const MIN_DIGITS = 6;
export const MAX_DIGITS = 8;
/** The lengths a TOTP or HOTP code may have, for the add form's choice. */
export const DIGIT_CHOICES: readonly number[] = Array.from(
  { length: MAX_DIGITS - MIN_DIGITS + 1 },
  (_, i) => MIN_DIGITS + i,
);
/** How the digits rule is said to a user. */
export const DIGITS_RULE = `Codes have ${MIN_DIGITS} to ${MAX_DIGITS} digits`;

export function isOtpType(value: unknown): value is OtpType {
  return OTP_TYPES.includes(value as OtpType);
}

export function isOtpAlgorithm(value: unknown): value is OtpAlgorithm {
  return OTP_ALGORITHMS.includes(value as OtpAlgorithm);
}

export function validDigits(type: OtpType, digits: number): boolean {
  if (type === 'steam') return digits === STEAM_DIGITS;
  return Number.isInteger(digits) && digits >= MIN_DIGITS && digits <= MAX_DIGITS;
}

/** A TOTP period: a whole number of seconds, at least one. */
export function validPeriod(period: number): boolean {
  return Number.isSafeInteger(period) && period >= 1;
}

/** An HOTP counter: a whole number, zero or more. */
export function validCounter(counter: number): boolean {
  return Number.isSafeInteger(counter) && counter >= 0;
}
