/** Lenient decoders for the encodings other apps use in their exports. Each throws a plain Error on bad input. */

/** Standard or URL-safe base64, padding optional, whitespace and JSON's escaped slashes ignored. */
export function base64Bytes(text: string): Uint8Array<ArrayBuffer> {
  const clean = text
    .replace(/[\s\\]/g, '')
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .replace(/=+$/, '');
  if (!/^[A-Za-z0-9+/]*$/.test(clean) || clean.length % 4 === 1) throw new Error('not base64');
  const binary = atob(clean + '='.repeat((4 - (clean.length % 4)) % 4));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export function hexBytes(text: string): Uint8Array<ArrayBuffer> {
  const clean = text.replace(/\s/g, '');
  if (!/^(?:[0-9a-f]{2})*$/i.test(clean)) throw new Error('not hex');
  return Uint8Array.from(clean.match(/../g) ?? [], (h) => parseInt(h, 16));
}

/** Java's signed bytes (-128..127), as FreeOTP stores secrets. */
export function signedBytes(values: unknown): Uint8Array<ArrayBuffer> {
  if (!Array.isArray(values) || values.some((v) => !Number.isInteger(v) || v < -128 || v > 255)) {
    throw new Error('not a byte array');
  }
  return Uint8Array.from(values as number[], (v) => v & 0xff);
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** UTF-8 text, or null when the bytes are not UTF-8 (or hold NUL characters, as binary files do). */
export function utf8Text(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\0') ? null : text.replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

export function startsWithAscii(bytes: Uint8Array, magic: string): boolean {
  return bytes.length >= magic.length && [...magic].every((c, i) => bytes[i] === c.charCodeAt(0));
}
