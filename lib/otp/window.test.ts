import { describe, expect, it } from 'vitest';
import { codeSlot, msLeft, periodOf, secondsLeft, windowIndex, windowStartMs } from './window';

describe('window arithmetic', () => {
  const t = 1_700_000_012_345; // 12.345 s into a 30 s window (1_700_000_010 is a multiple of 30)

  it('places a moment in its window and says how much is left', () => {
    expect(windowIndex(30, t)).toBe(56_666_667);
    expect(windowStartMs(30, windowIndex(30, t))).toBe(1_700_000_010_000);
    expect(msLeft(30, t)).toBe(27_655);
    expect(secondsLeft(30, t)).toBe(28);
  });

  it('uses the fixed Steam window and the HOTP counter', () => {
    expect(periodOf({ type: 'steam', period: 60 })).toBe(30);
    expect(periodOf({ type: 'totp', period: 60 })).toBe(60);
    expect(codeSlot({ type: 'hotp', period: 30, counter: 7 }, t)).toBe(7);
    expect(codeSlot({ type: 'totp', period: 60, counter: 0 }, t)).toBe(windowIndex(60, t));
  });
});
