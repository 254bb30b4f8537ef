import type { BrowserContext, CDPSession, Page } from '@playwright/test';

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
 * Simulates a click on the toolbar button for `page`'s tab: grants activeTab (and opens the popup) as a
 * real click does. This Chromium lists tab targets only when asked for them, and
 * `Extensions.triggerAction` accepts only those.
 */
export async function triggerAction(session: CDPSession, page: Page, extensionId: string): Promise<void> {
  const { targetInfos } = (await session.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never)) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const target = targetInfos.find((t) => t.type === 'tab' && t.url === page.url());
  if (!target) throw new Error(`No tab target for ${page.url()}`);
  await session.send('Extensions.triggerAction' as never, { id: extensionId, targetId: target.targetId } as never);
}

/** `triggerAction` through a browser CDP session of its own. */
export async function clickToolbarButton(context: BrowserContext, page: Page, extensionId: string): Promise<void> {
  const session = await context.browser()!.newBrowserCDPSession();
  await triggerAction(session, page, extensionId);
  await session.detach();
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

/** The target of the extension's open action popup (`page` is its file, for another extension's popup). */
export async function popupTarget(
  session: CDPSession,
  extensionId: string,
  page = 'popup.html',
): Promise<string | null> {
  const { targetInfos } = (await session.send('Target.getTargets', {} as never)) as unknown as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const url = `chrome-extension://${extensionId}/${page}`;
  return targetInfos.find((t) => t.type === 'page' && t.url === url)?.targetId ?? null;
}

/**
 * Evaluates `expression` in the extension's open action popup (undefined when none is open). Playwright
 * does not attach to it, so this goes through the browser's CDP session (Target.attachToTarget +
 * sendMessageToTarget).
 */
export async function evaluateInPopup(
  session: CDPSession,
  extensionId: string,
  expression: string,
  page = 'popup.html',
): Promise<unknown> {
  const targetId = await popupTarget(session, extensionId, page);
  if (!targetId) return undefined;
  const { sessionId } = (await session.send('Target.attachToTarget', {
    targetId,
    flatten: false,
  } as never)) as unknown as {
    sessionId: string;
  };
  const answer = new Promise<unknown>((resolve) => {
    const onMessage = (event: { sessionId: string; message: string }) => {
      const message = JSON.parse(event.message) as { id: number; result?: { result?: { value?: unknown } } };
      if (event.sessionId !== sessionId || message.id !== 1) return;
      session.off('Target.receivedMessageFromTarget' as never, onMessage as never);
      resolve(message.result?.result?.value);
    };
    session.on('Target.receivedMessageFromTarget' as never, onMessage as never);
  });
  await session.send('Target.sendMessageToTarget', {
    sessionId,
    message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
  } as never);
  const value = await answer;
  // A click that fills the page closes the popup, and its session with it: nothing left to detach then.
  await session.send('Target.detachFromTarget', { sessionId } as never).catch(() => undefined);
  return value;
}
