import { browser, type Browser } from 'wxt/browser';
import { handle } from '@/lib/messaging/handle';
import { qrScansItem } from '@/lib/storage/items';
import { newScanId, withScan, type PendingScan } from './pending-scan';

export const MENU_SCAN_IMAGE = 'qr-scan-image';
export const MENU_SCAN_PAGE = 'qr-scan-page';

/** Registers the QR context menus and messages in the background. */
export function registerQrHandlers(): void {
  browser.runtime.onInstalled.addListener(() => createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void handleQrMenuClick(info, tab));

  handle('qrScanPage', async ({ data }) => {
    const tab = data?.tabId !== undefined ? await browser.tabs.get(data.tabId) : await activeTab();
    if (!tab) return { ok: false, error: 'No tab to scan.' };
    await scanPage(tab);
    return { ok: true };
  });
  handle('qrScanImage', async ({ data }) => {
    if (typeof data?.srcUrl !== 'string') return { ok: false, error: 'No image.' };
    await scanImage(data.srcUrl, data.tabId, data.frameId);
    return { ok: true };
  });
}

function createMenus(): void {
  const ignore = () => void browser.runtime.lastError;
  browser.contextMenus.create({ id: MENU_SCAN_IMAGE, title: 'Scan QR code', contexts: ['image'] }, ignore);
  browser.contextMenus.create(
    { id: MENU_SCAN_PAGE, title: 'Scan QR code on this page', contexts: ['page', 'action'] },
    ignore,
  );
}

/** What the context menus do (a menu click grants activeTab for the tab). */
export async function handleQrMenuClick(
  info: Browser.contextMenus.OnClickData,
  tab: Browser.tabs.Tab | undefined,
): Promise<void> {
  if (info.menuItemId === MENU_SCAN_IMAGE && info.srcUrl) await scanImage(info.srcUrl, tab?.id, info.frameId);
  if (info.menuItemId === MENU_SCAN_PAGE) {
    const target = tab?.id !== undefined ? tab : await activeTab();
    if (target) await scanPage(target);
  }
}

/** Nothing is decoded here: the scan window fetches and decodes the image (wasm runs in extension pages). */
async function scanImage(srcUrl: string, tabId?: number, frameId?: number): Promise<void> {
  await openScan({ id: newScanId(), source: 'image', srcUrl, tabId, frameId });
}

async function scanPage(tab: Browser.tabs.Tab): Promise<void> {
  const id = newScanId();
  if (tab.id === undefined || tab.windowId === undefined) return;
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId, { format: 'png' });
    await openScan({ id, source: 'page', dataUrl, tabId: tab.id, windowId: tab.windowId });
  } catch (error) {
    await openScan({
      id,
      source: 'error',
      message: `This page cannot be captured (${(error as Error).message}). Browser pages and the extension gallery are off limits; save the QR code as an image and choose it in the extension instead.`,
    });
  }
}

async function openScan(scan: PendingScan): Promise<void> {
  await qrScansItem.setValue(withScan(await qrScansItem.getValue(), scan));
  await browser.windows.create({
    type: 'popup',
    url: browser.runtime.getURL(`/scan.html#${scan.id}`),
    width: 440,
    height: 680,
  });
}

async function activeTab(): Promise<Browser.tabs.Tab | undefined> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab;
}
