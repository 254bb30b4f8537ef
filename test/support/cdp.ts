import type { BrowserContext, Page } from '@playwright/test';

/**
 * Stops the extension's service worker the way Chromium does when it idles out, so that the
 * next message has to wake a fresh one. Uses CDP from an extension page.
 */
export async function stopServiceWorkers(context: BrowserContext, anyPage: Page): Promise<void> {
  const session = await context.newCDPSession(anyPage);
  await session.send('ServiceWorker.enable');
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();
}

/**
 * Simulates a click on the toolbar button for `page`'s tab: grants activeTab as a real click does.
 * `Extensions.triggerAction` must be sent to the tab's own target.
 */
export async function clickToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const browserSession = await context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await browserSession.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'page' && t.url === page.url());
  if (!target) throw new Error(`No tab target for ${page.url()}`);
  await browserSession.send(
    'Extensions.triggerAction' as never,
    { id: extensionId, targetId: target.targetId } as never,
  );
  await browserSession.detach();
}

/** Grants the extension a host permission as the user would in the prompt (headless cannot answer it). */
export async function grantHostPermission(context: BrowserContext, extensionId: string, origin: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(
    ([id, pattern]) =>
      new Promise<void>((resolve) =>
        // @ts-expect-error developerPrivate exists only on chrome://extensions
        chrome.developerPrivate.addHostPermission(id, pattern, () => resolve()),
      ),
    [extensionId, `${origin}/*`] as const,
  );
  await page.close();
}
