import { clockNow } from '@/lib/clock/now';

/** Seconds left in the current window of `period` seconds (1..period). No code generator needed. */
export function secondsLeft(period: number, nowMs: number = clockNow()): number {
  return period - (Math.floor(nowMs / 1000) % period);
}
