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
  const { page } = await openOptions();
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
