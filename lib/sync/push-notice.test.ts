import { describe, expect, it } from 'vitest';
import { codesToAnnounce } from './push-notice';
import type { PushedCode } from './recent';

const code = (id: string, createdAt: number, kind: PushedCode['kind'] = 'code'): PushedCode => ({
  id,
  identifier: 'me@x.io',
  source: 'email',
  kind,
  value: kind === 'code' ? '123456' : 'https://x.io/m',
  createdAt,
  expiresAt: null,
});

describe('which pushed codes are announced', () => {
  it('fresh codes once each; old ones and magic links never', () => {
    const now = 1_000_000_000;
    const first = codesToAnnounce(
      [code('totp_1', now - 5_000), code('totp_2', now - 600_000), code('totp_3', now, 'magic_link')],
      now,
    );
    expect(first.map((c) => c.id)).toEqual(['totp_1']);
    expect(codesToAnnounce([code('totp_1', now - 5_000), code('totp_4', now)], now).map((c) => c.id)).toEqual([
      'totp_4',
    ]);
  });
});
