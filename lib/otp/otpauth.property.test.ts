import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryAccount } from './arbitrary-account';
import type { ParsedOtpauth } from './types';
import { formatOtpauthUri, OtpauthError, parseOtpauthUri } from './otpauth';
import { parseSecretOrUri } from './parse-input';

const account = arbitraryAccount;

/** Strings that look enough like otpauth links to reach every branch of the parser. */
const piece = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.constantFrom('%', '%2', '%zz', '%C3', '%C3%A9', '%3A', ':', '+', '=', '&', '?', '/', '#', ' ', '\u0000', '\uD800'),
  fc.constantFrom(
    '6',
    '8',
    '0',
    '-1',
    '1.5',
    '99999999999999999999',
    'SHA1',
    'sha-256',
    'MD5',
    'steam',
    'JBSWY3DP',
    'A1',
  ),
);
const noisy = fc.array(piece, { maxLength: 4 }).map((a) => a.join(''));
const param = fc
  .tuple(
    fc.constantFrom('secret', 'issuer', 'algorithm', 'digits', 'period', 'counter', 'encoder', 'SECRET', 'x'),
    noisy,
  )
  .map(([k, v]) => `${k}=${v}`);
const otpauthish = fc
  .tuple(
    fc.constantFrom('otpauth://', 'OTPAUTH://', 'steam://', 'otpauth:/', 'otpauth-migration://', ''),
    fc.constantFrom('totp', 'hotp', 'steam', 'TOTP', '', 'bad'),
    fc.constantFrom('/', '', '//'),
    noisy,
    fc.constantFrom('?', '', '#'),
    fc.array(param, { maxLength: 6 }),
  )
  .map(([scheme, type, slash, label, q, params]) => `${scheme}${type}${slash}${label}${q}${params.join('&')}`);

function onlyOtpauthErrors(parse: (s: string) => ParsedOtpauth) {
  return (s: string) => {
    let p: ParsedOtpauth;
    try {
      p = parse(s);
    } catch (e) {
      expect(e).toBeInstanceOf(OtpauthError);
      expect((e as OtpauthError).message.length).toBeGreaterThan(10);
      return;
    }
    // Whatever parses is a usable account, and survives a format/parse round trip.
    expect(p.secret).toMatch(/^[A-Z2-7]+$/);
    expect(p.digits).toBeGreaterThanOrEqual(p.type === 'steam' ? 5 : 6);
    expect(parseOtpauthUri(formatOtpauthUri(p))).toEqual(p);
  };
}

describe('otpauth properties', () => {
  it('format then parse gives the same account', () => {
    fc.assert(
      fc.property(account, (a) => {
        expect(parseOtpauthUri(formatOtpauthUri(a))).toEqual(a);
      }),
      { numRuns: 2000 },
    );
  });

  it('the parser throws nothing but OtpauthError on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), onlyOtpauthErrors(parseOtpauthUri)), { numRuns: 2000 });
    fc.assert(fc.property(fc.string({ unit: 'binary' }), onlyOtpauthErrors(parseSecretOrUri)), { numRuns: 2000 });
  });

  it('the parser throws nothing but OtpauthError on otpauth-ish strings', () => {
    fc.assert(fc.property(otpauthish, onlyOtpauthErrors(parseOtpauthUri)), { numRuns: 5000 });
    fc.assert(fc.property(otpauthish, onlyOtpauthErrors(parseSecretOrUri)), { numRuns: 2000 });
    onlyOtpauthErrors(parseOtpauthUri)('otpauth://totp/a\uD800:b?secret=AAAA&issuer=\uDC00');
    expect(parseOtpauthUri('otpauth://totp/a\uD800:b?secret=AAAA').issuer).toBe('a\uFFFD');
  });
});
