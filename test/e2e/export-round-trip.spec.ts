import type { BrowserContext, Page } from '@playwright/test';
import { generateCode } from '../../lib/otp/generate';
import { accountLabel } from '../../lib/otp/label';
import { expect, test } from '../support/fixtures';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../support/launch';
import { shownCodes } from '../support/popup-codes';
import { createVault, seedAccounts, totp } from '../support/vault';
import type { OptionsSection } from '../support/pages';

const PASSWORD = 'correct horse battery staple';
/** 2026-01-01T00:00:05Z: 5 s into both a 30 s and a 60 s window. */
const T = Date.UTC(2026, 0, 1, 0, 0, 5);
const [S1, S2, S3, S4] = [
  'JBSWY3DPEHPK3PXP',
  'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ',
  'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU',
  'MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U',
];
/** One of each kind: the three algorithms, 6/7/8 digits, 30/60 s, HOTP with a counter, Steam, a label to encode. */
const ACCOUNTS = [
  totp('GitHub', 'octo', S1),
  totp('AWS', 'root', S2, { algorithm: 'SHA256', digits: 7, period: 60 }),
  totp('Proton', 'me@proton.me', S3, { algorithm: 'SHA512', digits: 8 }),
  totp('Okta', 'admin', S4, { digits: 8, period: 60 }),
  totp('Acme & Co', 'ann+2fa@example.com', S3, { algorithm: 'SHA256' }),
  totp('Bank', 'card', S1, { type: 'hotp', counter: 5 }),
  totp('Steam', 'gamer', S2, { type: 'steam', digits: 5 }),
];

async function expectedCodes(): Promise<Record<string, string>> {
  const codes = await Promise.all(ACCOUNTS.map((a) => generateCode(a, T)));
  return Object.fromEntries(ACCOUNTS.map((a, i) => [accountLabel(a.issuer, a.accountName), codes[i]!]));
}

/** Downloads what clicking `button` saves, into the test's output folder; answers the file's path. */
async function download(page: Page, button: string, file: string): Promise<string> {
  const [saved] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  const path = test.info().outputPath(file);
  await saved.saveAs(path);
  return path;
}

/** Runs `steps` in a new profile of its own (its own vault storage), then closes it. */
async function inFreshProfile(steps: (context: BrowserContext, extensionId: string) => Promise<void>): Promise<void> {
  const fresh = await launchWithExtension();
  try {
    await steps(fresh.context, extensionIdOf(await extensionWorker(fresh.context)));
  } finally {
    await fresh.close();
  }
}

/** The popup of `context`, its clock at T, shows exactly the accounts we started with, with the same codes. */
async function expectSameCodesInPopup(context: BrowserContext, extensionId: string): Promise<void> {
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await popup.clock.setFixedTime(T);
  await popup.reload();
  await expect(popup.locator('.row')).toHaveCount(ACCOUNTS.length);
  const expected = await expectedCodes();
  await expect.poll(() => shownCodes(popup)).toEqual(expected);
}

/** The options page of the test's own profile, with a vault holding ACCOUNTS. */
async function sourceVault(openOptions: (section?: OptionsSection) => Promise<{ page: Page }>): Promise<Page> {
  const { page } = await openOptions('import-export');
  await createVault(page, PASSWORD);
  await seedAccounts(page, ACCOUNTS);
  await page.reload();
  return page;
}

test('accounts of every kind survive the otpauth:// list export and its import into a fresh profile', async ({
  openOptions,
}) => {
  const page = await sourceVault(openOptions);
  await page.getByRole('button', { name: 'Export as otpauth:// list' }).click();
  await expect(page.getByRole('alert')).toContainText('This file is not encrypted');
  const list = await download(page, 'Export unencrypted list', 'otpauth-accounts.txt');

  await inFreshProfile(async (context, extensionId) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#import-export`);
    await createVault(options, PASSWORD);
    await options.reload();
    await options.getByLabel('Import file').setInputFiles(list);
    const found = options.getByRole('list', { name: 'Accounts found' }).getByRole('listitem');
    await expect(found).toHaveCount(ACCOUNTS.length);
    await options.getByRole('button', { name: `Import ${ACCOUNTS.length} accounts` }).click();
    await expect(options.getByRole('status').filter({ hasText: /^Added/ })).toHaveText(
      `Added ${ACCOUNTS.length} accounts.`,
    );
    await expectSameCodesInPopup(context, extensionId);
  });
});

test('accounts of every kind survive the encrypted backup and its restore into a fresh profile', async ({
  openOptions,
}) => {
  const page = await sourceVault(openOptions);
  const backup = await download(page, 'Export backup', 'backup.json');

  await inFreshProfile(async (context, extensionId) => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html#import-export`);
    await options.getByLabel('Backup file').setInputFiles(backup);
    await options.getByLabel('Backup password', { exact: true }).fill(PASSWORD);
    await options.getByRole('button', { name: 'Restore backup' }).click();
    await expect(options.getByRole('status').filter({ hasText: /^Restored/ })).toHaveText(
      `Restored ${ACCOUNTS.length} accounts.`,
      { timeout: 20_000 },
    );
    await expectSameCodesInPopup(context, extensionId);
  });
});
