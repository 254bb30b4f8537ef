import { describe, expect, it } from 'vitest';
import { cropImage, downscaleImage, upscaleImage, type RgbaImage } from './rgba-image';

function image(width: number, height: number, value: (x: number, y: number) => number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = value(x, y);
      data.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  return { data, width, height };
}
const grey = (img: RgbaImage, x: number, y: number) => img.data[(y * img.width + x) * 4];

describe('pixel helpers', () => {
  it('crops a rectangle and clamps it to the image', () => {
    const img = image(4, 4, (x, y) => x * 10 + y);
    const crop = cropImage(img, { x: 1, y: 2, width: 2, height: 2 });
    expect([crop.width, crop.height]).toEqual([2, 2]);
    expect([grey(crop, 0, 0), grey(crop, 1, 1)]).toEqual([12, 23]);
    expect(cropImage(img, { x: 3, y: 3, width: 10, height: 10 })).toMatchObject({ width: 1, height: 1 });
  });

  it('downscales by averaging each area', () => {
    const checker = image(4, 4, (x, y) => ((x + y) % 2 ? 255 : 0));
    const half = downscaleImage(checker, 0.5);
    expect([half.width, half.height]).toEqual([2, 2]);
    expect(grey(half, 0, 0)).toBe(128);
  });

  it('upscales keeping hard edges close to their place', () => {
    const bars = image(2, 1, (x) => (x === 0 ? 0 : 255));
    const big = upscaleImage(bars, 4);
    expect([big.width, big.height]).toEqual([8, 4]);
    expect(grey(big, 0, 0)).toBe(0);
    expect(grey(big, 7, 3)).toBe(255);
  });
});
