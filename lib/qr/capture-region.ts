import { browser } from 'wxt/browser';
import type { SelectedRegion } from './page-scripts';
import type { PixelRect } from './rgba-image';

/** The tab's visible area as a PNG, and the crop (in its device pixels) that covers `region`. */
export async function captureRegion(
  windowId: number,
  region: SelectedRegion,
  marginRatio: number,
): Promise<{ capture: Blob; crop: PixelRect }> {
  const capture = dataUrlToBlob(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
  const bitmap = await createImageBitmap(capture);
  // The capture is in device pixels; the rectangle in CSS pixels (zoom and devicePixelRatio included).
  const scale = bitmap.width / region.viewportWidth;
  // A little margin gives the decoder the quiet zone a tight rectangle cuts off.
  const margin = Math.round(Math.max(region.width, region.height) * scale * marginRatio);
  const x = Math.max(0, Math.round(region.x * scale) - margin);
  const y = Math.max(0, Math.round(region.y * scale) - margin);
  const crop = {
    x,
    y,
    width: Math.max(1, Math.min(bitmap.width - x, Math.round(region.width * scale) + 2 * margin)),
    height: Math.max(1, Math.min(bitmap.height - y, Math.round(region.height * scale) + 2 * margin)),
  };
  bitmap.close();
  return { capture, crop };
}

export function dataUrlToBlob(dataUrl: string): Blob {
  const comma = dataUrl.indexOf(',');
  const header = dataUrl.slice(5, comma);
  const body = dataUrl.slice(comma + 1);
  const type = header.split(';')[0] || 'application/octet-stream';
  if (header.endsWith(';base64')) {
    const binary = atob(body);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return new Blob([bytes], { type });
  }
  return new Blob([decodeURIComponent(body)], { type });
}
