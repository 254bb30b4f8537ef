import { SecretError } from './errors';

export { SecretError };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Longer than any real OTP secret (~320 bytes); guards against pasting a whole document. */
const MAX_SECRET_CHARS = 512;

function describeChar(ch: string): string {
  if (ch === '=') return 'a padding "=" before the end';
  const code = ch.codePointAt(0) ?? 0;
  const shown = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
  const hint: Record<string, string> = {
    '0': ' (did you mean the letter O?)',
    '1': ' (did you mean the letter I or L?)',
    '8': ' (did you mean the letter B?)',
  };
  return `${shown}${hint[ch] ?? ''}`;
}

/**
 * Normalise a secret as users paste it: spaces and dashes between groups, lower case, missing or extra
 * trailing "=" padding are all fine. The result is upper case with no padding. Anything else throws a SecretError whose
 * message names the offending character and its position.
 */
export function normalizeSecret(input: string): string {
  if (typeof input !== 'string') throw new SecretError('The secret must be text.');
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  const s = compact.replace(/=+$/, '');
  if (!s) throw new SecretError('The secret is empty.');
  if (s.length > MAX_SECRET_CHARS) {
    throw new SecretError(`The secret is ${s.length} characters long; OTP secrets are at most ${MAX_SECRET_CHARS}.`);
  }
  const chars = Array.from(s);
  const i = chars.findIndex((c) => !ALPHABET.includes(c));
  if (i >= 0) {
    throw new SecretError(
      `The secret has ${describeChar(chars[i] ?? '')} at position ${i + 1}; base32 secrets use only the letters A–Z and the digits 2–7.`,
    );
  }
  return s;
}

/** Decode a base32 secret (normalising it first) to bytes. Leftover bits of a partial last group are dropped. */
export function decodeBase32(secret: string): Uint8Array {
  const s = normalizeSecret(secret);
  const out = new Uint8Array(Math.floor((s.length * 5) / 8));
  let bits = 0;
  let value = 0;
  let n = 0;
  for (const ch of s) {
    value = ((value << 5) | ALPHABET.indexOf(ch)) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Encode bytes as upper-case base32 without padding. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (const b of bytes) {
    value = ((value << 8) | b) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(value >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}
