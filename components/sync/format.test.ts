import { describe, expect, it } from 'vitest';
import type { PushedCode } from '@/lib/sync/recent';
import { ageLabel, groupPushedCode, latestPerIdentifier } from './format';

const NOW = 1_800_000_000_000;
const code = (id: string, identifier: string, ageMs: number, kind: PushedCode['kind'] = 'code'): PushedCode => ({
  id,
  identifier,
  source: null,
  kind,
  value: kind === 'code' ? '123456' : 'https://x.io/l',
  createdAt: NOW - ageMs,
  expiresAt: null,
});

describe('pushed code formatting', () => {
  it('says how old a code is', () => {
    expect(ageLabel(NOW - 20_000, NOW)).toBe('just now');
    expect(ageLabel(NOW - 150_000, NOW)).toBe('2 min ago');
  });
  it('groups long numeric codes only', () => {
    expect(groupPushedCode('482913')).toBe('482 913');
    expect(groupPushedCode('12345678')).toBe('1234 5678');
    expect(groupPushedCode('AB12CD')).toBe('AB12CD');
  });
  it('keeps the newest code and the newest link per identifier, drops old ones', () => {
    const list = latestPerIdentifier(
      [
        code('1', 'a@x.io', 60_000),
        code('2', 'A@X.io', 30_000),
        code('3', 'a@x.io', 40_000, 'magic_link'),
        code('4', 'b', 11 * 60_000),
      ],
      NOW,
    );
    expect(list.map((c) => c.id)).toEqual(['2', '3']);
  });
});
