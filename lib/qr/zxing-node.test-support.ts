import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { prepareZXingModule } from 'zxing-wasm/reader';
import type { RgbaImage } from './rgba-image';

const require = createRequire(import.meta.url);

/** Node tests: load zxing's wasm from node_modules instead of fetching it. */
export function useNodeZxing(): void {
  const wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
  prepareZXingModule({
    overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer },
  });
}

interface PngModule {
  PNG: { sync: { read(buffer: Buffer): { data: Buffer; width: number; height: number } } };
}

/** Decodes a PNG file to pixels with pngjs (a dependency of `qrcode`). */
export function readPng(bytes: Buffer): RgbaImage {
  const { PNG } = require('pngjs') as PngModule;
  const png = PNG.sync.read(bytes);
  return {
    data: new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length),
    width: png.width,
    height: png.height,
  };
}
