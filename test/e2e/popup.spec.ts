import type { Page } from '@playwright/test';
import QRCode from 'qrcode';
import { generateCode } from '../../lib/otp/generate';
import type { OtpAlgorithm, OtpType } from '../../lib/otp/types';
import type { NewAccount } from '../../lib/vault/types';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, totp } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';
const SECRET2 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';
/** 2026-01-01T00:00:05Z: 5 s into a 30 s window (25 s left). */
const T = Date.UTC(2026, 0, 1, 0, 0, 5);

type Params = {
  type: OtpType;
  secret: string;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter: number;
};
const params = (p: Partial<Params> & { secret: string }): Params => ({
  type: 'totp',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  ...p,
});

/** Opens the popup, creates a vault, seeds accounts, optionally freezes the page's clock, and reloads. */
async function unlockedPopup(
  openPopup: () => Promise<{ page: Page }>,
  accounts: NewAccount[] = [],
  at?: number,
): Promise<Page> {
  const { page } = await openPopup();
  await createVault(page, PASSWORD);
  if (accounts.length) await seedAccounts(page, accounts);
  if (at !== undefined) await page.clock.setFixedTime(at);
  await page.reload();
  await expect(page.getByRole('button', { name: 'Add account' })).toBeVisible();
  return page;
}

const copyButton = (page: Page, label: string) => page.getByRole('button', { name: `Copy code for ${label}` });
const shownCode = async (page: Page, label: string) =>
  ((await copyButton(page, label).locator('.code').textContent()) ?? '').replace(/\s/g, '');
const rowOrder = (page: Page) =>
  page.locator('.row').evaluateAll((rows) => rows.map((r) => r.getAttribute('aria-label')));

test('adds accounts by secret and by URI and shows the codes otplib computes for the same clock', async ({
  openPopup,
}) => {
  const page = await unlockedPopup(openPopup, [], T);
  await expect(page.getByText('No accounts yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add account' }).click();
  const secret = page.getByLabel('Secret key or otpauth URI');
  await secret.fill('this is not base32!');
  await page.getByLabel('Issuer').click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(secret).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Save' })).toBeVisible(); // nothing saved, still on the form
  await expect(secret).toHaveValue('this is not base32!'); // nothing lost

  await secret.fill(SECRET.toLowerCase().replace(/(.{4})/g, '$1 '));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.getByLabel('Issuer').fill('GitHub');
  await page.getByLabel('Account name').fill('me@example.com');
  await page.getByLabel('Websites').fill('github.com');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(copyButton(page, 'GitHub (me@example.com)')).toBeVisible();

  await page.getByRole('button', { name: 'Add account' }).click();
  await page
    .getByLabel('Secret key or otpauth URI')
    .fill(`otpauth://totp/Acme:ops%40acme.test?secret=${SECRET2}&issuer=Acme&algorithm=SHA256&digits=8&period=60`);
  await expect(page.getByLabel('Issuer')).toHaveValue('Acme');
  await expect(page.getByLabel('Account name')).toHaveValue('ops@acme.test');
  await page.getByRole('button', { name: 'Save' }).click();

  await expect(copyButton(page, 'Acme (ops@acme.test)')).toBeVisible();
  const expectedA = await generateCode(params({ secret: SECRET }), T);
  const expectedB = await generateCode(params({ secret: SECRET2, algorithm: 'SHA256', digits: 8, period: 60 }), T);
  await expect.poll(() => shownCode(page, 'GitHub (me@example.com)')).toBe(expectedA);
  await expect.poll(() => shownCode(page, 'Acme (ops@acme.test)')).toBe(expectedB);
  await expect(copyButton(page, 'Acme (ops@acme.test)')).toContainText(
    `${expectedB.slice(0, 4)} ${expectedB.slice(4)}`,
  );

  // Saved in the vault: a fresh popup shows both.
  await page.reload();
  await expect.poll(() => shownCode(page, 'GitHub (me@example.com)')).toBe(expectedA);
});

test('copies a code on click and on Enter, and says so', async ({ openPopup, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await unlockedPopup(openPopup, [totp('GitHub', 'me', SECRET), totp('Acme', 'ops', SECRET2)]);
  await copyButton(page, 'GitHub (me)').click();
  await expect(page.getByRole('status').last()).toContainText('Copied code for GitHub (me)');
  const expected = await generateCode(params({ secret: SECRET }));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);

  await copyButton(page, 'Acme (ops)').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').last()).toContainText('Copied code for Acme (ops)');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    await generateCode(params({ secret: SECRET2 })),
  );
});

test('clears the clipboard after the configured time while the popup is open', async ({ openPopup, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await unlockedPopup(openPopup, [totp('GitHub', 'me', SECRET)]);
  await page.evaluate(() =>
    chrome.storage.local.set({ settings: { autoLockMinutes: 15, autoFill: true, clipboardClearSeconds: 2 } }),
  );
  await copyButton(page, 'GitHub (me)').click();
  await expect(page.getByRole('status').last()).toContainText('Clipboard clears in 2 s');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\d{6}$/);
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: 6_000 }).toBe('');
});

test('1,000 accounts: search finds any of them and End reaches the last row', async ({ openPopup }) => {
  const many = Array.from({ length: 1000 }, (_, i) => totp(`Issuer ${i}`, `user${i}@example.com`, SECRET));
  const page = await unlockedPopup(openPopup, many);
  // Only the rows on screen exist (virtualised).
  expect(await page.locator('.row').count()).toBeLessThan(30);
  await copyButton(page, 'Issuer 0 (user0@example.com)').focus();
  await page.keyboard.press('End');
  await expect(copyButton(page, 'Issuer 999 (user999@example.com)')).toBeFocused();
  await page.keyboard.press('/');
  await page.keyboard.type('user777@');
  await expect(copyButton(page, 'Issuer 777 (user777@example.com)')).toBeVisible();
  await expect(page.locator('.row')).toHaveCount(1);
});

test('searches with / and moves between rows with the arrow keys', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [
    totp('GitHub', 'me', SECRET, { websites: ['github.com'] }),
    totp('Acme', 'ops', SECRET2),
    totp('Bank', 'savings', SECRET),
  ]);
  await page.locator('body').click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search accounts' })).toBeFocused();
  await page.keyboard.type('github.com');
  await expect(copyButton(page, 'GitHub (me)')).toBeVisible();
  await expect(copyButton(page, 'Acme (ops)')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.type('sav');
  await expect(copyButton(page, 'Bank (savings)')).toBeVisible();
  await expect(copyButton(page, 'GitHub (me)')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(copyButton(page, 'GitHub (me)')).toBeVisible();

  await page.keyboard.press('ArrowDown');
  await expect(copyButton(page, 'GitHub (me)')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(copyButton(page, 'Acme (ops)')).toBeFocused();
  await page.keyboard.press('End');
  await expect(copyButton(page, 'Bank (savings)')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(copyButton(page, 'Acme (ops)')).toBeFocused();
});

test('reorders with the keyboard and by dragging, and the order is saved', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [totp('A', 'a', SECRET), totp('B', 'b', SECRET), totp('C', 'c', SECRET)]);
  expect(await rowOrder(page)).toEqual(['A (a)', 'B (b)', 'C (c)']);
  await copyButton(page, 'A (a)').focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect.poll(() => rowOrder(page)).toEqual(['B (b)', 'A (a)', 'C (c)']);
  await expect(copyButton(page, 'A (a)')).toBeFocused();

  await page.getByRole('listitem', { name: 'C (c)' }).dragTo(page.getByRole('listitem', { name: 'B (b)' }));
  await expect.poll(() => rowOrder(page)).toEqual(['C (c)', 'B (b)', 'A (a)']);

  await page.reload();
  await expect.poll(() => rowOrder(page)).toEqual(['C (c)', 'B (b)', 'A (a)']);
});

test('edits an account, deletes it and undoes the delete', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [totp('GitHub', 'me', SECRET), totp('Acme', 'ops', SECRET2)]);
  await page.getByRole('button', { name: 'Edit Acme (ops)' }).click();
  await page.getByLabel('Issuer').fill('Acme Corp');
  await page.getByLabel('Account name').fill('root');
  await page.getByLabel('Websites').fill('acme.test, https://login.acme.test/x');
  await page.getByLabel('Pin to the top').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(copyButton(page, 'Acme Corp (root)')).toBeVisible();
  expect(await rowOrder(page)).toEqual(['Acme Corp (root)', 'GitHub (me)']); // pinned first

  await page.reload();
  await expect(copyButton(page, 'Acme Corp (root)')).toBeVisible();
  await page.getByRole('button', { name: 'Edit Acme Corp (root)' }).click();
  await expect(page.getByLabel('Websites')).toHaveValue('acme.test, login.acme.test');
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(copyButton(page, 'Acme Corp (root)')).toHaveCount(0);
  await expect(page.getByRole('status').last()).toContainText('Deleted Acme Corp (root)');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(copyButton(page, 'Acme Corp (root)')).toBeVisible();

  await page.reload();
  await expect(copyButton(page, 'Acme Corp (root)')).toBeVisible();
  await expect(copyButton(page, 'GitHub (me)')).toBeVisible();
});

test('HOTP "Next code" advances the counter and it persists when the popup reopens', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [totp('Bank', 'card', SECRET, { type: 'hotp', counter: 5 })]);
  const at = (counter: number) => generateCode(params({ type: 'hotp', secret: SECRET, counter }));
  await expect.poll(() => shownCode(page, 'Bank (card)')).toBe(await at(5));
  await page.getByRole('button', { name: 'Next code' }).click();
  await expect.poll(() => shownCode(page, 'Bank (card)')).toBe(await at(6));
  await page.close();

  const again = (await openPopup()).page;
  await expect.poll(() => shownCode(again, 'Bank (card)')).toBe(await at(6));
});

test('shows Steam codes in their alphabet', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [totp('Steam', 'gamer', SECRET, { type: 'steam', digits: 5 })], T);
  const expected = await generateCode(params({ type: 'steam', secret: SECRET, digits: 5 }), T);
  expect(expected).toMatch(/^[23456789BCDFGHJKMNPQRTVWXY]{5}$/);
  await expect.poll(() => shownCode(page, 'Steam (gamer)')).toBe(expected);
});

test('the next code appears when 10 seconds or fewer are left in the window', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [totp('GitHub', 'me', SECRET)], T);
  await expect.poll(() => shownCode(page, 'GitHub (me)')).toBe(await generateCode(params({ secret: SECRET }), T));
  await expect(page.getByTestId('next-code')).toHaveCount(0);

  const nearEnd = T + 22_000; // 3 s left
  await page.clock.setFixedTime(nearEnd);
  const next = await generateCode(params({ secret: SECRET }), nearEnd + 30_000);
  await expect(page.getByTestId('next-code')).toHaveText(`next ${next.slice(0, 3)} ${next.slice(3)}`);
  await expect.poll(() => shownCode(page, 'GitHub (me)')).toBe(await generateCode(params({ secret: SECRET }), T));

  await page.clock.setFixedTime(T + 31_000); // the next window: its code is now current
  await expect.poll(() => shownCode(page, 'GitHub (me)')).toBe(next);
  await expect(page.getByTestId('next-code')).toHaveCount(0);
});

test('Lock hides the codes and unlocking shows them again', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [totp('GitHub', 'me', SECRET)]);
  await expect(copyButton(page, 'GitHub (me)')).toBeVisible();
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { name: 'Vault locked' })).toBeVisible();
  await expect(copyButton(page, 'GitHub (me)')).toHaveCount(0);

  await page.reload(); // a popup opened while locked shows the unlock view too
  await page.getByLabel('Master password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect.poll(() => shownCode(page, 'GitHub (me)')).toBe(await generateCode(params({ secret: SECRET })));
});

test('a new user is told what to do, and there is a way to the options page', async ({ openPopup, context }) => {
  const page = await unlockedPopup(openPopup);
  await expect(page.getByText('No accounts yet')).toBeVisible();
  await expect(page.getByText(/paste the secret key or the otpauth:\/\/ link/)).toBeVisible();
  const options = context.waitForEvent('page');
  await page.getByRole('link', { name: 'Options' }).click();
  expect((await options).url()).toContain('/options.html');
});

test('a QR code image in the Add account form fills it in', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [], T);
  await page.getByRole('button', { name: 'Add account' }).click();
  const uri = `otpauth://totp/Example:qr%40example.com?secret=${SECRET2}&issuer=Example`;
  const png = await QRCode.toBuffer(uri, { width: 300, margin: 4 });
  await page.getByLabel('QR code image').setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByLabel('Issuer')).toHaveValue('Example');
  await expect(page.getByLabel('Account name')).toHaveValue('qr@example.com');
  await expect(page.getByLabel('Secret key or otpauth URI')).toHaveValue(uri);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect
    .poll(() => shownCode(page, 'Example (qr@example.com)'))
    .toBe(await generateCode(params({ secret: SECRET2 }), T));
});

test('an account added in another page shows up in the open popup', async ({ openPopup, openOptions }) => {
  const page = await unlockedPopup(openPopup, [totp('GitHub', 'me', SECRET)], T);
  const options = await openOptions();
  await seedAccounts(options.page, [totp('Elsewhere', 'other', SECRET2)]);
  await expect
    .poll(() => shownCode(page, 'Elsewhere (other)'))
    .toBe(await generateCode(params({ secret: SECRET2 }), T));
});

test('a secret typed by hand with advanced settings gives the matching code', async ({ openPopup }) => {
  const page = await unlockedPopup(openPopup, [], T);
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByLabel('Secret key or otpauth URI').fill(SECRET2);
  await page.getByLabel('Issuer').fill('Vault Corp');
  await page.getByLabel('Account name').fill('admin');
  await page.getByText('Advanced (type, algorithm, digits, period)').click();
  await page.getByLabel('Algorithm').selectOption('SHA512');
  await page.getByLabel('Digits').selectOption('8');
  await page.getByLabel('Period (s)').fill('60');
  await page.getByRole('button', { name: 'Save' }).click();
  const expected = await generateCode(params({ secret: SECRET2, algorithm: 'SHA512', digits: 8, period: 60 }), T);
  await expect.poll(() => shownCode(page, 'Vault Corp (admin)')).toBe(expected);
});
