import { grantHostPermission } from '../support/cdp';
import { expect } from '../support/fixtures';
import { connectSkyvern, push, test, tieSite, waitingFrames } from '../support/skyvern';
import { sendFromPage, totp } from '../support/vault';
import { lockVault, PASSWORD, SECRET, seedVault } from '../widgets/account';

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('options save the key into the vault only; pushed codes and magic links show in the popup', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  serviceWorker,
  server,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await expect(options.page.getByLabel('Skyvern API key')).toHaveValue('');
  await expect(options.page.getByRole('button', { name: 'Remove API key' })).toBeVisible();
  await options.page.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.page.getByText(`Connected to ${skyvern.baseUrl}.`)).toBeVisible();

  const dump = await serviceWorker.evaluate(async () =>
    JSON.stringify([
      await chrome.storage.local.get(null),
      await chrome.storage.session.get(null),
      await chrome.storage.sync.get(null),
    ]),
  );
  expect(dump).not.toContain(skyvern.apiKey);
  expect(dump).toContain(skyvern.baseUrl);

  expect((await push(skyvern, 'Ann@Example.com', 'Hi Ann,\nyour sign-in code is 482913.\nIt expires soon.')).code).toBe(
    '482913',
  );
  const magic = server.html('/magic', '<!doctype html><title>Signed in</title><h1>Signed in by magic link</h1>');
  expect((await push(skyvern, 'bob@example.com', magic)).otp_type).toBe('magic_link');

  const popup = await openPopup();
  const copy = popup.page.getByRole('button', { name: 'Copy Skyvern code for Ann@Example.com' });
  await expect(copy).toHaveText('482 913');
  await expect(popup.page.getByRole('listitem', { name: 'Code for Ann@Example.com' })).toContainText('email');
  await expect(popup.page.getByRole('button', { name: 'Fill Skyvern code for Ann@Example.com' })).toBeVisible();
  await copy.click();
  await expect(popup.page.getByText('Copied Skyvern code for Ann@Example.com.')).toBeVisible();
  expect(await popup.page.evaluate(() => navigator.clipboard.readText())).toBe('482913');

  // Never opened by itself: only the button opens it, in a new tab.
  expect(context.pages().some((p) => p.url() === magic)).toBe(false);
  const opened = context.waitForEvent('page');
  await popup.page.getByRole('button', { name: 'Open magic link for bob@example.com' }).click();
  const tab = await opened;
  await expect(tab).toHaveURL(magic);

  // A code pushed while the popup is open appears with the next poll.
  await push(skyvern, '+14155550100', 'Your Acme code: 771 204', 'sms');
  await expect(popup.page.getByRole('button', { name: 'Copy Skyvern code for +14155550100' })).toHaveText('771 204', {
    timeout: 20_000,
  });
});

test('a wrong key gets the server’s 403 message, in options and in the popup', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  skyvern,
}) => {
  await seedVault(context, extensionId, []);
  await grantHostPermission(context, extensionId, skyvern.baseUrl);
  const options = await openOptions('skyvern');
  await options.page.getByLabel('Skyvern API key').fill('sk-not-a-real-key');
  await options.page.getByLabel('Skyvern base URL').fill(skyvern.baseUrl);
  await options.page.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.page.getByRole('alert')).toContainText('Skyvern refused the API key: Invalid credentials');
  await options.page.getByRole('button', { name: 'Save Skyvern settings' }).click();
  await expect(options.page.getByText('Skyvern settings saved.')).toBeVisible();

  const popup = await openPopup();
  await expect(popup.page.getByRole('alert')).toContainText('Skyvern refused the API key: Invalid credentials');
});

test('a bad base URL or a locked vault loses nothing typed', async ({ context, extensionId, openOptions, skyvern }) => {
  await seedVault(context, extensionId, []);
  await lockVault(context, extensionId);
  const options = await openOptions('skyvern');
  await options.page.getByLabel('Skyvern base URL').fill('http://api.skyvern.com');
  await options.page.getByLabel('Skyvern API key').fill(skyvern.apiKey);
  await options.page.getByRole('button', { name: 'Save Skyvern settings' }).click();
  await expect(options.page.getByRole('alert')).toContainText('Plain http:// is allowed only');
  await grantHostPermission(context, extensionId, skyvern.baseUrl);
  await options.page.getByLabel('Skyvern base URL').fill(skyvern.baseUrl);
  await options.page.getByRole('button', { name: 'Save Skyvern settings' }).click();
  await expect(options.page.getByRole('alert')).toContainText('Unlock OTPilot to save the API key');
  await expect(options.page.getByLabel('Skyvern API key')).toHaveValue(skyvern.apiKey);
});

test('a page waiting for a code is filled by the next pushed code, not by older ones', async ({
  serviceWorker,
  context,
  extensionId,
  openOptions,
  server,
  skyvern,
}) => {
  // An account for another site only: the vault has nothing for this page.
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern }, [
    totp('Other', 'me', SECRET, { websites: ['other.example'] }),
  ]);
  await options.page.close();

  await push(skyvern, 'me@example.com', 'Your verification code is 111111');
  const url = server.html(
    '/verify',
    '<!doctype html><form><label for="otp">Verification code</label><input id="otp" autocomplete="one-time-code" inputmode="numeric"><button>Verify</button></form>',
  );
  // The user tied this identifier to the site earlier (one click on the chip's offer): its codes fill here.
  await tieSite(serviceWorker, 'me@example.com', url);
  const polls = () => skyvern.requests.filter((r) => r.method === 'GET').length;
  const before = polls();
  const page = await context.newPage();
  await page.goto(url);
  // The background waits for this frame and polls Skyvern; the old code is not for it.
  await expect.poll(polls, { timeout: 20_000 }).toBeGreaterThan(before + 1);
  await expect(page.locator('#otp')).toHaveValue('');

  await push(skyvern, 'me@example.com', 'Your verification code is 654 321. It expires in 10 minutes.');
  await expect(page.locator('#otp')).toHaveValue('654321', { timeout: 20_000 });
  // Filled: nothing waits any more, so the background stops asking Skyvern.
  await expect.poll(() => waitingFrames(serviceWorker)).toBe(0);
});

test('a page that asked while the vault was locked is filled once it is unlocked', async ({
  serviceWorker,
  context,
  extensionId,
  openOptions,
  server,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await lockVault(context, extensionId);

  const url = server.html('/otp', '<!doctype html><label>One-time code <input id="otp" name="otp"></label>');
  await tieSite(serviceWorker, '+14155550100', url); // a locked vault lets only a tied site wait
  const page = await context.newPage();
  await page.goto(url);
  // The field is there and the vault is locked: the chip offers to unlock.
  await expect(page.locator('otpilot-chip')).toBeAttached();
  await push(skyvern, '+14155550100', 'Your code is 246810', 'sms');
  await sendFromPage(options.page, 'vaultUnlock', { password: PASSWORD });
  await expect(page.locator('#otp')).toHaveValue('246810', { timeout: 20_000 });
});

test('the popup’s fill button puts a pushed code into the active tab', async ({
  context,
  extensionId,
  openOptions,
  openPopup,
  server,
  skyvern,
}) => {
  const options = await connectSkyvern({ context, extensionId, openOptions, skyvern });
  await options.page.close();
  await push(skyvern, 'dev@example.com', 'Code: 135 792', 'email');

  const site = await context.newPage();
  await site.goto(
    server.html(
      '/login',
      '<!doctype html><label>Verification code <input id="code" autocomplete="one-time-code"></label>',
    ),
  );
  const popup = await openPopup();
  const fill = popup.page.getByRole('button', { name: 'Fill Skyvern code for dev@example.com' });
  await expect(fill).toBeVisible();
  // The popup stands over the site as the toolbar popup does: the site is the window's active tab.
  await site.bringToFront();
  await fill.click();
  await expect(site.locator('#code')).toHaveValue('135792');
});
