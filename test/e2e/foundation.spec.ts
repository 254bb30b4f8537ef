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
  const url = server.html('/plain', '<!doctype html><title>Plain</title><p>Hello</p>');
  const hello = serviceWorker.evaluate(
    () =>
      new Promise<string>((resolve) => {
        chrome.runtime.onMessage.addListener((message: unknown, sender) => {
          const m = message as { type?: string };
          if (m?.type === 'contentHello') resolve(sender.url ?? '');
        });
      }),
  );
  const page = await context.newPage();
  await page.goto(url);
  expect(await hello).toBe(url);
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
