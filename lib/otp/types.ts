import type { OtpAlgorithm, OtpType } from '@/lib/vault/types';

export type { OtpAlgorithm, OtpType };

/** Everything needed to compute a code. `secret` is normalised base32 (upper case, no padding). */
export interface OtpParams {
  type: OtpType;
  secret: string;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter: number;
}

/** An account as read from an `otpauth://` URI, a bare secret or an import. */
export interface ParsedOtpauth {
  type: OtpType;
  issuer: string;
  accountName: string;
  /** Normalised base32, upper case, no padding. */
  secret: string;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter: number;
}
