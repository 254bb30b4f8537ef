import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateCode } from '@/lib/otp/generate';
import type { Account } from '@/lib/vault/types';
import { codeForFill } from './code';

const advanceHotp = vi.fn(async (id: string) => ({ id }) as Account);
vi.mock('@/lib/vault/service', () => ({ advanceHotp: (id: string) => advanceHotp(id) }));

const account = (extra: Partial<Account> = {}) =>
  ({
    id: 'a1',
    secret: 'JBSWY3DPEHPK3PXP',
    type: 'totp',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 5,
    ...extra,
  }) as Account;

afterEach(() => {
  vi.useRealTimers();
  advanceHotp.mockClear();
});

describe('codeForFill', () => {
  it('uses the current window when there is time left to fill', async () => {
    const now = 1_700_000_010_000; // the very start of a window: 30 s left
    expect(await codeForFill(account(), () => now)).toBe(await generateCode(account(), now));
  });

  it('waits for the next window when the current one is about to end', async () => {
    vi.useFakeTimers();
    const start = 1_700_000_008_500; // 1.5 s before the window ends
    vi.setSystemTime(start);
    const pending = codeForFill(account());
    await vi.advanceTimersByTimeAsync(1_600);
    const code = await pending;
    expect(code).toBe(await generateCode(account(), start + 2_000));
    expect(code).not.toBe(await generateCode(account(), start));
  });

  it('HOTP: fills the code at the current counter, then moves the counter on', async () => {
    const hotp = account({ type: 'hotp', counter: 5 });
    expect(await codeForFill(hotp)).toBe(await generateCode(hotp));
    expect(advanceHotp).toHaveBeenCalledWith('a1');
  });
});
