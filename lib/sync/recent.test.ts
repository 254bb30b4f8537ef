import { describe, expect, it } from 'vitest';
import { fillableCode, recentCodes, sameIdentifier } from './recent';
import { parseTotpCodes, type TotpCode } from './schema';
import { parseServerTime } from './time';

const NOW = Date.parse('2026-11-21T10:20:00Z');
const row = (extra: Partial<TotpCode>): TotpCode => ({
  totp_code_id: 'totp_1',
  code: '123456',
  otp_type: 'totp',
  totp_identifier: 'a@x.io',
  created_at: '2026-11-21T10:15:02.123456',
  ...extra,
});

describe('parseServerTime', () => {
  it('reads zone-less timestamps as UTC (microseconds too), zoned ones as they say', () => {
    expect(parseServerTime('2026-11-21T10:15:02.123456')).toBe(Date.parse('2026-11-21T10:15:02.123Z'));
    expect(parseServerTime('2026-11-21T10:15:02')).toBe(Date.parse('2026-11-21T10:15:02Z'));
    expect(parseServerTime('2026-11-21T11:15:02+01:00')).toBe(Date.parse('2026-11-21T10:15:02Z'));
    expect(parseServerTime('yesterday')).toBeNaN();
  });
});

describe('parseTotpCodes', () => {
  it('drops rows that do not fit and refuses non-lists', () => {
    expect(parseTotpCodes([row({}), { totp_code_id: 3 }])).toHaveLength(1);
    expect(parseTotpCodes({ detail: 'x' })).toBeNull();
  });
});

describe('recentCodes', () => {
  it('keeps the last 10 minutes, skips expired codes, newest first', () => {
    const codes = recentCodes(
      [
        row({ totp_code_id: 'old', created_at: '2026-11-21T10:09:59' }),
        row({ totp_code_id: 'a', created_at: '2026-11-21T10:15:00' }),
        row({ totp_code_id: 'b', created_at: '2026-11-21T10:19:00' }),
        row({ totp_code_id: 'gone', created_at: '2026-11-21T10:19:30', expired_at: '2026-11-21T10:19:59' }),
        row({ totp_code_id: 'later', created_at: '2026-11-21T10:19:40', expired_at: '2026-11-21T10:30:00' }),
      ],
      { now: NOW },
    );
    expect(codes.map((c) => c.id)).toEqual(['later', 'b', 'a']);
    expect(codes[0]!.expiresAt).toBe(Date.parse('2026-11-21T10:30:00Z'));
  });

  it('tells codes from magic links, and opens only http(s) links', () => {
    const codes = recentCodes(
      [
        row({ totp_code_id: 'l', otp_type: 'magic_link', code: 'https://app.x.io/magic?t=1' }),
        row({ totp_code_id: 'js', otp_type: 'magic_link', code: 'javascript:alert(1)' }),
        row({ totp_code_id: 'legacy', otp_type: null, code: 'https://app.x.io/login?t=2' }),
        row({ totp_code_id: 'future', otp_type: 'passkey' }),
      ],
      { now: NOW },
    );
    expect(codes.map((c) => [c.id, c.kind])).toEqual([
      ['l', 'magic_link'],
      ['legacy', 'magic_link'],
    ]);
  });

  it('watches only the given identifiers; e-mail-like ones without case', () => {
    const rows = [
      row({ totp_code_id: '1', totp_identifier: 'Ann@Example.COM' }),
      row({ totp_code_id: '2', totp_identifier: '+14155550100' }),
      row({ totp_code_id: '3', totp_identifier: 'User_1' }),
    ];
    const ids = (identifiers: string[]) => recentCodes(rows, { now: NOW, identifiers }).map((c) => c.id);
    expect(ids(['ann@example.com', 'user_1'])).toEqual(['1']);
    expect(ids([])).toEqual(['1', '2', '3']);
    expect(sameIdentifier('User_1', 'user_1')).toBe(false);
  });
});

describe('fillableCode', () => {
  it('turns pushed codes into what a field takes', () => {
    expect(fillableCode('123 456')).toBe('123456');
    expect(fillableCode('G-412157')).toBe('412157');
    expect(fillableCode('ABC-123')).toBe('ABC123');
    expect(fillableCode('https://x.io/a')).toBeNull();
    expect(fillableCode('12')).toBeNull();
  });
});
