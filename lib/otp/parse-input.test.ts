import { describe, expect, it } from 'vitest';
import { OtpauthError } from './errors';
import { splitLabel } from './label';
import { parseSecretOrUri } from './parse-input';
import { encodeSteamToken } from './steam';

describe('parseSecretOrUri', () => {
  it('reads a bare secret with the defaults (TOTP, SHA1, 6 digits, 30 s)', () => {
    expect(parseSecretOrUri('  jbsw y3dp-ehpk 3pxp  ')).toEqual({
      type: 'totp',
      issuer: '',
      accountName: '',
      secret: 'JBSWY3DPEHPK3PXP',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      counter: 0,
    });
  });

  it('reads otpauth:// and steam:// links', () => {
    expect(parseSecretOrUri('OTPAUTH://HOTP/Acme:bob?secret=JBSWY3DP&counter=3')).toMatchObject({
      type: 'hotp',
      counter: 3,
    });
    expect(parseSecretOrUri('steam://JBSWY3DPEHPK3PXP')).toMatchObject({ type: 'steam', issuer: 'Steam', digits: 5 });
  });

  it.each([
    ['', 'missing-secret', /Enter a secret key/],
    ['   ', 'missing-secret', /Enter a secret key/],
    ['otpauth-migration://offline?data=CjUK', 'not-otpauth', /Google Authenticator export/],
    ['https://example.com/2fa', 'not-otpauth', /not an otpauth:\/\/ link/],
    ['JBSWY3DP0', 'bad-secret', /"0" at position 9/],
    ['otpauth://totp/x', 'missing-secret', /no secret/],
  ])('%j → %s', (input, code, message) => {
    expect(() => parseSecretOrUri(input)).toThrow(OtpauthError);
    expect(() => parseSecretOrUri(input)).toThrow(
      expect.objectContaining({ code, message: expect.stringMatching(message) }),
    );
  });
});

describe('splitLabel', () => {
  it.each([
    ['Acme:bob', null, 'Acme', 'bob'],
    ['Acme: bob ', 'Acme', 'Acme', 'bob'],
    ['Old name:bob', 'New', 'New', 'bob'],
    ['bob', 'Acme', 'Acme', 'bob'],
    ['A:B:bob', 'A:B', 'A:B', 'bob'],
    [':a:b', null, '', 'a:b'],
    ['  ', null, '', ''],
  ])('%j with issuer %j → %s / %s', (label, param, issuer, accountName) => {
    expect(splitLabel(label, param)).toEqual({ issuer, accountName });
  });
});

describe('Steam encoding', () => {
  it('writes base 26, least significant character first', () => {
    expect(encodeSteamToken(0)).toBe('22222');
    expect(encodeSteamToken(1)).toBe('32222');
    expect(encodeSteamToken(26)).toBe('23222');
    expect(encodeSteamToken(0x7fffffff)).toHaveLength(5);
  });
});
