import type { Locator } from '@playwright/test';
import { decodeMigrationUri } from '../../lib/import/google-migration';
import { formatOtpauthUri } from '../../lib/otp/otpauth';
import type { ParsedOtpauth } from '../../lib/otp/types';
import { decodeQrImage } from '../../lib/qr/decode';
import { readPng, useNodeZxing } from '../../lib/qr/zxing-node.test-support';
import type { Account } from '../../lib/vault/types';
import { expect, test } from '../support/fixtures';
import { createVault, seedAccounts, sendFromPage, totp } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const SECRETS = ['JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'MFRGGZDFMZTWQ2LK'];

test.beforeAll(() => useNodeZxing());

/** The text of the one QR code the image shows, read from its pixels as a phone would. */
async function qrTextOf(img: Locator): Promise<string> {
  const src = (await img.getAttribute('src'))!;
  expect(src).toMatch(/^data:image\/png;base64,/);
  const { texts } = await decodeQrImage(readPng(Buffer.from(src.split(',')[1]!, 'base64')));
  expect(texts).toHaveLength(1);
  return texts[0]!;
}

const parsed = (a: Account): ParsedOtpauth => {
  const { type, issuer, accountName, secret, algorithm, digits, period, counter } = a;
  return { type, issuer, accountName, secret, algorithm, digits, period, counter };
};

test('options: Google Authenticator QR codes, 10 accounts a code, one at a time, with the accounts left out', async ({
  openOptions,
}) => {
  const { page } = await openOptions('import-export');
  await createVault(page, PASSWORD);
  await seedAccounts(page, [
    ...Array.from({ length: 10 }, (_, i) => totp(`Site ${i + 1}`, `user${i + 1}@example.com`, SECRETS[i % 3]!)),
    totp('Steam', 'gamer', SECRETS[0]!, { type: 'steam', digits: 5 }),
    totp('Counter', 'ops', SECRETS[1]!, { type: 'hotp', counter: 41 }),
    totp('Minute', 'slow', SECRETS[2]!, { period: 60 }),
    totp('Long', 'eight', SECRETS[2]!, { digits: 8, algorithm: 'SHA256' }),
  ]);
  const { accounts } = await sendFromPage<{ accounts: Account[] }>(page, 'vaultAccounts');
  const held = accounts.filter((a) => a.type !== 'steam' && a.period === 30).map(parsed);
  expect(held).toHaveLength(12);
  await page.reload();

  await page.getByRole('button', { name: 'Show QR codes for Google Authenticator' }).click();
  await expect(page.getByRole('alert')).toContainText('These QR codes are not encrypted');
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show unencrypted QR codes' }).click();

  await expect(page.getByText('QR 1 of 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Previous' })).toBeDisabled();
  const first = decodeMigrationUri(
    await qrTextOf(page.getByRole('img', { name: 'QR code 1 of 2 for Google Authenticator' })),
  );
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('QR 2 of 2')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Next' })).toBeDisabled();
  const second = decodeMigrationUri(
    await qrTextOf(page.getByRole('img', { name: 'QR code 2 of 2 for Google Authenticator' })),
  );

  expect([first.accounts, second.accounts]).toEqual([held.slice(0, 10), held.slice(10)]);
  expect([first.batch, second.batch]).toEqual([
    { index: 0, size: 2, id: first.batch.id },
    { index: 1, size: 2, id: first.batch.id },
  ]);
  await expect(page.getByRole('list', { name: 'Accounts left out' }).getByRole('listitem')).toHaveText([
    'Steam (gamer): Google Authenticator has no Steam Guard codes',
    "Minute (slow): its codes change every 60 s; Google Authenticator's format holds only 30 s codes",
  ]);

  await page.getByRole('button', { name: 'Previous' }).click();
  await expect(page.getByText('QR 1 of 2')).toBeVisible();
  await page.getByRole('button', { name: 'Hide QR codes' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
});

test('popup Edit view: Show QR code, after the warning, shows the account as its otpauth:// link', async ({
  openPopup,
}) => {
  const { page } = await openPopup();
  await createVault(page, PASSWORD);
  await seedAccounts(page, [totp('GitHub', 'octo', SECRETS[0]!), totp('Acme', 'ops:main', SECRETS[1]!, { digits: 8 })]);
  const { accounts } = await sendFromPage<{ accounts: Account[] }>(page, 'vaultAccounts');
  await page.reload();

  await page.getByRole('button', { name: 'Edit Acme (ops:main)' }).click();
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await page.getByRole('button', { name: 'Keep it hidden' }).click();
  await expect(page.getByRole('img', { name: /QR code/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Show QR code' }).click();
  await expect(page.getByRole('alert')).toContainText('This QR code is not encrypted');
  await page.getByRole('button', { name: 'Show unencrypted QR code' }).click();
  const img = page.getByRole('img', { name: 'QR code for Acme (ops:main)' });
  expect(await qrTextOf(img)).toBe(formatOtpauthUri(accounts.find((a) => a.issuer === 'Acme')!));

  await page.getByRole('button', { name: 'Hide QR code' }).click();
  await expect(img).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Show QR code' })).toBeVisible();
});
