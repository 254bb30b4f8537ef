import { base64Encode, BinaryWriter } from '@bufbuild/protobuf/wire';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeMigrationUri, MigrationError } from './google-migration';

function entry(name: string, algorithm: number, type = 2, counter = 0): Uint8Array {
  const w = new BinaryWriter();
  w.tag(1, 2).bytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  w.tag(2, 2).string(name).tag(3, 2).string('Acme');
  w.tag(4, 0).int32(algorithm).tag(5, 0).int32(1).tag(6, 0).int32(type).tag(7, 0).int64(counter);
  return w.finish();
}
const link = (bytes: Uint8Array, enc: 'std' | 'url' = 'url') =>
  `otpauth-migration://offline?data=${encodeURIComponent(base64Encode(bytes, enc))}`;

describe('google migration robustness', () => {
  it('skips an MD5 entry with its reason and keeps the others', () => {
    const w = new BinaryWriter();
    w.tag(1, 2)
      .bytes(entry('Acme:md5@example.com', 4))
      .tag(1, 2)
      .bytes(entry('Acme:ok@example.com', 2, 1, 42));
    w.tag(2, 0).int32(1).tag(3, 0).int32(2).tag(4, 0).int32(1).tag(5, 0).int32(-12345);
    const out = decodeMigrationUri(link(w.finish(), 'std'));
    expect(out.accounts).toEqual([
      {
        type: 'hotp',
        issuer: 'Acme',
        accountName: 'ok@example.com',
        secret: 'AEBAGBAFAYDQQCIK',
        algorithm: 'SHA256',
        digits: 6,
        period: 30,
        counter: 42,
      },
    ]);
    expect(out.skipped).toEqual([
      { name: 'Acme (Acme:md5@example.com)', reason: 'it uses MD5, which is not supported' },
    ]);
    expect(out.batch).toEqual({ index: 1, size: 2, id: -12345 });
  });

  it('throws nothing but MigrationError on arbitrary payloads and strings', () => {
    const check = (uri: string) => {
      try {
        const out = decodeMigrationUri(uri);
        expect(out.accounts.length + out.skipped.length).toBeGreaterThan(0);
      } catch (e) {
        expect(e).toBeInstanceOf(MigrationError);
      }
    };
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => check(link(b))),
      { numRuns: 3000 },
    );
    const valid = new BinaryWriter().tag(1, 2).bytes(entry('x', 1)).finish();
    fc.assert(
      fc.property(fc.nat(valid.length), fc.nat(255), (i, v) => {
        const b = valid.slice();
        b[i] = v;
        check(link(b));
        check(link(valid.subarray(0, i)));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => check(`otpauth-migration://offline?data=${s}`)));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), check));
  });
});
