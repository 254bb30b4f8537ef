import { createGuardrails, generate, type HashAlgorithm } from 'otplib';
import { clockNow } from '@/lib/clock/now';
import { DIGITS_RULE, isOtpAlgorithm, validCounter, validDigits, validPeriod } from './account-rules';
import { decodeBase32 } from './base32';
import { encodeSteamToken, STEAM_DIGITS, STEAM_PERIOD, validateSteamToken } from './steam';
import type { OtpAlgorithm, OtpParams } from './types';
import { periodOf } from './window';

export type { OtpParams };

/** otplib's defaults refuse secrets under 16 bytes and periods over an hour; real accounts have both. */
const guardrails = createGuardrails({
  MIN_SECRET_BYTES: 1,
  MAX_SECRET_BYTES: 1024,
  MAX_PERIOD: Number.MAX_SAFE_INTEGER,
});

const HASH: Record<OtpAlgorithm, HashAlgorithm> = { SHA1: 'sha1', SHA256: 'sha256', SHA512: 'sha512' };

const steamHooks = { encodeToken: encodeSteamToken, validateToken: validateSteamToken };

function checkParams(p: OtpParams): void {
  if (!isOtpAlgorithm(p.algorithm)) throw new RangeError(`Unsupported algorithm ${String(p.algorithm)}.`);
  if (p.type !== 'steam' && !validDigits(p.type, p.digits)) throw new RangeError(`${DIGITS_RULE}, not ${p.digits}.`);
  if (p.type === 'totp' && !validPeriod(p.period)) {
    throw new RangeError(`The period must be a whole number of seconds, not ${p.period}.`);
  }
  if (p.type === 'hotp' && !validCounter(p.counter)) {
    throw new RangeError(`The counter must be a whole number ≥ 0, not ${p.counter}.`);
  }
}

/** Secret bytes for HMAC. An empty key is padded with zeros by HMAC itself, so [0] gives identical codes. */
function secretBytes(secret: string): Uint8Array {
  const bytes = decodeBase32(secret);
  return bytes.length > 0 ? bytes : new Uint8Array(1);
}

export { secondsLeft } from './window';

/**
 * The code for `p`: TOTP and Steam at `nowMs` (default: the clock corrected by the server's, `clockNow`), HOTP at `p.counter`. Throws SecretError for a bad secret and
 * RangeError for impossible parameters.
 */
export async function generateCode(p: OtpParams, nowMs: number = clockNow()): Promise<string> {
  checkParams(p);
  const secret = secretBytes(p.secret);
  const epoch = Math.floor(nowMs / 1000);
  if (p.type === 'hotp') {
    return generate({
      strategy: 'hotp',
      secret,
      counter: p.counter,
      algorithm: HASH[p.algorithm],
      digits: p.digits,
      guardrails,
    });
  }
  if (p.type === 'steam') {
    return generate({
      secret,
      epoch,
      period: STEAM_PERIOD,
      algorithm: 'sha1',
      digits: STEAM_DIGITS,
      guardrails,
      hooks: steamHooks,
    });
  }
  return generate({ secret, epoch, period: p.period, algorithm: HASH[p.algorithm], digits: p.digits, guardrails });
}

/** The code of the next time window (for HOTP: of the next counter value). */
export async function nextWindowCode(p: OtpParams, nowMs: number = clockNow()): Promise<string> {
  if (p.type === 'hotp') return generateCode({ ...p, counter: p.counter + 1 }, nowMs);
  return generateCode(p, nowMs + periodOf(p) * 1000);
}
