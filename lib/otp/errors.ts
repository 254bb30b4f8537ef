/** A secret that is not valid base32; the message says what is wrong. */
export class SecretError extends Error {
  override name = 'SecretError';
}

export type OtpauthErrorCode =
  | 'not-otpauth'
  | 'bad-uri'
  | 'bad-type'
  | 'bad-label'
  | 'missing-secret'
  | 'bad-secret'
  | 'bad-algorithm'
  | 'bad-digits'
  | 'bad-period'
  | 'bad-counter'
  | 'bad-issuer';

/** An `otpauth://` URI that cannot be used; `.code` names the problem, the message explains it. */
export class OtpauthError extends Error {
  override name = 'OtpauthError';
  constructor(
    readonly code: OtpauthErrorCode,
    message: string,
  ) {
    super(message);
  }
}
