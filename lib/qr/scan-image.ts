import { classifyQrText, type QrContent } from './classify';
import { decodeQrImage } from './decode';
import { checkImageFile, ImageInputError, MAX_IMAGE_PIXELS } from './image-file';
import type { PixelRect, RgbaImage } from './rgba-image';
import { useBundledZxing } from './zxing-browser';

/** What scanning one image gave, ready for the UI. */
export type ScanOutcome =
  { kind: 'found'; contents: QrContent[] } | { kind: 'none'; message: string } | { kind: 'error'; message: string };

export const NO_QR_MESSAGE =
  'No QR code found in this image. Make sure the whole code is visible, sharp and not cut off; try a larger or closer picture, or crop around the code.';

/** Decodes every QR code in an image file (browser only: uses createImageBitmap). */
export async function scanImageBlob(blob: Blob, crop?: PixelRect): Promise<ScanOutcome> {
  try {
    checkImageFile(blob.size, new Uint8Array(await blob.slice(0, 64).arrayBuffer()));
    return await scanPixels(await rasterize(blob, crop));
  } catch (error) {
    if (error instanceof ImageInputError) return { kind: 'error', message: error.message };
    return { kind: 'error', message: `This image could not be read (${(error as Error).message}).` };
  }
}

/** Decodes pixels already in memory. */
export async function scanPixels(img: RgbaImage): Promise<ScanOutcome> {
  useBundledZxing();
  const { texts } = await decodeQrImage(img);
  if (texts.length === 0) return { kind: 'none', message: NO_QR_MESSAGE };
  return { kind: 'found', contents: texts.map(classifyQrText) };
}

/** Draws an image file (optionally one rectangle of it) into pixels. */
export async function rasterize(blob: Blob, crop?: PixelRect): Promise<RgbaImage> {
  let bitmap: ImageBitmap;
  try {
    // The file's own pixel values: no colour-profile or gamma conversion to blur the code's contrast.
    bitmap = await createImageBitmap(blob, { colorSpaceConversion: 'none', premultiplyAlpha: 'none' });
  } catch {
    throw new ImageInputError(
      'unreadable',
      'This file looks like an image but could not be opened. It may be damaged.',
    );
  }
  const area = crop ?? { x: 0, y: 0, width: bitmap.width, height: bitmap.height };
  if (area.width * area.height > MAX_IMAGE_PIXELS) {
    bitmap.close();
    throw new ImageInputError('too-large', 'This image has too many pixels to scan. Crop it around the QR code.');
  }
  const canvas = new OffscreenCanvas(Math.max(1, area.width), Math.max(1, area.height));
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(bitmap, area.x, area.y, area.width, area.height, 0, 0, area.width, area.height);
  bitmap.close();
  return ctx.getImageData(0, 0, canvas.width, canvas.height);
}
