import { expect, test } from '../support/fixtures';
import { createVault, sendFromPage } from '../support/vault';

const PASSWORD = 'correct horse battery staple';
const SECRET = 'JBSWY3DPEHPK3PXP';

test('the service worker stopped right after "Save": the account is saved once and no raw error shows', async ({
  context,
  serviceWorker,
  openPopup,
}) => {
  const { page } = await openPopup();
  await createVault(page, PASSWORD);
  await page.reload();
  await page.getByRole('button', { name: 'Add account' }).click();
  await page.getByLabel('Secret key or otpauth URI').fill(SECRET);
  await page.getByLabel('Issuer').fill('GitHub');
  await page.getByLabel('Account name').fill('me@example.com');

  // The new vault generation is committed, then this worker never answers and is stopped: the answer is lost.
  const session = await context.newCDPSession(page);
  await session.send('ServiceWorker.enable');
  await serviceWorker.evaluate(() => {
    const local = chrome.storage.local;
    const set = local.set.bind(local) as (items: Record<string, unknown>) => Promise<void>;
    (local as { set: unknown }).set = (items: Record<string, unknown>) =>
      set(items).then(() => {
        if (!('vaultHead' in items)) return;
        console.warn('otpilot-test: committed');
        return new Promise(() => undefined);
      });
  });
  const committed = new Promise<void>((resolve) =>
    serviceWorker.on('console', (m) => m.text() === 'otpilot-test: committed' && resolve()),
  );
  await page.getByRole('button', { name: 'Save' }).click();
  await committed;
  await session.send('ServiceWorker.stopAllWorkers');
  await session.detach();

  await expect(page.getByRole('button', { name: 'Copy code for GitHub (me@example.com)' })).toBeVisible({
    timeout: 15_000,
  });
  await expect(page.getByText(/message channel closed|port closed|Receiving end|already in the vault/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Copy code for / })).toHaveCount(1);
  const all = await sendFromPage<{ ok: boolean; total: number }>(page, 'vaultAccounts', {});
  expect(all).toMatchObject({ ok: true, total: 1 });
});
