import { SecretError } from './errors';

export { SecretError };

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Longer than any real OTP secret (~320 bytes); guards against pasting a whole document. */
const MAX_SECRET_CHARS = 512;

const HINTS: Record<string, string> = {
  '0': ' (did you mean the letter O?)',
  '1': ' (did you mean the letter I or L?)',
  '8': ' (did you mean the letter B?)',
  '=': ' ("=" padding may only come at the end)',
};

/** `"x" at position n, which is not base32 (hint)` — control characters are shown as U+XXXX. */
function describeBadChar(ch: string, position: number): string {
  const code = ch.codePointAt(0) ?? 0;
  const shown = code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `"${ch}"`;
  return `${shown} at position ${position}, which is not base32${HINTS[ch] ?? ''}`;
}

/**
 * Normalise a secret as users paste it: spaces and dashes between groups, lower case, missing or extra
 * trailing "=" padding are all fine. The result is upper case with no padding. Anything else throws a SecretError whose
 * message names the offending character and its position.
 */
export function normalizeSecret(input: string): string {
  if (typeof input !== 'string') throw new SecretError('The secret must be text.');
  const chars = Array.from(input);
  let out = '';
  let padding = false;
  for (const [k, raw] of chars.entries()) {
    if (/[\s-]/.test(raw)) continue;
    const ch = /^[a-z]$/.test(raw) ? raw.toUpperCase() : raw;
    if (ch === '=') padding = true;
    else if (padding || ch.length !== 1 || !ALPHABET.includes(ch)) {
      const bad = padding ? '=' : raw;
      const at = padding ? chars.lastIndexOf('=', k) : k;
      throw new SecretError(
        `The secret has ${describeBadChar(bad, at + 1)}. Base32 secrets use only the letters A–Z and the digits 2–7.`,
      );
    } else out += ch;
    if (out.length > MAX_SECRET_CHARS) {
      throw new SecretError(`The secret is too long; OTP secrets are at most ${MAX_SECRET_CHARS} characters.`);
    }
  }
  if (!out) throw new SecretError('The secret is empty.');
  return out;
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
