import { browser } from 'wxt/browser';
import { captureRegion, dataUrlToBlob } from './capture-region';
import { locateImageInPage, readImageInPage, selectRegionInPage, type SelectedRegion } from './page-scripts';
import type { PendingScan } from './pending-scan';
import { scanImageBlob, type ScanOutcome } from './scan-image';

export const REGION_PROMPT = 'Drag a rectangle around the QR code (Esc to cancel)';

const CANNOT_READ_IMAGE =
  'This image could not be read from the page. Use "Scan QR code on this page" instead, or save the image and choose it in the extension.';

/** Decodes what a context-menu scan points at (runs in the scan window). */
export async function runPendingScan(scan: PendingScan): Promise<ScanOutcome> {
  if (scan.source === 'error') return { kind: 'error', message: scan.message };
  if (scan.source === 'page') return scanImageBlob(dataUrlToBlob(scan.dataUrl));
  const blob = await fetchImage(scan.srcUrl, scan.tabId, scan.frameId);
  if (blob) return scanImageBlob(blob);
  if (scan.tabId !== undefined && (scan.frameId ?? 0) === 0) {
    const shown = await scanImageAsShown(scan.tabId, scan.srcUrl);
    if (shown) return shown;
  }
  return { kind: 'error', message: CANNOT_READ_IMAGE };
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

/** Last resort for a cross-origin image nobody may download: read it as the tab shows it (a screenshot crop). */
async function scanImageAsShown(tabId: number, srcUrl: string): Promise<ScanOutcome | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: locateImageInPage,
      args: [srcUrl],
    });
    const region = injection?.result as SelectedRegion | null | undefined;
    if (!region || tab.windowId === undefined) return null;
    const { capture, crop } = await captureRegion(tab.windowId, region, 0.04);
    return await scanImageBlob(capture, crop);
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
  const { capture, crop } = await captureRegion(windowId, region, 0.08);
  return scanImageBlob(capture, crop);
}
