import { describe, expect, it } from 'vitest';
import { checkBaseUrl, originPattern, parseIdentifiers } from './settings';

describe('checkBaseUrl', () => {
  it('accepts https anywhere and plain http for a server on this computer or network', () => {
    expect(checkBaseUrl(' https://api.skyvern.com/ ')).toEqual({ ok: true, value: 'https://api.skyvern.com' });
    expect(checkBaseUrl('http://localhost:8000')).toEqual({ ok: true, value: 'http://localhost:8000' });
    expect(checkBaseUrl('http://127.0.0.1:8000/')).toEqual({ ok: true, value: 'http://127.0.0.1:8000' });
    expect(checkBaseUrl('https://x.io/skyvern/v1/credentials/totp')).toEqual({
      ok: true,
      value: 'https://x.io/skyvern',
    });
  });
  it('refuses what would leak the key or is not a URL, with a reason', () => {
    for (const bad of [
      '',
      'api.skyvern.com',
      'ftp://x.io',
      'http://api.skyvern.com',
      'https://u:p@x.io',
      'https://x.io/?a=1',
    ]) {
      const r = checkBaseUrl(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.error.length).toBeGreaterThan(10);
    }
  });
  it('allows plain http by the address, not by how a public name starts', () => {
    for (const local of ['http://10.0.0.5:8000', 'http://192.168.1.20', 'http://[::1]:8000', 'http://skyvern.local']) {
      expect(checkBaseUrl(local).ok, local).toBe(true);
    }
    for (const name of ['http://10.evil.example', 'http://127.evil.example', 'http://192.168.evil.example']) {
      expect(checkBaseUrl(name).ok, name).toBe(false);
    }
    expect(checkBaseUrl('https://10.evil.example').ok).toBe(true);
  });
  it('asks for the origin only', () => {
    expect(originPattern('http://127.0.0.1:8000/sub')).toBe('http://127.0.0.1:8000/*');
  });
});

describe('parseIdentifiers', () => {
  it('splits on commas and lines, drops blanks and repeats (e-mails without case)', () => {
    expect(parseIdentifiers('a@x.io, A@X.io\n+14155550100,, user_1 ')).toEqual({
      ok: true,
      value: ['a@x.io', '+14155550100', 'user_1'],
    });
  });
});
