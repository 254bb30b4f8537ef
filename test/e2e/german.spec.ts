import { buttonNames } from '../support/chip';
import { test as base, expect } from '../support/fixtures';
import { launchWithExtension } from '../support/launch';
import { sendFromPage, totp } from '../support/vault';
import { SECRET } from '../widgets/account';

const PASSWORD = 'ein langes Passwort 1234';

/** The same fixtures in a browser whose language is German. */
const test = base.extend({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const launched = await launchWithExtension(undefined, { lang: 'de' });
    await use(launched.context);
    await launched.close();
  },
});

test('in a German browser the popup speaks German: first run, the list, lock and unlock', async ({ openPopup }) => {
  const { page } = await openPopup();
  await expect(page.getByRole('heading', { name: 'Tresor anlegen' })).toBeVisible();
  await page.getByLabel('Master-Passwort', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Master-Passwort bestätigen').fill(PASSWORD);
  await page.getByRole('button', { name: 'Tresor anlegen' }).click();
  await expect(page.getByText('Noch keine Konten')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();

  await sendFromPage(page, 'accountsImport', { accounts: [totp('GitHub', 'octo', SECRET)] });
  await page.reload();
  const copy = page.getByRole('button', { name: /^\d{3} \d{3}, Code für GitHub \(octo\) kopieren$/ });
  await expect(copy).toBeVisible();
  // Chromium's own name too (what screen readers get): no space before the comma.
  expect(await buttonNames(page)).toContainEqual(
    expect.stringMatching(/^\d{3} \d{3}, Code für GitHub \(octo\) kopieren$/),
  );
  await expect(page.getByRole('button', { name: 'Code für GitHub (octo) eintragen' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Konto hinzufügen' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Konten suchen' })).toBeVisible();

  await page.getByRole('button', { name: 'Sperren' }).click();
  await expect(page.getByRole('heading', { name: 'Tresor gesperrt' })).toBeVisible();
  await page.getByLabel('Master-Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Entsperren' }).click();
  await expect(copy).toBeVisible();
});

test('in a German browser the chip on a page speaks German', async ({ openPopup, server, context }) => {
  const { page: popup } = await openPopup();
  await sendFromPage(popup, 'vaultCreate', { password: PASSWORD });
  // Two accounts for the page's site: nothing fills by itself, the chip offers both.
  await sendFromPage(popup, 'accountsImport', {
    accounts: [
      totp('Erste', 'a', SECRET, { websites: ['127.0.0.1'] }),
      totp('Zweite', 'b', SECRET, { websites: ['127.0.0.1'] }),
    ],
  });
  const page = await context.newPage();
  await page.goto(
    server.html(
      '/login',
      '<!doctype html><label>Bestätigungscode <input id="otp" autocomplete="one-time-code"></label>',
    ),
  );
  await expect(page.locator('otpilot-chip')).toBeAttached();
  await expect
    .poll(() => buttonNames(page))
    .toEqual(
      expect.arrayContaining([
        'Code für Erste (a) eintragen',
        'Code für Zweite (b) eintragen',
        'Konto wählen...',
        'Schließen',
      ]),
    );
  await expect(page.locator('#otp')).toHaveValue('');
});
