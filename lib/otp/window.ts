import { clockNow } from '@/lib/clock/now';
import { STEAM_PERIOD } from './steam';
import type { OtpType } from './types';

/**
 * The one place for time-window arithmetic: which window a moment belongs to, when a window starts, and how much
 * of it is left. Steam Guard's window is fixed; HOTP codes have a counter instead of a window.
 */
export function periodOf(a: { type: OtpType; period: number }): number {
  return a.type === 'steam' ? STEAM_PERIOD : a.period;
}

/** The index of the `period`-second window that holds `nowMs`. */
export function windowIndex(period: number, nowMs: number): number {
  return Math.floor(nowMs / 1000 / period);
}

/** When window `index` of `period` seconds starts, in ms. */
export function windowStartMs(period: number, index: number): number {
  return index * period * 1000;
}

/** Milliseconds left in the current window of `period` seconds. */
export function msLeft(period: number, nowMs: number = clockNow()): number {
  return period * 1000 - (nowMs % (period * 1000));
}

/** Seconds left in the current window of `period` seconds (1..period). No code generator needed. */
export function secondsLeft(period: number, nowMs: number = clockNow()): number {
  return period - (Math.floor(nowMs / 1000) % period);
}

/** Which window (or, for HOTP, which counter value) a code of `account` at `nowMs` belongs to. */
export function codeSlot(account: { type: OtpType; period: number; counter: number }, nowMs: number): number {
  return account.type === 'hotp' ? account.counter : windowIndex(periodOf(account), nowMs);
}
