import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base64Encode, BinaryWriter } from '@bufbuild/protobuf/wire';
import QRCode from 'qrcode';
import { clickToolbarButton } from '../support/cdp';
import { expect } from '../support/fixtures';
import { EXTENSION_PATH } from '../support/paths';
import { scanImage } from '../support/scan-window';
import { connectSkyvern, push, test } from '../support/skyvern';
import { createVault, seedAccounts, totp } from '../support/vault';
import type { OptionsSection } from '../support/pages';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';

/** A Google Authenticator export link holding one account. */
function migrationUri(): string {
  const entry = new BinaryWriter();
  entry.tag(1, 2).bytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
  entry.tag(2, 2).string('ann@example.com').tag(3, 2).string('Acme');
  entry.tag(4, 0).int32(1).tag(5, 0).int32(1).tag(6, 0).int32(2);
  const payload = new BinaryWriter().tag(1, 2).bytes(entry.finish());
  return `otpauth-migration://offline?data=${encodeURIComponent(base64Encode(payload.finish()))}`;
}

/** One PNG picture holding a QR code per text, side by side (drawn on the page's canvas). */
async function pictureOfQrCodes(page: Page, texts: string[]): Promise<Buffer> {
  const sources = await Promise.all(texts.map((t) => QRCode.toDataURL(t, { scale: 4, margin: 4 })));
  const base64 = await page.evaluate(async (urls) => {
    const images = await Promise.all(
      urls.map(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return img;
      }),
    );
    const canvas = document.createElement('canvas');
    canvas.width = images.reduce((w, img) => w + img.width, 0);
    canvas.height = Math.max(...images.map((img) => img.height));
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    images.reduce((x, img) => (ctx.drawImage(img, x, 0), x + img.width), 0);
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, sources);
  return Buffer.from(base64, 'base64');
}

/** The serious and critical axe violations on the page as it is now, one line each (rule, target, summary). */
async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary ?? v.help}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test('every popup view has no serious or critical axe violation', async ({ openPopup }) => {
      const { page } = await openPopup();
      await page.emulateMedia({ colorScheme });
      const found: Record<string, string[]> = {};

      await expect(page.getByRole('button', { name: 'Create vault' })).toBeVisible();
      found['first run'] = await seriousViolations(page);

      await createVault(page, PASSWORD);
      await seedAccounts(page, [
        totp('GitHub', 'octo', SECRET, { pinned: true }),
        totp('Counter', 'hotp', SECRET, { type: 'hotp', counter: 3 }),
        totp('Steam', 'gamer', SECRET, { type: 'steam', digits: 5 }),
      ]);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Copy code for GitHub (octo)' })).toBeVisible();
      found['list'] = await seriousViolations(page);

      await page.getByRole('button', { name: 'Add account' }).click();
      await expect(page.getByLabel('Secret key or otpauth URI')).toBeVisible();
      found['add form'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Edit GitHub (octo)' }).click();
      await expect(page.getByLabel('Issuer')).toHaveValue('GitHub');
      found['edit form'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Show QR code' }).click();
      await page.getByRole('button', { name: 'Show unencrypted QR code' }).click();
      await expect(page.getByRole('img', { name: 'QR code for GitHub (octo)' })).toBeVisible();
      found['edit form with QR code'] = await seriousViolations(page);
      await page.getByRole('button', { name: 'Cancel' }).click();

      await page.getByRole('button', { name: 'Lock' }).click();
      await expect(page.getByRole('button', { name: 'Unlock' })).toBeVisible();
      found['locked'] = await seriousViolations(page);

      expect(found).toEqual({
        'first run': [],
        list: [],
        'add form': [],
        'edit form': [],
        'edit form with QR code': [],
        locked: [],
      });
    });

    test('the popup’s QR results have no serious or critical axe violation', async ({ openPopup }) => {
      const { page } = await openPopup();
      await page.emulateMedia({ colorScheme });
      await createVault(page, PASSWORD);
      await page.reload();
      await page.getByRole('button', { name: 'Add account' }).click();
      const picture = await pictureOfQrCodes(page, [migrationUri(), 'https://example.com/']);
      await page
        .getByLabel('QR code image', { exact: true })
        .setInputFiles({ name: 'codes.png', mimeType: 'image/png', buffer: picture });
      await expect(page.getByText('Found 2 QR codes.')).toBeVisible();
      await expect(page.getByRole('region', { name: 'Google Authenticator export' })).toBeVisible();
      await expect(page.getByRole('button', { name: 'Import 1 account' })).toBeVisible();
      await expect(page.getByText('This QR code is not an authenticator code')).toBeVisible();

      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the popup’s pushed Skyvern codes have no serious or critical axe violation', async ({
      context,
      extensionId,
      openOptions,
      openPopup,
      skyvern,
    }) => {
      await connectSkyvern({ context, extensionId, openOptions, skyvern }, [totp('GitHub', 'octo', SECRET)]);
      await push(skyvern, 'ann@example.com', 'Your sign-in code is 482913.');
      await push(skyvern, '+14155550100', 'Your Acme code: 771 204', 'sms');
      const { page } = await openPopup();
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('button', { name: 'Copy Skyvern code for ann@example.com' })).toHaveText('482 913');
      await expect(page.getByRole('button', { name: 'Copy Skyvern code for +14155550100' })).toHaveText('771 204');
      await expect(page.getByRole('button', { name: /Copy code for GitHub \(octo\)/ })).toBeVisible();

      expect(await seriousViolations(page)).toEqual([]);
    });

    test('the scan window’s views have no serious or critical axe violation', async ({
      context,
      serviceWorker,
      extensionId,
      server,
      openOptions,
    }) => {
      await createVault((await openOptions()).page, PASSWORD);
      const qr = (text: string) => QRCode.toBuffer(text, { type: 'png', scale: 6, margin: 4 });
      const otpauth = `otpauth://totp/Example:alice@example.com?secret=${SECRET}&issuer=Example`;
      server.file('/otpauth.png', await qr(otpauth), 'image/png');
      server.file('/export.png', await qr(migrationUri()), 'image/png');
      server.file('/link.png', await qr('https://example.com/'), 'image/png');
      server.file('/logo.png', readFileSync(join(EXTENSION_PATH, 'icon/128.png')), 'image/png');
      const page = await context.newPage();
      await page.goto(server.html('/images', '<!doctype html><title>Images</title><h1>Set up 2FA</h1>'));
      await clickToolbarButton(context, page, extensionId);

      const views: [string, string, (scan: Page) => Locator][] = [
        ['otpauth QR', '/otpauth.png', (scan) => scan.getByRole('region', { name: 'Confirm the new account' })],
        ['export batch', '/export.png', (scan) => scan.getByRole('region', { name: 'Google Authenticator export' })],
        ['not an authenticator QR', '/link.png', (scan) => scan.getByText('This QR code is not an authenticator code')],
        ['no QR found', '/logo.png', (scan) => scan.getByText(/No QR code found in this image/)],
      ];
      const found: Record<string, string[]> = {};
      for (const [view, path, shown] of views) {
        const scan = await scanImage(context, serviceWorker, page, `${server.origin}${path}`);
        await scan.emulateMedia({ colorScheme });
        await expect(shown(scan)).toBeVisible();
        found[view] = await seriousViolations(scan);
        await scan.close();
      }
      expect(found).toEqual(Object.fromEntries(views.map(([view]) => [view, []])));
    });

    test('every options section has no serious or critical axe violation, with no vault and unlocked', async ({
      openOptions,
    }) => {
      test.setTimeout(240_000); // a dozen axe runs, each a few seconds on a busy machine
      const { page } = await openOptions();
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const found: Record<string, string[]> = {};
      // Each section as the user reaches it: its link in the navigation.
      const visitEach = async (when: string, ready: Record<OptionsSection, () => Promise<void>>) => {
        for (const section of Object.keys(ready) as OptionsSection[]) {
          const nav = page.getByRole('navigation', { name: 'Settings sections' });
          await nav.locator(`a[href="#${section}"]`).click();
          await expect(nav.locator(`a[href="#${section}"]`)).toHaveAttribute('aria-current', 'page');
          await ready[section]();
          found[`${when} ${section}`] = await seriousViolations(page);
        }
      };
      const shows = (name: string) => () =>
        expect(page.getByRole('heading', { name, exact: true }).first()).toBeVisible();
      await visitEach('no vault', {
        accounts: shows('Create your vault'),
        'import-export': shows('Import from another app'),
        security: shows('Change master password'),
        autofill: shows('Auto-fill'),
        skyvern: shows('Skyvern'),
      });

      await createVault(page, PASSWORD);
      await seedAccounts(page, [totp('GitHub', 'octo', SECRET, { pinned: true }), totp('Acme', 'ann', SECRET)]);
      await page.reload();
      await visitEach('unlocked', {
        accounts: async () => {
          await page.getByRole('checkbox', { name: 'Select GitHub (octo) for export' }).check();
          await expect(page.getByText('1 account chosen for export')).toBeVisible();
        },
        'import-export': () =>
          expect(page.getByRole('button', { name: 'Export 1 chosen account as otpauth:// list' })).toBeVisible(),
        security: () => expect(page.getByRole('button', { name: 'Change password' })).toBeVisible(),
        autofill: shows('Auto-fill'),
        skyvern: () => expect(page.getByLabel('Skyvern API key')).toBeVisible(),
      });
      await page.getByRole('link', { name: 'Accounts', exact: true }).click();
      await page.getByRole('button', { name: 'Edit GitHub (octo)' }).click();
      await expect(page.getByRole('heading', { name: 'Edit GitHub (octo)' })).toBeVisible();
      found['unlocked accounts: edit'] = await seriousViolations(page);

      // Import & export with the Google Authenticator QR codes shown (a Steam account is left out of them).
      await seedAccounts(page, [totp('Steam', 'gamer', SECRET, { type: 'steam', digits: 5 })]);
      await page.getByRole('link', { name: 'Import & export', exact: true }).click();
      await page.getByRole('button', { name: 'Show QR codes for Google Authenticator' }).click();
      await page.getByRole('button', { name: 'Show unencrypted QR codes' }).click();
      await expect(page.getByRole('img', { name: 'QR code 1 of 1 for Google Authenticator' })).toBeVisible();
      found['unlocked import-export: Google Authenticator QR codes'] = await seriousViolations(page);

      expect(Object.entries(found).filter(([, v]) => v.length > 0)).toEqual([]);
    });
  });
}
