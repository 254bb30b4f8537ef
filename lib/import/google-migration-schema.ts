import type { OtpAlgorithm } from '@/lib/otp/types';

/**
 * Google Authenticator's MigrationPayload (the `data` of an `otpauth-migration://` link): its field numbers and
 * enum values, in one place for the reader (lib/import) and the writer (lib/export).
 */
export const PAYLOAD_FIELD = { otpParameters: 1, version: 2, batchSize: 3, batchIndex: 4, batchId: 5 } as const;
export const OTP_FIELD = { secret: 1, name: 2, issuer: 3, algorithm: 4, digits: 5, type: 6, counter: 7 } as const;

/** Algorithm enum: 0 = unspecified (read as SHA1), 4 = MD5 (which we cannot use). */
export const ALGORITHM_MD5 = 4;
export const ALGORITHM_OF: Readonly<Record<number, OtpAlgorithm>> = { 0: 'SHA1', 1: 'SHA1', 2: 'SHA256', 3: 'SHA512' };
export const ALGORITHM_CODE: Readonly<Record<OtpAlgorithm, number>> = { SHA1: 1, SHA256: 2, SHA512: 3 };

/** Digit-count enum: 0 = unspecified (read as 6). The format holds only 6 and 8 digits. */
export const DIGITS_OF: Readonly<Record<number, number>> = { 0: 6, 1: 6, 2: 8 };
export const DIGITS_CODE: Readonly<Record<number, number>> = { 6: 1, 8: 2 };

/** Kind enum: 0 = unspecified (read as TOTP). The format has no period: every TOTP code is a 30 s code. */
export const TYPE_CODE = { unspecified: 0, hotp: 1, totp: 2 } as const;
export const MIGRATION_PERIOD = 30;
/** The payload version Google Authenticator writes. */
export const MIGRATION_VERSION = 1;
