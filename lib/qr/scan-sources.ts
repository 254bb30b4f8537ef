import { browser } from 'wxt/browser';
import { readImageInPage, selectRegionInPage, type SelectedRegion } from './page-scripts';
import type { PendingScan } from './pending-scan';
import { scanImageBlob, type ScanOutcome } from './scan-image';

export const REGION_PROMPT = 'Drag a rectangle around the QR code (Esc to cancel)';

/** Decodes what a context-menu scan points at (runs in the scan window). */
export async function runPendingScan(scan: PendingScan): Promise<ScanOutcome> {
  if (scan.source === 'error') return { kind: 'error', message: scan.message };
  if (scan.source === 'page') return scanImageBlob(dataUrlToBlob(scan.dataUrl));
  const blob = await fetchImage(scan.srcUrl, scan.tabId, scan.frameId);
  if (!blob) {
    return {
      kind: 'error',
      message:
        'This image could not be downloaded from the page. Use "Scan QR code on this page" instead, or save the image and choose it in the extension.',
    };
  }
  return scanImageBlob(blob);
}

/**
 * Fetches the image the menu was opened on: directly (data: URLs, images served to anyone), else
 * from inside the page, which can read its own blob: URLs and images only it may fetch.
 */
async function fetchImage(srcUrl: string, tabId?: number, frameId?: number): Promise<Blob | null> {
  if (!srcUrl.startsWith('blob:')) {
    try {
      const response = await fetch(srcUrl, { credentials: 'omit' });
      if (response.ok) return await response.blob();
    } catch {
      // Not readable from here (CORS); try from the page.
    }
  }
  if (tabId === undefined) return null;
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId ?? 0] },
      func: readImageInPage,
      args: [srcUrl],
    });
    const dataUrl = injection?.result as string | null | undefined;
    return dataUrl ? dataUrlToBlob(dataUrl) : null;
  } catch {
    return null;
  }
}

/** Lets the user drag a rectangle over the tab, captures the tab again and decodes that area at full resolution. */
export async function scanSelectedRegion(tabId: number, windowId: number): Promise<ScanOutcome | null> {
  await browser.windows.update(windowId, { focused: true });
  await browser.tabs.update(tabId, { active: true });
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: selectRegionInPage,
    args: [REGION_PROMPT],
  });
  const region = injection?.result as SelectedRegion | null | undefined;
  if (!region) return null;
  const capture = dataUrlToBlob(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
  const bitmap = await createImageBitmap(capture);
  // The capture is in device pixels; the rectangle in CSS pixels (zoom and devicePixelRatio included).
  const scale = bitmap.width / region.viewportWidth;
  // A little margin gives the decoder the quiet zone a tight selection cuts off.
  const margin = Math.round(Math.max(region.width, region.height) * scale * 0.08);
  const x = Math.max(0, Math.round(region.x * scale) - margin);
  const y = Math.max(0, Math.round(region.y * scale) - margin);
  const crop = {
    x,
    y,
    width: Math.min(bitmap.width - x, Math.round(region.width * scale) + 2 * margin),
    height: Math.min(bitmap.height - y, Math.round(region.height * scale) + 2 * margin),
  };
  bitmap.close();
  return scanImageBlob(capture, crop);
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
