import { generateCode } from '../../lib/otp/generate';
import { stopServiceWorkers } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { createVault, sendFromPage, seedAccounts, totp } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';
/** 2026-01-01T00:00:05Z: 5 s into a 30 s window. */
const T = Date.UTC(2026, 0, 1, 0, 0, 5);

/** Records #root's markup at each change, from before the popup's scripts run: the first is React's first render. */
function recordRoot() {
  const w = window as unknown as { rootShots: string[] };
  w.rootShots = [];
  document.addEventListener('DOMContentLoaded', () => {
    const root = document.getElementById('root')!;
    new MutationObserver(() => w.rootShots.push(root.innerHTML)).observe(root, { childList: true });
  });
}

test('with the service worker stopped, the popup opens straight onto the rows and their codes', async ({
  openPopup,
  context,
}) => {
  const setup = (await openPopup()).page;
  await createVault(setup, PASSWORD);
  await seedAccounts(setup, [
    totp('Pinned & Co', 'me@example.com', SECRET, { pinned: true }),
    totp('<b>Tags</b>', "o'brien", SECRET),
    ...Array.from({ length: 20 }, (_, i) => totp(`More ${i}`, `m${i}`, SECRET)),
  ]);
  const popupUrl = setup.url();
  await stopServiceWorkers(context, setup); // as Chrome does after 30 s idle

  const page = await context.newPage();
  await page.clock.setFixedTime(T);
  await page.addInitScript(recordRoot);
  await page.goto(popupUrl);
  const expected = await generateCode(
    { type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
    T,
  );
  const first = page.getByRole('button', { name: 'Copy code for Pinned & Co (me@example.com)' });
  await expect(first.locator('.code')).toHaveText(`${expected.slice(0, 3)} ${expected.slice(3)}`);
  await expect(page.getByRole('button', { name: "Copy code for <b>Tags</b> (o'brien)" })).toBeVisible();

  // The first thing React drew was already the list with its codes: no "Opening vault…" on the way.
  const shots = await page.evaluate(() => (window as unknown as { rootShots: string[] }).rootShots);
  expect(shots[0]).toContain(`${expected.slice(0, 3)} ${expected.slice(3)}`);
  expect(shots[0]).not.toContain('Opening vault');
  expect(shots[0]).toContain('&lt;b&gt;Tags&lt;/b&gt;');
});

test('with the service worker stopped, a locked vault opens onto the unlock form, and unlocking shows the codes', async ({
  openPopup,
  context,
}) => {
  const setup = (await openPopup()).page;
  await createVault(setup, PASSWORD);
  await seedAccounts(setup, [totp('Example', 'me@example.com', SECRET)]);
  await sendFromPage(setup, 'vaultLock');
  const popupUrl = setup.url();
  await stopServiceWorkers(context, setup);

  const page = await context.newPage();
  await page.goto(popupUrl);
  await page.getByLabel('Master password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Copy code for Example (me@example.com)' })).toBeVisible();
});
