import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withCorpus } from '@/test/support/corpus-suite';
import { FIXTURES } from '@/test/support/paths';
import { decodeBase32 } from './base32';
import { SecretError } from './errors';
import { generateCode, nextWindowCode, secondsLeft } from './generate';
import { parseSecretOrUri } from './parse-input';
import type { OtpAlgorithm, OtpParams } from './types';

interface Vec {
  [k: string]: unknown;
}
type Vectors = Partial<Record<string, Vec & { vectors: Vec[] }>>;
const load = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as Vectors;
const totp = (secret: string, o: Partial<OtpParams> = {}): OtpParams => ({
  type: 'totp',
  secret,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  ...o,
});
const ms = (v: Vec) => Number(v.time) * 1000;

/** Every group of vectors a file holds (the RFC ones in ours; the corpus adds Steam, KeePassXC, Bitwarden…). */
function vectorSuite(name: string, V: Vectors) {
  describe(name, () => {
    const hotp = V.rfc4226_hotp;
    if (hotp)
      it.each(hotp.vectors)('rfc4226_hotp counter $counter → $hotp', async (v) => {
        const p = totp(String(hotp.secret_base32), { type: 'hotp', counter: Number(v.counter) });
        expect(await generateCode(p)).toBe(v.hotp);
      });

    if (V.rfc6238_totp)
      it.each(V.rfc6238_totp.vectors)('rfc6238_totp $algorithm t=$time → $totp', async (v) => {
        const p = totp(String(v.secret_base32), { algorithm: v.algorithm as OtpAlgorithm, digits: 8 });
        expect(await generateCode(p, ms(v))).toBe(v.totp);
        expect(await generateCode({ ...p, digits: 6 }, ms(v))).toBe(v.totp_6digit);
      });

    const steam = V.steam_guard?.vectors ?? [];
    if (steam.length)
      it.each(steam.filter((v) => !v.note))('steam_guard $secret_base32 t=$time → $code', async (v) => {
        const p = v.uri ? parseSecretOrUri(String(v.uri)) : totp(String(v.secret_base32), { type: 'steam' });
        expect(p.type).toBe('steam');
        expect(await generateCode(p, ms(v))).toBe(v.code);
      });

    if (steam.length)
      it.each(steam.filter((v) => v.note))(
        'steam_guard lenient-only $uri is rejected, naming the bad character',
        (v) => {
          expect(() => parseSecretOrUri(String(v.uri))).toThrow(
            /"1" at position 5, which is not base32 \(did you mean the letter I or L\?\)/,
          );
        },
      );

    if (V.keepassxc_6digit)
      it.each(V.keepassxc_6digit.vectors)('keepassxc_6digit t=$time → $code', async (v) => {
        expect(await generateCode(totp(String(v.secret_base32), { digits: Number(v.digits) }), ms(v))).toBe(v.code);
      });

    const bw = V.bitwarden_sdk?.vectors ?? [];
    if (bw.length)
      it.each(bw.filter((v) => !v.lenient_only))('bitwarden_sdk $key → $code', async (v) => {
        expect(await generateCode(parseSecretOrUri(String(v.key)), ms(v))).toBe(v.code);
      });

    // "lenient_only": Bitwarden drops characters that are not base32. We refuse them and say which one is wrong...
    const notBase32 = (v: Vec) => /[^A-Za-z2-7=]/.test(String(v.key));
    if (bw.length)
      it.each(bw.filter((v) => v.lenient_only && notBase32(v)))('bitwarden_sdk lenient-only $key is rejected', (v) => {
        expect(() => parseSecretOrUri(String(v.key))).toThrow(
          /has "1" at position \d+, which is not base32.*letters A–Z and the digits 2–7/,
        );
      });
    // ...but keys made only of base32 letters are plain base32 of an odd length: a standard decoder gives Bitwarden's code.
    if (bw.length)
      it.each(bw.filter((v) => v.lenient_only && !notBase32(v)))(
        'bitwarden_sdk odd-length base32 $key → $code',
        async (v) => {
          expect(await generateCode(parseSecretOrUri(String(v.key)), ms(v))).toBe(v.code);
        },
      );

    const gm = V.google_migration_eval;
    if (gm)
      it.each(gm.vectors ?? (gm as unknown as Vec[]))('google_migration_eval $secret_base32 → $code', async (v) => {
        expect(await generateCode(totp(String(v.secret_base32)), ms(v))).toBe(v.code);
      });
  });
}

vectorSuite('RFC 4226 and RFC 6238 vectors (test/fixtures/otp-vectors.json)', load(join(FIXTURES, 'otp-vectors.json')));
withCorpus('vectors/otp-vectors.json', 'otp-vectors.json', (file) => vectorSuite('otp-vectors.json', load(file)));

describe('generateCode edge cases', () => {
  it('accepts the secret as users paste it', async () => {
    const t = 1672531200_000;
    expect(await generateCode(totp('wqiq 25br-kzyc jvyp=='), t)).toBe('194506');
  });
  it('throws SecretError for a bad secret and RangeError for impossible parameters', async () => {
    await expect(generateCode(totp('WQIQ25BRKZYCJVY0'))).rejects.toThrow(SecretError);
    await expect(generateCode(totp('WQIQ25BRKZYCJVYP', { digits: 9 }))).rejects.toThrow(RangeError);
    await expect(generateCode(totp('WQIQ25BRKZYCJVYP', { period: 0 }))).rejects.toThrow(RangeError);
  });
  it('computes degenerate secrets shorter than one byte ("A") like HMAC with an empty key', async () => {
    const mac = createHmac('sha1', Buffer.alloc(0))
      .update(Buffer.from([0, 0, 0, 0, 0, 0, 0, 1]))
      .digest();
    const off = mac[19]! & 15;
    const expected = String((mac.readUInt32BE(off) & 0x7fffffff) % 1e6).padStart(6, '0');
    expect(await generateCode(totp('A'), 59_000)).toBe(expected);
  });
  it('computes Steam Guard codes as an independent HMAC-SHA1 implementation does', async () => {
    const ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';
    const steamCode = (key: Buffer, t: number) => {
      const counter = Buffer.alloc(8);
      counter.writeBigUInt64BE(BigInt(Math.floor(t / 30_000)));
      const mac = createHmac('sha1', key).update(counter).digest();
      let n = mac.readUInt32BE(mac[19]! & 15) & 0x7fffffff;
      let code = '';
      for (let i = 0; i < 5; i++, n = Math.floor(n / 26)) code += ALPHABET[n % 26];
      return code;
    };
    const secret = 'HXDMVJECJJWSRB3HWIZR4IFUGFTMXBOZ';
    const key = Buffer.from(decodeBase32(secret));
    for (const t of [0, 59_000, 1511200518_000, 1672531200_000, 2e12]) {
      expect(await generateCode(parseSecretOrUri(`steam://${secret}`), t), String(t)).toBe(steamCode(key, t));
    }
  });
  it('supports periods longer than an hour and 7 digits', async () => {
    expect(await generateCode(totp('WQIQ25BRKZYCJVYP', { period: 90000, digits: 7 }), 1e12)).toMatch(/^\d{7}$/);
  });
  it('gives the next window code and the next HOTP counter code', async () => {
    const p = totp('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', { digits: 8 });
    expect(await nextWindowCode(p, 29_000)).toBe('94287082');
    const h = { ...p, type: 'hotp' as const, digits: 6, counter: 0 };
    expect(await nextWindowCode(h)).toBe('287082');
  });
  it('counts the seconds left in the window', () => {
    expect(secondsLeft(30, 0)).toBe(30);
    expect(secondsLeft(30, 29_999)).toBe(1);
    expect(secondsLeft(30, 30_000)).toBe(30);
    expect(secondsLeft(60, 1672531215_500)).toBe(45);
  });
});
