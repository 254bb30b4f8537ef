import { describe, expect, it } from 'vitest';
import { IDLE_POLL_MS, MAX_BACKOFF_MS, MIN_POLL_MS, parseRetryAfter, pollDelay } from './cadence';

describe('pollDelay', () => {
  it('asks every second while a wait is young or the popup is open, slower later', () => {
    expect(pollDelay({ youngestWaitMs: 0 })).toBe(1_000);
    expect(pollDelay({ youngestWaitMs: 2 * 60_000 })).toBe(1_000);
    expect(pollDelay({ youngestWaitMs: 5 * 60_000 })).toBe(3_000);
    expect(pollDelay({ youngestWaitMs: 12 * 60_000 })).toBe(10_000);
    expect(pollDelay({ youngestWaitMs: 12 * 60_000, popupOpen: true })).toBe(1_000);
    expect(pollDelay({ youngestWaitMs: null })).toBe(IDLE_POLL_MS);
  });

  it('backs off on errors and honours Retry-After, within bounds', () => {
    expect(pollDelay({ youngestWaitMs: 0, failures: 1 })).toBe(2_000);
    expect(pollDelay({ youngestWaitMs: 0, failures: 3 })).toBe(8_000);
    expect(pollDelay({ youngestWaitMs: 0, failures: 40 })).toBe(MAX_BACKOFF_MS);
    expect(pollDelay({ youngestWaitMs: 0, retryAfterMs: 20_000 })).toBe(20_000);
    expect(pollDelay({ youngestWaitMs: 0, retryAfterMs: 86_400_000 })).toBe(MAX_BACKOFF_MS);
  });

  it('is never a tight loop', () => {
    for (const failures of [0, 1, 5])
      for (const youngestWaitMs of [null, 0, 1e9])
        for (const retryAfterMs of [null, -5, 0])
          expect(pollDelay({ youngestWaitMs, failures, retryAfterMs, popupOpen: true })).toBeGreaterThanOrEqual(
            MIN_POLL_MS,
          );
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    const now = Date.parse('2026-12-04T10:00:00Z');
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Fri, 04 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
