import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { FIXTURES } from '../support/paths';
import { createVault, sendFromPage } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const MIGRATION = (
  JSON.parse(readFileSync(join(FIXTURES, 'otpauth/migration-cases.json'), 'utf8')) as {
    cases: { uri: string }[];
  }
).cases[0]!.uri; // one account: Example (alice@example.com)

test('pasted text (an otpauth:// line and a migration link) is previewed and imported like a file', async ({
  openOptions,
}) => {
  const { page } = await openOptions('import-export');
  await createVault(page, PASSWORD);
  await page.reload();
  const pasteBox = page.getByLabel('Paste text to import');
  await expect(pasteBox).toBeVisible();

  await pasteBox.fill(`otpauth://totp/GitHub:octo?secret=JBSWY3DPEHPK3PXP&issuer=GitHub\nnot a link\n${MIGRATION}\n`);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('list', { name: 'Accounts found' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Import 2 accounts' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Added 2 accounts/ })).toBeVisible();

  const { accounts } = await sendFromPage<{ accounts: { issuer: string; accountName: string; secret: string }[] }>(
    page,
    'vaultAccounts',
  );
  expect(accounts.map((a) => [a.issuer, a.accountName, a.secret])).toEqual([
    ['GitHub', 'octo', 'JBSWY3DPEHPK3PXP'],
    ['Example', 'alice@example.com', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'],
  ]);

  await pasteBox.fill('this is not an export');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('alert')).toContainText('not an export OTPilot can read');
});

test('exports a plain otpauth:// list of the vault, only after a warning that it is not encrypted', async ({
  openOptions,
}) => {
  const { page } = await openOptions('import-export');
  await createVault(page, PASSWORD);
  await page.reload();
  await page
    .getByLabel('Paste text to import')
    .fill(`otpauth://hotp/Acme:ops?secret=JBSWY3DPEHPK3PXP&counter=7\n${MIGRATION}`);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await page.getByRole('button', { name: 'Import 2 accounts' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Added 2 accounts/ })).toBeVisible();

  await page.getByRole('button', { name: 'Export as otpauth:// list' }).click();
  await expect(page.getByRole('alert')).toContainText('This file is not encrypted');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export unencrypted list' }).click(),
  ]);
  const list = readFileSync((await download.path())!, 'utf8');
  expect(list.trim().split('\n')).toEqual([
    'otpauth://hotp/Acme:ops?secret=JBSWY3DPEHPK3PXP&issuer=Acme&algorithm=SHA1&digits=6&counter=7',
    'otpauth://totp/Example:alice%40example.com?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Example&algorithm=SHA1&digits=6&period=30',
  ]);
});
