import { describe, expect, it } from 'vitest';
import { accountLabel, groupCode, initials, parseWebsites } from './format';

describe('format', () => {
  it('groups codes for reading, leaving Steam codes whole', () => {
    expect(groupCode('123456', 'totp')).toBe('123 456');
    expect(groupCode('12345678', 'totp')).toBe('1234 5678');
    expect(groupCode('1234567', 'hotp')).toBe('123 4567');
    expect(groupCode('5KX2B', 'steam')).toBe('5KX2B');
  });

  it('labels accounts as the buttons name them', () => {
    expect(accountLabel('GitHub', 'me')).toBe('GitHub (me)');
    expect(accountLabel('', 'me')).toBe('me');
    expect(initials('Acme Corp', '')).toBe('AC');
    expect(initials('', 'bob@x.y')).toBe('BX');
  });

  it('reads websites as bare hosts', () => {
    expect(parseWebsites('https://github.com/login, GitLab.com\nfoo')).toEqual(['github.com', 'gitlab.com']);
  });
});
