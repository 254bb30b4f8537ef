/** Pixels as a canvas gives them (RGBA, row major). Structurally an `ImageData`, so it also works in node. */
export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** A rectangle in pixels of the image it applies to. */
export interface PixelRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Copies a rectangle out of `img` (clamped to the image). */
export function cropImage(img: RgbaImage, rect: PixelRect): RgbaImage {
  const x0 = clamp(Math.floor(rect.x), 0, img.width - 1);
  const y0 = clamp(Math.floor(rect.y), 0, img.height - 1);
  const width = clamp(Math.round(rect.width), 1, img.width - x0);
  const height = clamp(Math.round(rect.height), 1, img.height - y0);
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const start = ((y0 + y) * img.width + x0) * 4;
    data.set(img.data.subarray(start, start + width * 4), y * width * 4);
  }
  return { data, width, height };
}

/** Shrinks by `factor` (< 1), averaging each source area: keeps thin modules and smooths camera noise. */
export function downscaleImage(img: RgbaImage, factor: number): RgbaImage {
  const width = Math.max(1, Math.round(img.width * factor));
  const height = Math.max(1, Math.round(img.height * factor));
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    const sy0 = Math.floor(y / factor);
    const sy1 = Math.max(sy0 + 1, Math.min(img.height, Math.floor((y + 1) / factor)));
    for (let x = 0; x < width; x++) {
      const sx0 = Math.floor(x / factor);
      const sx1 = Math.max(sx0 + 1, Math.min(img.width, Math.floor((x + 1) / factor)));
      let r = 0;
      let g = 0;
      let b = 0;
      for (let sy = sy0; sy < sy1; sy++) {
        for (let sx = sx0; sx < sx1; sx++) {
          const i = (sy * img.width + sx) * 4;
          r += img.data[i]!;
          g += img.data[i + 1]!;
          b += img.data[i + 2]!;
        }
      }
      const n = (sy1 - sy0) * (sx1 - sx0);
      const o = (y * width + x) * 4;
      data[o] = r / n;
      data[o + 1] = g / n;
      data[o + 2] = b / n;
      data[o + 3] = 255;
    }
  }
  return { data, width, height };
}

/** Enlarges by `factor` (> 1) with bilinear interpolation: gives tiny codes enough pixels per module. */
export function upscaleImage(img: RgbaImage, factor: number): RgbaImage {
  const width = Math.round(img.width * factor);
  const height = Math.round(img.height * factor);
  const data = new Uint8ClampedArray(width * height * 4);
  const maxX = Math.max(0, img.width - 1);
  const maxY = Math.max(0, img.height - 1);
  for (let y = 0; y < height; y++) {
    const sy = clamp((y + 0.5) / factor - 0.5, 0, maxY);
    const y0 = Math.floor(sy);
    const y1 = Math.min(maxY, y0 + 1);
    const fy = sy - y0;
    for (let x = 0; x < width; x++) {
      const sx = clamp((x + 0.5) / factor - 0.5, 0, maxX);
      const x0 = Math.floor(sx);
      const x1 = Math.min(maxX, x0 + 1);
      const fx = sx - x0;
      const o = (y * width + x) * 4;
      for (let c = 0; c < 3; c++) {
        const top = img.data[(y0 * img.width + x0) * 4 + c]! * (1 - fx) + img.data[(y0 * img.width + x1) * 4 + c]! * fx;
        const bottom =
          img.data[(y1 * img.width + x0) * 4 + c]! * (1 - fx) + img.data[(y1 * img.width + x1) * 4 + c]! * fx;
        data[o + c] = top * (1 - fy) + bottom * fy;
      }
      data[o + 3] = 255;
    }
  }
  return { data, width, height };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, v));
}
