import { readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
import { cropImage, downscaleImage, upscaleImage, type RgbaImage } from './rgba-image';

/** How long the extra passes may run after the first one (the first always runs). */
export const DEFAULT_BUDGET_MS = 1500;
const MAX_SYMBOLS = 16;

const BASE: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  tryRotate: true,
  tryInvert: true,
  tryDownscale: true,
  maxNumberOfSymbols: MAX_SYMBOLS,
  textMode: 'Plain',
};

interface Pass {
  readonly name: string;
  /** The image this pass reads (null: the pass does not apply to this image). */
  image(img: RgbaImage): RgbaImage | null;
  options: ReaderOptions;
}

const same = (img: RgbaImage) => img;
const minSide = (img: RgbaImage) => Math.min(img.width, img.height);

/**
 * The passes, cheapest and most productive first. Each one was chosen because it reads codes the
 * ones before it miss: a global threshold for unevenly lit prints, averaging downscales for noisy
 * camera frames and oversampled screenshots, bilinear upscales for tiny codes, and overlapping
 * crops for a small code in a large busy picture.
 */
const PASSES: Pass[] = [
  { name: 'local', image: same, options: BASE },
  { name: 'global', image: same, options: { ...BASE, binarizer: 'GlobalHistogram' } },
  {
    name: 'half-global',
    image: (i) => (minSide(i) >= 120 ? downscaleImage(i, 0.5) : null),
    options: { ...BASE, binarizer: 'GlobalHistogram' },
  },
  { name: 'half', image: (i) => (minSide(i) >= 120 ? downscaleImage(i, 0.5) : null), options: BASE },
  { name: 'denoise', image: same, options: { ...BASE, tryDenoise: true } },
  {
    name: 'three-quarter-global',
    image: (i) => (minSide(i) >= 160 ? downscaleImage(i, 0.75) : null),
    options: { ...BASE, binarizer: 'GlobalHistogram', tryDenoise: true },
  },
  { name: 'quarter', image: (i) => (minSide(i) >= 240 ? downscaleImage(i, 0.25) : null), options: BASE },
  {
    name: 'double',
    image: (i) => (minSide(i) <= 800 ? upscaleImage(i, 2) : null),
    options: { ...BASE, binarizer: 'GlobalHistogram' },
  },
  ...[
    [0, 0],
    [0.5, 0],
    [0, 0.5],
    [0.5, 0.5],
    [0.25, 0.25],
  ].map(([fx, fy]): Pass => ({
    name: `crop-${fx}-${fy}`,
    image: (i) =>
      minSide(i) >= 200
        ? cropImage(i, { x: i.width * fx!, y: i.height * fy!, width: i.width / 2, height: i.height / 2 })
        : null,
    options: BASE,
  })),
];

export interface DecodeReport {
  /** Every distinct text read, in reading order. */
  texts: string[];
  /** The pass that read them (undefined when none did). */
  pass?: string;
  elapsedMs: number;
}

/**
 * Reads every QR code in `img`. Runs passes until one reads something or the time budget is spent;
 * only codes whose error correction succeeded count, so a pattern that merely looks like a QR code
 * is never reported.
 */
export async function decodeQrImage(img: RgbaImage, budgetMs = DEFAULT_BUDGET_MS): Promise<DecodeReport> {
  const started = performance.now();
  for (const pass of PASSES) {
    if (pass !== PASSES[0] && performance.now() - started > budgetMs) break;
    const input = pass.image(img);
    if (!input) continue;
    const results = await readBarcodes(input as ImageData, pass.options);
    const texts = unique(results.filter((r) => r.isValid && r.text.length > 0).map((r) => r.text));
    if (texts.length > 0) return { texts, pass: pass.name, elapsedMs: performance.now() - started };
  }
  return { texts: [], elapsedMs: performance.now() - started };
}

function unique(texts: string[]): string[] {
  return [...new Set(texts)];
}
