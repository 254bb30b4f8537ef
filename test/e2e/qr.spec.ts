import type { Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { base64Encode, BinaryWriter } from '@bufbuild/protobuf/wire';
import QRCode from 'qrcode';
import { clickToolbarButton } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { corpusPath, needsCorpus } from '../support/corpora';
import { EXTENSION_PATH, FIXTURES } from '../support/paths';
import { clickMenu, scanWindow } from '../support/scan-window';
import { createVault, sendFromPage } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
/** Google export links: the shared corpus's where it is present, else our own (same format). */
const MIGRATION_CASES = corpusPath('otpauth/migration-cases.json') ?? join(FIXTURES, 'otpauth/migration-cases.json');
const URI = 'otpauth://totp/Example:alice@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Example';

const png = (text: string, scale = 6) => QRCode.toBuffer(text, { type: 'png', scale, margin: 4 });
const dataUrl = (text: string) => QRCode.toDataURL(text, { scale: 6, margin: 4 });

interface SavedAccount {
  issuer: string;
  accountName: string;
  secret: string;
}
async function accounts(page: Page): Promise<SavedAccount[]> {
  const answer = await sendFromPage<{ ok: boolean; accounts: SavedAccount[] }>(page, 'vaultAccounts');
  return answer.ok ? answer.accounts : [];
}

async function tabIdOf(serviceWorker: Worker, url: string): Promise<number> {
  return serviceWorker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]!.id!, url);
}

async function saveAndCheck(scan: Page, options: Page) {
  await expect(scan.getByRole('region', { name: 'Confirm the new account' })).toContainText('alice@example.com');
  await expect(scan.getByRole('region', { name: 'Confirm the new account' })).toContainText('Example');
  expect(await accounts(options)).toEqual([]);
  await scan.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(scan.getByRole('status').filter({ hasText: /^Saved / })).toHaveText('Saved Example: alice@example.com.');
  expect(await accounts(options)).toEqual([
    expect.objectContaining({ issuer: 'Example', accountName: 'alice@example.com', secret: 'JBSWY3DPEHPK3PXP' }),
  ]);
}

test('upload: a QR code image on the options page fills the confirm form and saves after Save', async ({
  openOptions,
}) => {
  const options = await openOptions('import-export');
  await createVault(options.page, PASSWORD);
  const input = options.page.getByLabel('QR code image', { exact: true });

  await input.setInputFiles({ name: 'notes.jpeg', mimeType: 'image/jpeg', buffer: Buffer.from('just some text') });
  await expect(options.page.getByRole('alert')).toContainText('This file is not an image');

  await input.setInputFiles({ name: 'link.png', mimeType: 'image/png', buffer: await png('https://example.com/') });
  await expect(options.page.getByRole('alert')).toHaveText('This QR code is not an authenticator code');
  await expect(options.page.getByText('https://example.com/')).toBeVisible();

  await input.setInputFiles({ name: 'qr.png', mimeType: 'image/png', buffer: await png(URI) });
  await saveAndCheck(options.page, options.page);
});

test('upload: a Google Authenticator export QR lists its accounts with its place in the batch, then imports them', async ({
  openOptions,
}) => {
  const { cases } = JSON.parse(readFileSync(MIGRATION_CASES, 'utf8')) as {
    cases: {
      uri: string;
      expected_accounts: { issuer: string; secret: string }[] | null;
      payload_meta?: { batch_size?: number };
    }[];
  };
  const batch = cases.filter((c) => c.payload_meta?.batch_size === 3);
  expect(batch).toHaveLength(3);
  const second = batch[1]!;
  const options = await openOptions('import-export');
  await createVault(options.page, PASSWORD);
  await options.page
    .getByLabel('QR code image', { exact: true })
    .setInputFiles({ name: 'export.png', mimeType: 'image/png', buffer: await png(second.uri, 4) });
  const region = options.page.getByRole('region', { name: 'Google Authenticator export' });
  await expect(region.getByText('QR 2 of 3: then scan QR 1, 3.')).toBeVisible();
  const count = second.expected_accounts!.length;
  await expect(region.getByRole('list', { name: 'Accounts to import' }).getByRole('listitem')).toHaveCount(count);
  await region.getByRole('button', { name: `Import ${count} accounts` }).click();
  await expect(region.getByRole('status')).toHaveText(`Imported ${count} accounts.`);
  const saved = await accounts(options.page);
  expect(saved.map((a) => a.secret).sort()).toEqual(second.expected_accounts!.map((a) => a.secret).sort());

  // The next QR of the same export says what is left.
  await options.page
    .getByLabel('QR code image', { exact: true })
    .setInputFiles({ name: 'export-1.png', mimeType: 'image/png', buffer: await png(batch[0]!.uri, 4) });
  await expect(region.getByText('QR 1 of 3: then scan QR 3.')).toBeVisible();
});

test('upload: a damaged Google Authenticator export is refused with a reason and imports nothing', async ({
  openOptions,
}) => {
  const { cases } = JSON.parse(readFileSync(MIGRATION_CASES, 'utf8')) as {
    cases: { uri: string; expect_error?: boolean }[];
  };
  const broken = cases.find((c) => c.expect_error && c.uri.startsWith('otpauth-migration://offline?data=C'))!;
  const options = await openOptions('import-export');
  await createVault(options.page, PASSWORD);
  await options.page
    .getByLabel('QR code image', { exact: true })
    .setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: await png(broken.uri, 4) });
  await expect(options.page.getByRole('alert')).toContainText('This Google Authenticator export cannot be read');
  await expect(options.page.getByRole('button', { name: /^Import \d+ account/ })).toHaveCount(0);
  expect(await accounts(options.page)).toEqual([]);
});

test('upload: an export entry we cannot use (MD5) is named with its reason and the rest imports', async ({
  openOptions,
}) => {
  const entry = (name: string, algorithm: number) => {
    const w = new BinaryWriter();
    w.tag(1, 2).bytes(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
    w.tag(2, 2).string(name).tag(3, 2).string('Acme');
    w.tag(4, 0).int32(algorithm).tag(5, 0).int32(1).tag(6, 0).int32(2);
    return w.finish();
  };
  const payload = new BinaryWriter()
    .tag(1, 2)
    .bytes(entry('md5@example.com', 4))
    .tag(1, 2)
    .bytes(entry('ok@example.com', 1));
  const uri = `otpauth-migration://offline?data=${encodeURIComponent(base64Encode(payload.finish()))}`;
  const options = await openOptions('import-export');
  await createVault(options.page, PASSWORD);
  await options.page
    .getByLabel('QR code image', { exact: true })
    .setInputFiles({ name: 'export.png', mimeType: 'image/png', buffer: await png(uri, 4) });
  const region = options.page.getByRole('region', { name: 'Google Authenticator export' });
  await expect(region.getByRole('list', { name: 'Accounts that cannot be imported' })).toContainText('MD5');
  await region.getByRole('button', { name: 'Import 1 account' }).click();
  await expect(region.getByRole('status')).toHaveText('Imported 1 account.');
  expect((await accounts(options.page)).map((a) => a.accountName)).toEqual(['ok@example.com']);
});

test('upload: one picture holding two export QR codes lists both', async ({ openOptions }) => {
  const picture = corpusPath('qr/extract_otp_secrets/Exported-QR-codes.webp');
  test.skip(!picture, needsCorpus('qr/extract_otp_secrets', 'a real screenshot of two export QR codes'));
  const options = await openOptions('import-export');
  await createVault(options.page, PASSWORD);
  await options.page.getByLabel('QR code image', { exact: true }).setInputFiles(picture!);
  await expect(options.page.getByText('Found 2 QR codes.')).toBeVisible();
  await expect(options.page.getByRole('region', { name: 'Google Authenticator export' })).toHaveCount(2);
});

test('right-click image: "Scan QR code" reads a page image (http and data: URLs) in the scan window', async ({
  context,
  serviceWorker,
  extensionId,
  server,
  openOptions,
}) => {
  const options = await openOptions();
  await createVault(options.page, PASSWORD);
  server.file('/qr.png', await png(URI), 'image/png');
  const other = await dataUrl('WIFI:S:home;T:WPA;P:secret;;');
  const url = server.html('/img', `<!doctype html><img id="a" src="/qr.png"><img id="b" src="${other}">`);
  const page = await context.newPage();
  await page.goto(url);
  await clickToolbarButton(context, page, extensionId);

  const notOtp = await scanWindow(context, () =>
    clickMenu(serviceWorker, 'qr-scan-image', page, { mediaType: 'image', srcUrl: other }),
  );
  await expect(notOtp.getByRole('alert')).toHaveText('This QR code is not an authenticator code');

  server.file('/logo.png', readFileSync(join(EXTENSION_PATH, 'icon/128.png')), 'image/png');
  const none = await scanWindow(context, () =>
    clickMenu(serviceWorker, 'qr-scan-image', page, { mediaType: 'image', srcUrl: `${server.origin}/logo.png` }),
  );
  await expect(none.getByRole('alert')).toContainText('No QR code found in this image');

  const scan = await scanWindow(context, () =>
    clickMenu(serviceWorker, 'qr-scan-image', page, { mediaType: 'image', srcUrl: `${server.origin}/qr.png` }),
  );
  await saveAndCheck(scan, options.page);
});

test('right-click image: a cross-origin image the extension may not download is read as the tab shows it', async ({
  context,
  serviceWorker,
  extensionId,
  server,
  openOptions,
}) => {
  const options = await openOptions();
  await createVault(options.page, PASSWORD);
  // Page on 127.0.0.1, image on localhost: another origin that sends no CORS headers. A script's
  // request (it carries an Origin) would get another code, so only what the tab shows can pass.
  const [shown, decoy] = [await png(URI), await png('https://example.com/decoy')];
  server.route('/qr.png', (req, res) => {
    res.writeHead(200, { 'content-type': 'image/png' }).end(req.headers.origin ? decoy : shown);
  });
  const imageUrl = `${server.origin.replace('127.0.0.1', 'localhost')}/qr.png`;
  const url = server.html(
    '/cross',
    `<!doctype html><div style="height:1500px">Scroll down</div><img id="q" src="${imageUrl}">`,
  );
  const page = await context.newPage();
  await page.goto(url);
  await expect.poll(() => page.locator('#q').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  await clickToolbarButton(context, page, extensionId);
  await page.bringToFront();
  const scan = await scanWindow(context, () =>
    clickMenu(serviceWorker, 'qr-scan-image', page, { mediaType: 'image', srcUrl: imageUrl }),
  );
  await saveAndCheck(scan, options.page);
});

test('right-click image: a blob: URL image is read from inside the page', async ({
  context,
  serviceWorker,
  extensionId,
  server,
  openOptions,
}) => {
  const options = await openOptions();
  await createVault(options.page, PASSWORD);
  const bytes = (await png(URI)).toString('base64');
  const url = server.html(
    '/blob',
    `<!doctype html><img id="q"><script>
      const bin = atob('${bytes}'); const arr = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) arr[i] = bin.charCodeAt(i);
      document.getElementById('q').src = URL.createObjectURL(new Blob([arr], { type: 'image/png' }));
    </script>`,
  );
  const page = await context.newPage();
  await page.goto(url);
  const blobUrl = await page.locator('#q').getAttribute('src');
  expect(blobUrl).toMatch(/^blob:/);
  await clickToolbarButton(context, page, extensionId);
  const scan = await scanWindow(context, () =>
    clickMenu(serviceWorker, 'qr-scan-image', page, { mediaType: 'image', srcUrl: blobUrl }),
  );
  await saveAndCheck(scan, options.page);
});

test('page scan: "Scan QR code on this page" captures the visible tab and reads the QR in it', async ({
  context,
  serviceWorker,
  extensionId,
  server,
  openOptions,
}) => {
  const options = await openOptions();
  await createVault(options.page, PASSWORD);
  const url = server.html(
    '/page',
    `<!doctype html><h1>Set up two-factor authentication</h1><p>Scan this code:</p><img src="${await dataUrl(URI)}">`,
  );
  const page = await context.newPage();
  await page.goto(url);
  await clickToolbarButton(context, page, extensionId);
  await page.bringToFront();
  const scan = await scanWindow(context, () => clickMenu(serviceWorker, 'qr-scan-page', page));
  await saveAndCheck(scan, options.page);
  // The screenshot was only kept until the scan window had read it.
  const kept = await serviceWorker.evaluate(() => chrome.storage.session.get('qrScans'));
  expect(kept.qrScans).toEqual([]);
});

for (const dpr of [1, 2]) {
  test(`page scan: with no QR on the page, the user drags a rectangle and that area is read (device pixel ratio ${dpr})`, async ({
    context,
    serviceWorker,
    extensionId,
    server,
    openOptions,
  }) => {
    const options = await openOptions();
    await createVault(options.page, PASSWORD);
    const url = server.html(
      '/late',
      `<!doctype html><style>body{margin:0}img{position:absolute}</style><h1>Two-factor setup</h1>
     <img id="other" style="left:20px;top:300px" src="${await dataUrl('https://example.com/elsewhere')}">`,
    );
    const page = await context.newPage();
    if (dpr !== 1) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setDeviceMetricsOverride', {
        width: 1000,
        height: 700,
        deviceScaleFactor: dpr,
        mobile: false,
      });
    }
    await page.goto(url);
    expect(await page.evaluate(() => devicePixelRatio)).toBe(dpr);
    await page.evaluate(() => (document.getElementById('other')!.style.visibility = 'hidden'));
    await clickToolbarButton(context, page, extensionId);
    await page.bringToFront();
    const tabId = await tabIdOf(serviceWorker, url);
    expect(tabId).toBeGreaterThan(0);
    const scan = await scanWindow(context, () => clickMenu(serviceWorker, 'qr-scan-page', page));
    // Every decoding pass runs before "none found" (the scan window also compiles the decoder first): on a CI machine
    // shared by two browsers that has taken more than the default 10 s.
    await expect(scan.getByRole('status')).toContainText('No QR code was found on the visible page', {
      timeout: 30_000,
    });
    await expect(page.locator('[data-otpilot-region-select]')).toBeAttached();

    // The QR appears only now (as on a page that reveals it after a click), beside another code.
    const qr = await dataUrl(URI);
    await page.evaluate((src) => {
      document.getElementById('other')!.style.visibility = 'visible';
      const img = Object.assign(document.createElement('img'), { id: 'otp', src });
      Object.assign(img.style, { left: '600px', top: '120px' });
      document.body.append(img);
      return img.decode();
    }, qr);
    const box = (await page.locator('#otp').boundingBox())!;
    await page.mouse.move(box.x - 10, box.y - 10);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    await page.mouse.move(box.x + box.width + 10, box.y + box.height + 10, { steps: 4 });
    await page.mouse.up();
    await expect(page.locator('[data-otpilot-region-select]')).not.toBeAttached();

    await saveAndCheck(scan, options.page);
    await expect(scan.getByText('Found 2 QR codes')).toHaveCount(0);
  });
}
