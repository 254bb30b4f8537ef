import { describe, expect, it } from 'vitest';
import { sniffImageKind } from './image-file';

describe('sniffImageKind', () => {
  it('names formats by their first bytes, whatever the file is called', () => {
    const bytes = (...b: number[]) => new Uint8Array(b);
    const ascii = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
    expect(sniffImageKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffImageKind(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffImageKind(ascii('GIF89a'))).toBe('gif');
    expect(sniffImageKind(ascii('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(sniffImageKind(ascii('otpauth://totp/x?secret=A'))).toBeNull();
  });
});
