/** Files larger than this are refused before decoding (a phone photo is a few MB). */
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Decoded images with more pixels than this are refused (about 8000 × 5000). */
export const MAX_IMAGE_PIXELS = 40_000_000;

export type ImageKind = 'png' | 'jpeg' | 'gif' | 'webp' | 'bmp' | 'avif';

/** Names the image format from the file's first bytes (its name and declared type can lie). */
export function sniffImageKind(bytes: Uint8Array): ImageKind | null {
  const at = (offset: number, ...values: number[]) => values.every((v, i) => bytes[offset + i] === v);
  const ascii = (offset: number, text: string) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'jpeg';
  if (ascii(0, 'GIF87a') || ascii(0, 'GIF89a')) return 'gif';
  if (ascii(0, 'RIFF') && ascii(8, 'WEBP')) return 'webp';
  if (ascii(0, 'BM') && bytes.length > 26) return 'bmp';
  if (ascii(4, 'ftypavif') || ascii(4, 'ftypavis')) return 'avif';
  return null;
}

/** Why an input cannot be scanned, in words a user can act on. */
export class ImageInputError extends Error {
  override name = 'ImageInputError';
  constructor(
    readonly reason: 'not-an-image' | 'too-large' | 'unreadable' | 'empty',
    message: string,
  ) {
    super(message);
  }
}

/** Checks an image file's size and first bytes (the whole file or at least its first 64 bytes). */
export function checkImageFile(size: number, head: Uint8Array): ImageKind {
  if (size === 0) throw new ImageInputError('empty', 'This file is empty.');
  if (size > MAX_IMAGE_BYTES) {
    const mb = Math.round(size / 1024 / 1024);
    throw new ImageInputError(
      'too-large',
      `This image is too large (${mb} MB; the limit is ${MAX_IMAGE_BYTES / 1024 / 1024} MB). Crop it or take a screenshot of the QR code.`,
    );
  }
  const kind = sniffImageKind(head);
  if (!kind) {
    throw new ImageInputError(
      'not-an-image',
      'This file is not an image. Choose a PNG, JPEG, WebP or GIF picture of the QR code.',
    );
  }
  return kind;
}
