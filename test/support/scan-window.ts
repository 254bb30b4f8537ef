import type { BrowserContext, Page, Worker } from '@playwright/test';

/** Fires the context menu's click as Chromium does after the user picks the item (headless has no native menu). */
export async function clickMenu(
  serviceWorker: Worker,
  menuItemId: string,
  page: Page,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await serviceWorker.evaluate(
    async ([id, url, more]) => {
      const [tab] = await chrome.tabs.query({ url });
      const info = { menuItemId: id, editable: false, pageUrl: url, frameId: 0, ...more };
      (chrome.contextMenus.onClicked as unknown as { dispatch(...a: unknown[]): void }).dispatch(info, tab);
    },
    [menuItemId, page.url(), extra] as const,
  );
}

/** The scan window (`scan.html#ID`) that `action` opens, loaded. */
export async function scanWindow(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const opened = context.waitForEvent('page', (p) => p.url().includes('/scan.html#'));
  await action();
  const page = await opened;
  await page.waitForLoadState();
  return page;
}

/** The scan window of the context menu's "Scan QR code" on the image at `srcUrl` in `page`. */
export function scanImage(context: BrowserContext, serviceWorker: Worker, page: Page, srcUrl: string): Promise<Page> {
  return scanWindow(context, () => clickMenu(serviceWorker, 'qr-scan-image', page, { mediaType: 'image', srcUrl }));
}
