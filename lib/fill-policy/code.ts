import { clockNow } from '@/lib/clock/now';
import { generateCode } from '@/lib/otp/generate';
import { msLeft, periodOf } from '@/lib/otp/window';
import { advanceHotp } from '@/lib/vault/service';
import type { Account } from '@/lib/vault/types';

/** Under this many seconds left in a window, wait for the next window rather than fill a dying code. */
export const MIN_SECONDS_LEFT = 2;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one code to fill for `account`, computed once. TOTP/Steam: from a window with at least
 * MIN_SECONDS_LEFT to go (the next window's code is not valid yet on most servers, so when the
 * current one is about to end we wait for it to roll over). HOTP: the code at the current counter,
 * after which the counter moves on so that the same code is never filled twice.
 */
export async function codeForFill(account: Account, now: () => number = clockNow): Promise<string> {
  const params = {
    type: account.type,
    secret: account.secret,
    algorithm: account.algorithm,
    digits: account.digits,
    period: account.period,
    counter: account.counter,
  };
  if (account.type === 'hotp') {
    const code = await generateCode(params, now());
    await advanceHotp(account.id);
    return code;
  }
  const leftMs = msLeft(periodOf(account), now());
  if (leftMs < MIN_SECONDS_LEFT * 1000) await sleep(leftMs + 50);
  return generateCode(params, now());
}
