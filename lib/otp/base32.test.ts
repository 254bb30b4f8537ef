import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase32, encodeBase32, normalizeSecret, SecretError } from './base32';

describe('normalizeSecret', () => {
  it.each([
    ['jbsw y3dp ehpk 3pxp', 'JBSWY3DPEHPK3PXP'],
    ['JBSW-Y3DP-EHPK-3PXP', 'JBSWY3DPEHPK3PXP'],
    ['  JBSWY3DPEHPK3PXP\n', 'JBSWY3DPEHPK3PXP'],
    ['PIUDISEQYA', 'PIUDISEQYA'],
    ['PIUDISEQYA======', 'PIUDISEQYA'],
    ['PIUDISEQYA==========', 'PIUDISEQYA'],
    ['piud\u00a0iseq ya=', 'PIUDISEQYA'],
  ])('%j → %s', (input, out) => {
    expect(normalizeSecret(input)).toBe(out);
  });

  it.each([
    ['', /empty/],
    [' - = ', /empty/],
    ['JBSWY3DPEHPK3PX0', /"0" at position 16, which is not base32 \(did you mean the letter O\?\)/],
    ['JBSW Y3DP EHPK 3PX1', /"1" at position 19.*letter I or L/],
    ['JBSWY3DP8', /"8" at position 9.*letter B/],
    ['JBSW=Y3DP', /"=" at position 5.*padding may only come at the end/],
    ['JBSW_Y3DP', /"_" at position 5, which is not base32\./],
    ['JBSWY3DPé', /"é" at position 9/],
    ['JBSWıY3DP', /"ı" at position 5/],
    ['JBSW\u0007', /U\+0007 at position 5/],
    ['A'.repeat(600), /too long/],
  ])('rejects %j with a message saying what is wrong', (input, msg) => {
    expect(() => normalizeSecret(input)).toThrow(SecretError);
    expect(() => normalizeSecret(input)).toThrow(msg);
  });

  it('accepts exactly the base32 alphabet, any case, with separators and padding', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcxyz -'), minLength: 1 }),
        (s) => {
          const compact = s.replace(/[ -]/g, '').toUpperCase();
          if (!compact) expect(() => normalizeSecret(s)).toThrow(SecretError);
          else expect(normalizeSecret(`${s}===`)).toBe(compact);
        },
      ),
    );
  });

  it('throws only SecretError on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        try {
          expect(normalizeSecret(s)).toMatch(/^[A-Z2-7]+$/);
        } catch (e) {
          expect(e).toBeInstanceOf(SecretError);
        }
      }),
    );
  });
});

describe('base32 bytes', () => {
  it('decodes RFC 4648 test strings', () => {
    const text = (s: string) => new TextDecoder().decode(decodeBase32(s));
    expect(text('MZXW6YTBOI======')).toBe('foobar');
    expect(text('MZXW6YQ=')).toBe('foob');
    expect(text('my')).toBe('f');
    expect(decodeBase32('A')).toEqual(new Uint8Array(0));
  });

  it('round-trips bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (bytes) => {
        expect(decodeBase32(encodeBase32(bytes))).toEqual(bytes);
      }),
    );
  });
});
