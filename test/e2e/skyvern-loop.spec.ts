import { createServer, type Socket } from 'node:net';
import type { Page, Worker } from '@playwright/test';
import { startSkyvernServer } from '../../server/skyvern/serve';
import { stopServiceWorkers } from '../support/cdp';
import { buttonNames, clickButton } from '../support/chip';
import { expect } from '../support/fixtures';
import { connectSkyvern, push, test, tieSite, waitingFrames } from '../support/skyvern';

/**
 * Skyvern's loop on realistic sites: a pushed code fills by itself only a site tied to its identifier;
 * anywhere else the chip offers it; hostile pages harvest nothing; the badge and the popup tell the user.
 */

const ME = 'me@example.com';

/** A six-box code form that moves to the next box as each digit is typed (as many real ones do). */
const SIX_BOXES = `<!doctype html><title>Verify</title><h1>Enter the code we sent you</h1><form id="f">${Array.from(
  { length: 6 },
  (_, i) => `<input class="box" id="b${i}" maxlength="1" inputmode="numeric" aria-label="Digit ${i + 1}" size="1">`,
).join('')}</form><script>
  const boxes = [...document.querySelectorAll('.box')];
  boxes.forEach((b, i) => b.addEventListener('input', () => b.value && boxes[i + 1]?.focus()));
</script>`;

const ONE_FIELD =
  '<!doctype html><title>Verify</title><label>Verification code <input id="otp" autocomplete="one-time-code" inputmode="numeric"></label>';

const boxesValue = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.box')].map((b) => b.value).join(''));

/** Every value typed into any field of any frame of the page. */
const allValues = (page: Page) =>
  Promise.all(
    page
      .frames()
      .map((f) =>
        f.evaluate(() => [...document.querySelectorAll('input')].map((i) => i.value).join('')).catch(() => ''),
      ),
  ).then((values) => values.join(''));

const badge = (serviceWorker: Worker) => serviceWorker.evaluate(() => chrome.action.getBadgeText({}));

test('a push fills a waiting six-box page of a site tied to the identifier', async ({
  context,
  extensionId,
  openOptions,
  serviceWorker,
  sites,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await options.page.close();
  const url = sites.page('bank.test', '/2fa', SIX_BOXES);
  await tieSite(serviceWorker, ME, url);
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(1);

  await push(skyvern, ME, 'Your Bank code is 834 201. Do not share it.');
  await expect.poll(() => boxesValue(page), { timeout: 15_000 }).toBe('834201');
});

test('a wait outlives a service-worker restart', async ({
  context,
  extensionId,
  openOptions,
  serviceWorker,
  sites,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  const url = sites.page('bank.test', '/2fa', SIX_BOXES);
  await tieSite(serviceWorker, ME, url);
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(1);

  // Chromium stops an idle worker; its alarm starts it again, and it picks the wait up from storage.session.
  await stopServiceWorkers(context, options.page);
  await push(skyvern, ME, 'Your Bank code is 417 093.');
  await expect.poll(() => boxesValue(page), { timeout: 45_000 }).toBe('417093');
});

test('an invisible field on another site that keeps adding frames harvests nothing; the waiting page gets its code', async ({
  context,
  extensionId,
  openOptions,
  serviceWorker,
  sites,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await options.page.close();
  const bankUrl = sites.page('bank.test', '/2fa', ONE_FIELD);
  await tieSite(serviceWorker, ME, bankUrl);
  const bank = await context.newPage();
  await bank.goto(bankUrl);
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(1);

  // A harvester: a 1×1 one-time-code input, and a new frame with a code field every 300 ms (each a newer wait).
  sites.page('evil.test', '/frame', '<!doctype html><input autocomplete="one-time-code" inputmode="numeric">');
  sites.page('ads.test', '/frame', '<!doctype html><input autocomplete="one-time-code" inputmode="numeric">');
  const evilUrl = sites.page(
    'evil.test',
    '/',
    `<!doctype html><title>Win a prize</title>
     <input autocomplete="one-time-code" style="position:absolute;left:0;top:0;width:1px;height:1px;opacity:0.01;border:0;padding:0">
     <script>
       let n = 0;
       setInterval(() => {
         if (n++ > 12) return;
         const f = document.createElement('iframe');
         f.src = (n % 2 ? '${sites.https('evil.test', '/frame')}' : '${sites.https('ads.test', '/frame')}') + '?' + n;
         f.width = 120; f.height = 40;
         document.body.append(f);
       }, 300);
     </script>`,
  );
  const evil = await context.newPage();
  await evil.goto(evilUrl);
  await expect.poll(() => evil.frames().length, { timeout: 15_000 }).toBeGreaterThan(8);

  await push(skyvern, ME, 'Your Bank code is 550 917.');
  await expect(bank.locator('#otp')).toHaveValue('550917', { timeout: 15_000 });
  // The page's waits are capped (the bank's own wait ends a moment after its fill: it is not counted), and none of
  // its fields holds a digit of the code.
  expect(await waitingFrames(serviceWorker, 'bank.test')).toBeLessThanOrEqual(3);
  expect(await allValues(evil)).toBe('');
});

test('an untied site only gets the chip’s offer; one click ties the site and fills, and options show the tie', async ({
  context,
  extensionId,
  openOptions,
  serviceWorker,
  sites,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  const url = sites.page('shop.test', '/verify', ONE_FIELD);
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(1);

  await push(skyvern, ME, 'Shop sign-in code: 274 615');
  await push(skyvern, 'other@example.com', sites.https('shop.test', '/magic?t=1'));
  await push(skyvern, 'third@example.com', sites.https('evil.test', '/magic?t=2'));
  await expect
    .poll(() => buttonNames(page), { timeout: 15_000 })
    .toEqual(expect.arrayContaining([expect.stringMatching(/^Use code sent to me@example\.com, \d+ (s|min) ago$/)]));
  // A sign-in link is offered only on the site it points to.
  const names = await buttonNames(page);
  expect(names).toContain('Open sign-in link from other@example.com');
  expect(names).not.toContain('Open sign-in link from third@example.com');
  await expect(page.locator('#otp')).toHaveValue('');

  await expect(async () => {
    await clickButton(page, /^Use code sent to me@example\.com/);
    await expect(page.locator('#otp')).toHaveValue('274615', { timeout: 2_000 });
  }).toPass({ timeout: 15_000 });

  // The tie is remembered and shown in options, with a way to remove it.
  await options.page.reload();
  const origin = new URL(url).origin;
  const remove = options.page.getByRole('button', { name: `Remove ${origin} for ${ME}` });
  await expect(remove).toBeVisible();
  await remove.click();
  await expect(remove).toHaveCount(0);
});

test('on the site where the user has just typed the identifier, the code fills by itself', async ({
  context,
  extensionId,
  openOptions,
  serviceWorker,
  sites,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await options.page.getByLabel('TOTP identifiers').fill(ME);
  await options.page.getByRole('button', { name: 'Save Skyvern settings' }).click();
  await expect(options.page.getByText('Skyvern settings saved.')).toBeVisible();
  await options.page.close();
  const verify = sites.page('shop.test', '/verify', ONE_FIELD);
  const login = sites.page(
    'shop.test',
    '/login',
    `<!doctype html><form action="${verify}"><label>E-mail <input type="email" name="email" autocomplete="username"></label><button>Next</button></form>`,
  );
  const page = await context.newPage();
  await page.goto(login);
  await page.getByLabel('E-mail').fill('Me@Example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.waitForURL(/\/verify/);
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(1);

  await push(skyvern, ME, 'Shop sign-in code: 602 318');
  await expect(page.locator('#otp')).toHaveValue('602318', { timeout: 15_000 });
});

test('the toolbar badge counts new pushed codes and the popup clears it', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  serviceWorker,
  sites,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await options.page.close();
  // A page waiting for a code: the background polls, and counts what arrives.
  const page = await context.newPage();
  await page.goto(sites.page('shop.test', '/verify', ONE_FIELD));
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(1);
  expect(await badge(serviceWorker)).toBe('');

  await push(skyvern, ME, 'Code 111 222');
  await push(skyvern, '+14155550100', 'Your code is 333444', 'sms');
  await expect.poll(() => badge(serviceWorker), { timeout: 15_000 }).toBe('2');

  const popup = await openPopup();
  await expect(popup.page.getByRole('button', { name: `Copy Skyvern code for ${ME}` })).toBeVisible();
  await expect.poll(() => badge(serviceWorker)).toBe('');
  await popup.page.close();

  await push(skyvern, ME, 'Code 555 666');
  await expect.poll(() => badge(serviceWorker), { timeout: 15_000 }).toBe('1');
});

test('the server going offline shows “offline” in the popup, and it recovers without a tight loop', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await options.page.close();
  const popup = await openPopup();
  await expect(popup.page.getByText('No codes pushed in the last 10 minutes.')).toBeVisible();

  // Offline: whatever listens on the port drops every connection. It counts them.
  const port = Number(new URL(skyvern.baseUrl).port);
  await skyvern.close();
  let attempts = 0;
  const sockets = new Set<Socket>();
  const dropper = createServer((socket) => {
    attempts += 1;
    sockets.add(socket);
    socket.destroy();
  });
  await new Promise<void>((resolve) => dropper.listen(port, '127.0.0.1', resolve));
  await expect(popup.page.getByRole('alert')).toContainText('offline', { timeout: 15_000 });
  const seen = attempts;
  await popup.page.waitForTimeout(8_000);
  // About one attempt a second at most, fewer and fewer: a tight loop would make hundreds.
  expect(attempts - seen).toBeLessThan(16);
  await new Promise<void>((resolve) => dropper.close(() => resolve()));

  const back = await startSkyvernServer({ port });
  try {
    back.push({ totp_identifier: ME, content: '908 172' });
    await expect(popup.page.getByRole('button', { name: `Copy Skyvern code for ${ME}` })).toHaveText('908 172', {
      timeout: 40_000,
    });
    await expect(popup.page.getByRole('alert')).toHaveCount(0);
  } finally {
    await back.close();
  }
});
