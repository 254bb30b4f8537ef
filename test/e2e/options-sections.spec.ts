import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, sendFromPage, totp } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const GITHUB = totp('GitHub', 'octo', 'JBSWY3DPEHPK3PXP', { websites: ['github.com'] });
const ACME = totp('Acme', 'ann@example.com', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ');
const BANK = totp('Bank', 'me', 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU', { websites: ['bank.example'] });

const nav = (page: Page) => page.getByRole('navigation', { name: 'Settings sections' });
const link = (page: Page, name: string) => nav(page).getByRole('link', { name, exact: true });
/** The section's own title (the first heading of that name: a part inside may share it, as "Skyvern" does). */
const title = (page: Page, name: string) => page.getByRole('heading', { name, exact: true, level: 2 }).first();
const accountNames = async (page: Page) =>
  (await sendFromPage<{ accounts: { issuer: string }[] }>(page, 'vaultAccounts')).accounts.map((a) => a.issuer).sort();

async function withAccounts(page: Page): Promise<void> {
  await createVault(page, PASSWORD);
  await seedAccounts(page, [GITHUB, ACME, BANK]);
}

test('the sections: picked in the nav by click or keyboard, each at its own URL, kept on reload, back and forward', async ({
  openOptions,
}) => {
  const { page } = await openOptions();
  await expect(page.getByRole('status').first()).toHaveText('Ready');
  await expect(link(page, 'Accounts')).toHaveAttribute('aria-current', 'page');
  await expect(nav(page).getByRole('link')).toHaveText([
    'Accounts',
    'Import & export',
    'Security',
    'Auto-fill',
    'Skyvern',
  ]);

  await link(page, 'Skyvern').click();
  await expect(page).toHaveURL(/\/options\.html#skyvern$/);
  await expect(link(page, 'Skyvern')).toHaveAttribute('aria-current', 'page');
  await expect(link(page, 'Accounts')).not.toHaveAttribute('aria-current');
  await expect(title(page, 'Skyvern')).toBeFocused();
  await expect(page.getByLabel('Skyvern API key')).toBeVisible();
  await expect(page.getByRole('switch', { name: 'Fill verification codes automatically' })).toHaveCount(0);

  // Keyboard: Tab back from the focused title reaches the nav; Enter on a link opens its section.
  await page.keyboard.press('Shift+Tab');
  await expect(link(page, 'Skyvern')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(link(page, 'Auto-fill')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#autofill$/);
  await expect(title(page, 'Auto-fill')).toBeFocused();
  await expect(page.getByRole('switch', { name: 'Fill verification codes automatically' })).toBeVisible();
  await link(page, 'Security').focus();
  await page.keyboard.press('Enter');
  await expect(title(page, 'Security')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Change master password' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Auto-lock' })).toBeVisible();

  await page.reload();
  await expect(link(page, 'Security')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Auto-lock' })).toBeVisible();

  await page.goBack();
  await expect(page).toHaveURL(/#autofill$/);
  await expect(link(page, 'Auto-fill')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('switch', { name: 'Fill verification codes automatically' })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/#skyvern$/);
  await expect(page.getByLabel('Skyvern API key')).toBeVisible();
  await page.goForward();
  await expect(link(page, 'Auto-fill')).toHaveAttribute('aria-current', 'page');

  // Typed URLs: a section by its hash; an unknown one shows Accounts.
  await page.goto(page.url().replace(/#.*$/, '#import-export'));
  await expect(page.getByRole('heading', { name: 'Import from another app' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Add from a QR code' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backup', exact: true })).toBeVisible();
  await page.goto(page.url().replace(/#.*$/, '#nowhere'));
  await expect(link(page, 'Accounts')).toHaveAttribute('aria-current', 'page');
  await expect(title(page, 'Accounts')).toBeVisible();
});

test('the accounts view searches, edits with the popup’s form, deletes with undo and follows the vault', async ({
  openOptions,
}) => {
  const { page } = await openOptions('accounts');
  await withAccounts(page);
  const list = page.getByRole('list', { name: 'Accounts' });
  const edit = (name: string) => page.getByRole('button', { name: `Edit ${name}` });
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('github.com');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(edit('GitHub (octo)')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('ann');
  await expect(edit('Acme (ann@example.com)')).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('nothing like it');
  await expect(page.getByText('No account matches “nothing like it”.')).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search accounts' }).fill('');
  await expect(list.getByRole('listitem')).toHaveCount(3);

  await edit('GitHub (octo)').click();
  await expect(page.getByRole('heading', { name: 'Edit GitHub (octo)' })).toBeVisible();
  await page.getByLabel('Issuer', { exact: true }).fill('GitHub Enterprise');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved GitHub Enterprise (octo).' })).toBeVisible();
  await expect(edit('GitHub Enterprise (octo)')).toBeFocused();
  expect(await accountNames(page)).toEqual(['Acme', 'Bank', 'GitHub Enterprise']);

  await page.getByRole('button', { name: 'Delete Acme (ann@example.com)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted Acme (ann@example.com).' })).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  expect(await accountNames(page)).toEqual(['Bank', 'GitHub Enterprise']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(edit('Acme (ann@example.com)')).toBeVisible();
  expect(await accountNames(page)).toEqual(['Acme', 'Bank', 'GitHub Enterprise']);

  // Another page adds an account: the list shows it without a reload.
  const other = await openOptions('security');
  await seedAccounts(other.page, [totp('Later', 'new', 'MFRGGZDFMZTWQ2LK')]);
  await page.bringToFront();
  await expect(edit('Later (new)')).toBeVisible();

  // Locked: the unlock form, then the list again.
  await sendFromPage(page, 'vaultLock');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await expect(list).toHaveCount(0);
  await page.getByLabel('Master password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(4, { timeout: 20_000 });
});

test('choosing two accounts exports only those two; with none chosen the export holds every account', async ({
  openOptions,
}) => {
  const { page } = await openOptions();
  await withAccounts(page);
  const choose = (name: string) => page.getByRole('checkbox', { name: `Select ${name} for export` });
  await choose('GitHub (octo)').check();
  await choose('Bank (me)').check();
  await expect(page.getByText('2 accounts chosen for export')).toBeVisible();

  await link(page, 'Import & export').click();
  await page.getByRole('button', { name: 'Export 2 chosen accounts as otpauth:// list' }).click();
  await expect(page.getByRole('alert')).toContainText('This file is not encrypted');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export unencrypted list' }).click(),
  ]);
  const lines = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\n');
  expect(lines.sort()).toEqual([
    expect.stringMatching(/^otpauth:\/\/totp\/Bank:me\?secret=KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU&/),
    expect.stringMatching(/^otpauth:\/\/totp\/GitHub:octo\?secret=JBSWY3DPEHPK3PXP&/),
  ]);
  await expect(page.getByRole('status').filter({ hasText: '2 accounts saved as' })).toBeVisible();

  // "Select all" chooses all three; clearing it chooses none, and the export's own name comes back.
  await link(page, 'Accounts').click();
  await expect(choose('GitHub (octo)')).toBeChecked();
  await page.getByRole('checkbox', { name: 'Select all' }).check();
  await expect(choose('Acme (ann@example.com)')).toBeChecked();
  await expect(page.getByText('3 accounts chosen for export')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Select all' }).uncheck();
  await expect(choose('GitHub (octo)')).not.toBeChecked();
  await link(page, 'Import & export').click();
  await page.getByRole('button', { name: 'Export as otpauth:// list' }).click();
  const [all] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export unencrypted list' }).click(),
  ]);
  expect(
    readFileSync((await all.path())!, 'utf8')
      .trim()
      .split('\n'),
  ).toHaveLength(3);
});
