/** The kinds of one-time password an account produces. */
export type OtpType = 'totp' | 'hotp' | 'steam';
export type OtpAlgorithm = 'SHA1' | 'SHA256' | 'SHA512';

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
