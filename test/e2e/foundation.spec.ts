import { stopServiceWorkers } from '../support/cdp';
import { expect, test } from '../support/fixtures';

test('the popup renders and reaches the background', async ({ openPopup }) => {
  const popup = await openPopup();
  await expect(popup.page.getByRole('heading', { name: 'OTPilot' })).toBeVisible();
});

test('the options page renders', async ({ openOptions }) => {
  const options = await openOptions();
  await expect(options.page.getByRole('heading', { name: /OTPilot/ })).toBeVisible();
});

test('the content script runs on a local page and reaches the background', async ({
  context,
  serviceWorker,
  server,
}) => {
  const url = server.html(
    '/verify',
    '<!doctype html><title>Verify</title><label>Verification code <input autocomplete="one-time-code"></label>',
  );
  // Record, inside the service worker, which pages' content scripts asked it something.
  await serviceWorker.evaluate(() => {
    const seen: string[] = [];
    (globalThis as { contentSenders?: string[] }).contentSenders = seen;
    chrome.runtime.onMessage.addListener((_message, sender) => {
      if (sender.tab) seen.push(sender.url ?? '');
    });
  });
  const page = await context.newPage();
  await page.goto(url);
  await expect
    .poll(() => serviceWorker.evaluate(() => (globalThis as { contentSenders?: string[] }).contentSenders))
    .toContain(url);
});

test('the service worker answers after being restarted', async ({ context, openPopup }) => {
  const popup = await openPopup();
  const first = await popup.page.evaluate(() =>
    chrome.runtime.sendMessage({ id: 1, type: 'ping', timestamp: Date.now() }),
  );
  await stopServiceWorkers(context, popup.page);
  await expect
    .poll(async () => {
      const answer = await popup.page.evaluate(() =>
        chrome.runtime.sendMessage({ id: 2, type: 'ping', timestamp: Date.now() }),
      );
      return answer?.res?.startedAt;
    })
    .toBeGreaterThan(first.res.startedAt);
});
