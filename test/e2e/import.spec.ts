import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { generateCode } from '../../lib/otp/generate';
import type { OtpParams } from '../../lib/otp/types';
import { expect, test } from '../support/fixtures';
import { corpusPath, needsCorpus } from '../support/corpora';
import { createVault, sendFromPage } from '../support/vault';
import type { OptionsSection } from '../support/pages';

const PASSWORD = 'correct horse battery staple';
const DIR = corpusPath('otpauth/aegis-importers') ?? '';
// Real exports of the shared corpus; a clone without it tests every reader on its own files (lib/import/*.test.ts).
test.skip(!DIR, needsCorpus('otpauth/aegis-importers', 'importing real exports from the options page'));
/** 2026-01-01T00:00:05Z: 5 s into a 30 s window. */
const T = Date.UTC(2026, 0, 1, 0, 0, 5);

/** The accounts of aegis_plain.json, as EXPECTED.json lists them. */
const AEGIS: (OtpParams & { label: string })[] = [
  {
    label: 'Deno (Mason)',
    type: 'totp',
    secret: '4SJHB4GSD43FZBAI7C2HLRJGPQ',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
  },
  {
    label: 'SPDX (James)',
    type: 'totp',
    secret: '5OM4WOOGPLQEF6UGN3CPEOOLWU',
    algorithm: 'SHA256',
    digits: 7,
    period: 20,
    counter: 0,
  },
  {
    label: 'Airbnb (Elijah)',
    type: 'totp',
    secret: '7ELGJSGXNCCTV3O6LKJWYFV2RA',
    algorithm: 'SHA512',
    digits: 8,
    period: 50,
    counter: 0,
  },
  {
    label: 'Issuu (James)',
    type: 'hotp',
    secret: 'YOOMIXWS5GN6RTBPUFFWKTW5M4',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 1,
  },
  {
    label: 'Air Canada (Benjamin)',
    type: 'hotp',
    secret: 'KUVJJOM753IHTNDSZVCNKL7GII',
    algorithm: 'SHA256',
    digits: 7,
    period: 30,
    counter: 50,
  },
  {
    label: 'WWE (Mason)',
    type: 'hotp',
    secret: '5VAML3X35THCEBVRLV24CGBKOY',
    algorithm: 'SHA512',
    digits: 8,
    period: 30,
    counter: 10300,
  },
  {
    label: 'Boeing (Sophia)',
    type: 'steam',
    secret: 'JRZCL47CMXVOQMNPZR2F7J4RGI',
    algorithm: 'SHA1',
    digits: 5,
    period: 30,
    counter: 0,
  },
];

async function optionsWithVault(openOptions: (section?: OptionsSection) => Promise<{ page: Page }>): Promise<Page> {
  const { page } = await openOptions('import-export');
  await createVault(page, PASSWORD);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Import from another app' })).toBeVisible();
  return page;
}

const chooseFile = (page: Page, file: string) => page.getByLabel('Import file').setInputFiles(join(DIR, file));
const found = (page: Page) => page.getByRole('list', { name: 'Accounts found' }).getByRole('listitem');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: /^Added/ });

test('imports an encrypted 2FAS backup and an Aegis export from the options page; the popup shows their codes', async ({
  openOptions,
  openPopup,
}) => {
  const page = await optionsWithVault(openOptions);

  await chooseFile(page, '2fas_authenticator_encrypted_v4.2fas');
  await expect(page.getByRole('status').filter({ hasText: 'This 2FAS file is encrypted' })).toBeVisible();
  await page.getByLabel('File password').fill('not the password');
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(page.getByRole('alert')).toHaveText('Wrong password: it does not open this 2FAS file.');
  await expect(found(page)).toHaveCount(0);
  await page.getByLabel('File password').fill('test');
  await page.getByRole('button', { name: 'Open file' }).click();
  await expect(found(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Import 5 accounts' }).click();
  await expect(summary(page)).toHaveText('Added 5 accounts.');

  // The Aegis file holds the same five and two more: the five are duplicates (same secret, issuer and account name).
  await chooseFile(page, 'aegis_plain.json');
  await expect(found(page)).toHaveCount(7);
  await expect(found(page).first()).toHaveText('Deno (Mason) · TOTP');
  await page.getByRole('button', { name: 'Import 7 accounts' }).click();
  await expect(summary(page)).toContainText('Added 2 accounts. 5 duplicates skipped');

  const accounts = (await sendFromPage<{ accounts: unknown[] }>(page, 'vaultAccounts')).accounts;
  expect(accounts).toHaveLength(7);

  const popup = (await openPopup()).page;
  await popup.clock.setFixedTime(T);
  await popup.reload();
  for (const a of AEGIS) {
    const expected = await generateCode(a, T);
    const code = popup.getByRole('button', { name: `Copy code for ${a.label}` }).locator('.code');
    await expect
      .poll(async () => ((await code.textContent()) ?? '').replace(/\s/g, ''), { message: a.label })
      .toBe(expected);
  }
});

test('an unreadable file and a locked vault are explained, and nothing is imported', async ({ openOptions }) => {
  const page = await optionsWithVault(openOptions);
  await chooseFile(page, 'google_authenticator.sqlite');
  await expect(page.getByRole('alert')).toContainText('internal SQLite database');

  await sendFromPage(page, 'vaultLock');
  await chooseFile(page, 'bitwarden.csv');
  await expect(found(page)).toHaveCount(4);
  await expect(page.getByText('The vault is locked: unlock it to import these accounts.')).toBeVisible();
  await expect(page.getByRole('button', { name: /^Import \d+ account/ })).toHaveCount(0);
});
