import type { OtpParams } from './types';

export type { OtpParams };

/** Seconds left in the current window of `period` seconds. */
export function secondsLeft(period: number, nowMs: number = Date.now()): number {
  return period - (Math.floor(nowMs / 1000) % period);
}

/** The code for `p` at `nowMs` (TOTP/Steam) or at `p.counter` (HOTP). */
export async function generateCode(p: OtpParams, nowMs: number = Date.now()): Promise<string> {
  void p;
  void nowMs;
  return '000000';
}

/** The code of the next time window (for HOTP, of the next counter). */
export async function nextWindowCode(p: OtpParams, nowMs: number = Date.now()): Promise<string> {
  return generateCode(p.type === 'hotp' ? { ...p, counter: p.counter + 1 } : p, nowMs + p.period * 1000);
}
