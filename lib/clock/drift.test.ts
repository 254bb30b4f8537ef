import { describe, expect, it } from 'vitest';
import { driftWarning, offsetFromDate } from './drift';

describe('clock drift from a Date header', () => {
  const sent = Date.parse('2026-12-04T10:00:00.000Z');

  it('reads the server clock at the middle of its second against the middle of the request', () => {
    expect(offsetFromDate('Fri, 04 Dec 2026 10:00:30 GMT', sent, sent + 200)).toBe(30_400);
    expect(offsetFromDate('Fri, 04 Dec 2026 09:59:18 GMT', sent, sent)).toBe(-41_500);
  });

  it('ignores missing, unreadable or absurd headers', () => {
    expect(offsetFromDate(null, sent, sent)).toBeNull();
    expect(offsetFromDate('yesterday', sent, sent)).toBeNull();
    expect(offsetFromDate('Fri, 04 Dec 2020 10:00:00 GMT', sent, sent)).toBeNull();
  });

  it('warns beyond 15 s, saying which way the computer is off', () => {
    expect(driftWarning(14_000)).toBeNull();
    expect(driftWarning(-42_000)).toBe('Your clock is 42 s fast: codes may be refused');
    expect(driftWarning(30_000)).toBe('Your clock is 30 s slow: codes may be refused');
    expect(driftWarning(-600_000)).toBe('Your clock is 10 min fast: codes may be refused');
  });
});
