import { describe, expect, it } from 'vitest';
import { testAccount as account } from './account.test-support';
import { generateCode } from '@/lib/otp/generate';
import { codeSlot } from '@/lib/otp/window';
import { firstRows } from './first-codes';

const NOW = 1_700_000_012_345;

describe('firstRows', () => {
  it('computes the codes of the first rows in the popup order: site, pinned, then order', async () => {
    const accounts = [
      account('a', { order: 0 }),
      account('b', { order: 1, pinned: true }),
      account('c', { order: 2, websites: ['example.com'] }),
      account('d', { order: 3 }),
    ];
    const { rows, codes } = await firstRows(accounts, 'https://login.example.com', 3, NOW);
    expect(rows.map((a) => a.id)).toEqual(['c', 'b', 'a']);
    expect(codes.map((c) => c.id)).toEqual(['c', 'b', 'a']);
  });

  it('gives the same code as the generator for the window (TOTP, Steam) or the counter (HOTP)', async () => {
    const accounts = [
      account('t', { period: 60, digits: 8, algorithm: 'SHA256' }),
      account('s', { type: 'steam', digits: 5 }),
      account('h', { type: 'hotp', counter: 7, order: 2 }),
    ];
    const { codes } = await firstRows(accounts, null, 10, NOW);
    for (const a of accounts) {
      const c = codes.find((x) => x.id === a.id)!;
      expect(c.at).toBe(codeSlot(a, NOW));
      const at = a.type === 'hotp' ? NOW : c.at * a.period * 1000;
      expect(c.code).toBe(await generateCode(a, at));
    }
    expect(codes.find((c) => c.id === 'h')!.at).toBe(7);
  });

  it('takes the origin as a promise and still puts the rows of a matching site first', async () => {
    const accounts = [account('a', { order: 0 }), account('b', { order: 1, websites: ['example.com'] })];
    const origin = new Promise<string>((r) => setTimeout(() => r('https://example.com'), 5));
    const { rows, codes, siteIds } = await firstRows(accounts, origin, 1, NOW);
    expect(siteIds).toEqual(['b']);
    expect(rows.map((a) => a.id)).toEqual(['b']);
    expect(codes.map((c) => c.id)).toEqual(['b']);
  });

  it('keeps an account whose code cannot be computed, without a code, instead of failing the list', async () => {
    const { rows, codes } = await firstRows(
      [account('bad', { digits: 12 }), account('ok', { order: 1 })],
      null,
      5,
      NOW,
    );
    expect(rows.map((a) => a.id)).toEqual(['bad', 'ok']);
    expect(codes.map((c) => c.id)).toEqual(['ok']);
  });
});
