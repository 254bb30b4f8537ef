import jsQR from 'jsqr';
import { prepareZXingModule } from 'zxing-wasm/reader';
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';
import { decodeQrImage } from '@/lib/qr/decode';
import { checkImageFile } from '@/lib/qr/image-file';
import { rasterize } from '@/lib/qr/scan-image';

/** One image, read by our decoder and by jsQR from the same pixels. Times cover decoding only. */
export interface BenchRow {
  error?: string;
  ours: { texts: string[]; ms: number };
  jsqr: { texts: string[]; ms: number };
}

async function run(url: string): Promise<BenchRow> {
  const blob = await (await fetch(url)).blob();
  try {
    checkImageFile(blob.size, new Uint8Array(await blob.slice(0, 64).arrayBuffer()));
    const img = await rasterize(blob);
    let t = performance.now();
    const ours = await decodeQrImage(img);
    const oursMs = performance.now() - t;
    t = performance.now();
    const found = jsQR(img.data, img.width, img.height);
    const jsqrMs = performance.now() - t;
    return {
      ours: { texts: ours.texts, ms: oursMs },
      jsqr: { texts: found && found.data ? [found.data] : [], ms: jsqrMs },
    };
  } catch (error) {
    return { error: (error as Error).message, ours: { texts: [], ms: 0 }, jsqr: { texts: [], ms: 0 } };
  }
}

async function warmUp(): Promise<void> {
  prepareZXingModule({ overrides: { locateFile: () => new URL(wasmUrl, location.href).href } });
  await decodeQrImage(new ImageData(8, 8));
}

Object.assign(window, { benchRun: run, benchReady: warmUp() });
document.getElementById('ready')!.textContent = 'ready';
