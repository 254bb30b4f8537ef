import type { Page } from '@playwright/test';
import { stopServiceWorkers } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, totp } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';
const CLEAR_SECONDS = 2;

/** Opens the popup on an unlocked vault with one account, the clear time set to CLEAR_SECONDS. */
async function popupWithAccount(openPopup: () => Promise<{ page: Page }>): Promise<Page> {
  const { page } = await openPopup();
  await createVault(page, PASSWORD);
  await seedAccounts(page, [totp('GitHub', 'me', SECRET)]);
  await page.evaluate(
    (seconds) =>
      chrome.storage.local.set({ settings: { autoLockMinutes: 15, autoFill: true, clipboardClearSeconds: seconds } }),
    CLEAR_SECONDS,
  );
  await page.reload();
  return page;
}

/** Copies GitHub's code in the popup, checks it is on the clipboard, then closes the popup. */
async function copyThenClosePopup(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Copy code for GitHub (me)' }).click();
  await expect(page.getByRole('status').last()).toContainText(`Clipboard clears in ${CLEAR_SECONDS} s`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\d{6}$/);
  await page.close();
}

/** True once the background has no clear pending and its offscreen document is gone (the clear ran). */
const clearDone = (reader: Page) =>
  reader.evaluate(async () => {
    const { pendingClipboardClear } = await chrome.storage.session.get('pendingClipboardClear');
    const offscreen = await chrome.runtime.getContexts({
      contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT],
    });
    return !pendingClipboardClear && offscreen.length === 0;
  });

test.beforeEach(async ({ context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

test('clears the copied code after the configured time even when the popup has closed', async ({
  openPopup,
  openOptions,
}) => {
  const popup = await popupWithAccount(openPopup);
  const { page: reader } = await openOptions();
  await popup.bringToFront();
  await copyThenClosePopup(popup);
  await reader.bringToFront();
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toMatch(/^\d{6}$/);
  await expect
    .poll(() => reader.evaluate(() => navigator.clipboard.readText()), { timeout: (CLEAR_SECONDS + 5) * 1000 })
    .toBe('');
  await expect.poll(() => clearDone(reader)).toBe(true);
});

test('keeps what the user copied after the code', async ({ openPopup, openOptions }) => {
  const popup = await popupWithAccount(openPopup);
  const { page: reader } = await openOptions();
  await popup.bringToFront();
  await copyThenClosePopup(popup);
  await reader.bringToFront();
  await reader.evaluate(() => navigator.clipboard.writeText('my own notes'));
  await expect.poll(() => clearDone(reader), { timeout: (CLEAR_SECONDS + 5) * 1000 }).toBe(true);
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe('my own notes');
});

test('clears by alarm when the service worker was stopped after the copy', async ({
  openPopup,
  openOptions,
  context,
}) => {
  const popup = await popupWithAccount(openPopup);
  const { page: reader } = await openOptions();
  await popup.bringToFront();
  await copyThenClosePopup(popup);
  await reader.bringToFront();
  await stopServiceWorkers(context, reader); // its timer dies with it; the alarm wakes a new worker
  expect(await reader.evaluate(() => navigator.clipboard.readText())).toMatch(/^\d{6}$/);
  await expect
    .poll(() => reader.evaluate(() => navigator.clipboard.readText()), { timeout: (CLEAR_SECONDS + 8) * 1000 })
    .toBe('');
});
