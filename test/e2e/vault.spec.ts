import type { Page, Worker } from '@playwright/test';
import { stopServiceWorkers } from '../support/cdp';
import { expect, test } from '../support/fixtures';
import { sendFromPage, totp } from '../support/vault';
import { extensionIdOf, extensionWorker, launchWithExtension } from '../support/launch';
import { PopupPage } from '../support/pages';

const PASSWORD = 'correct horse battery staple';
const SECRETS = ['JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 'KRSXG5CTMVRXEZLUKRSXG5CTMVRXEZLU'];
const API_KEY = 'sk-skyvern-test-5f8e1c2a9b7d4e6f';

async function createVault(page: Page): Promise<void> {
  await page.getByLabel('Master password', { exact: true }).fill(PASSWORD);
  await page.getByLabel('Confirm master password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible({ timeout: 20_000 });
}

async function addAccounts(page: Page): Promise<void> {
  for (const [i, secret] of SECRETS.entries()) {
    const account = totp(`Issuer ${i}`, `user${i}@example.com`, secret);
    expect(await sendFromPage(page, 'accountAdd', { account })).toMatchObject({ ok: true });
  }
  expect(await sendFromPage(page, 'vaultSetApiKey', { apiKey: API_KEY })).toEqual({ ok: true });
}

/** Every storage area and every IndexedDB database, read from the service worker, as one string. */
async function dumpEverything(worker: Worker): Promise<string> {
  return worker.evaluate(async () => {
    const areas = {
      local: await chrome.storage.local.get(null),
      sync: await chrome.storage.sync.get(null),
      session: await chrome.storage.session.get(null),
    };
    const idb: Record<string, unknown> = {};
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(info.name!);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        idb[`${info.name}/${store}`] = await new Promise((resolve) => {
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => resolve(req.result);
        });
      }
      db.close();
    }
    return JSON.stringify({ areas, idb });
  });
}

function base32Bytes(secret: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of secret) bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
  const bytes = bits.match(/.{8}/g)!.map((b) => parseInt(b, 2));
  return Buffer.from(bytes);
}

function forms(secret: string): string[] {
  const raw = base32Bytes(secret);
  return [
    secret,
    secret.toLowerCase(),
    raw.toString('hex'),
    raw.toString('base64'),
    raw.toString('latin1'),
    JSON.stringify(raw.toString('latin1')).slice(1, -1),
  ];
}

test('secrets and the API key are stored only as ciphertext', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  await createVault(popup.page);
  await addAccounts(popup.page);
  const accounts = await sendFromPage<{ ok: boolean; accounts: { secret: string }[] }>(popup.page, 'vaultAccounts');
  expect(accounts.accounts.map((a) => a.secret)).toEqual(SECRETS);

  const dump = await dumpEverything(serviceWorker);
  expect(dump).toContain('otpilot-vault'); // the ciphertext is there…
  for (const secret of SECRETS) for (const form of forms(secret)) expect(dump).not.toContain(form);
  expect(dump).not.toContain(API_KEY);
  expect(dump).not.toContain('user0@example.com');
  expect(dump).not.toContain(PASSWORD);
});

test('a service worker restart keeps the vault unlocked', async ({ context, openPopup }) => {
  const popup = await openPopup();
  await createVault(popup.page);
  await addAccounts(popup.page);
  await stopServiceWorkers(context, popup.page);
  await expect
    .poll(() => sendFromPage(popup.page, 'vaultStatus').catch(() => null), { timeout: 15_000 })
    .toEqual({ state: 'unlocked' });
  const accounts = await sendFromPage<{ accounts: unknown[] }>(popup.page, 'vaultAccounts');
  expect(accounts.accounts).toHaveLength(SECRETS.length);
  await popup.page.reload();
  await expect(popup.page.getByRole('button', { name: 'Lock' })).toBeVisible();
});

test('a browser restart locks the vault, and the password unlocks it again', async () => {
  const first = await launchWithExtension();
  const id = extensionIdOf(await extensionWorker(first.context));
  const popup = await PopupPage.open(first.context, id);
  await createVault(popup.page);
  await addAccounts(popup.page);
  await first.close({ keepProfile: true });

  const second = await launchWithExtension(first.userDataDir);
  try {
    const again = await PopupPage.open(second.context, id);
    await expect(again.page.getByRole('button', { name: 'Unlock' })).toBeVisible();
    await again.page.getByLabel('Master password').fill('not the password');
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await expect(again.page.getByRole('alert')).toContainText('Wrong master password');
    await again.page.getByLabel('Master password').fill(PASSWORD);
    await again.page.getByRole('button', { name: 'Unlock' }).click();
    await expect(again.page.getByRole('button', { name: 'Lock' })).toBeVisible({ timeout: 20_000 });
    const accounts = await sendFromPage<{ accounts: { secret: string }[] }>(again.page, 'vaultAccounts');
    expect(accounts.accounts.map((a) => a.secret)).toEqual(SECRETS);
  } finally {
    await second.close();
  }
});

test('auto-lock fires after the idle time', async ({ openPopup, serviceWorker }) => {
  const popup = await openPopup();
  await createVault(popup.page);
  // 3 seconds instead of minutes (unpacked extensions may set short alarms).
  await serviceWorker.evaluate(() =>
    chrome.storage.local.set({ settings: { autoLockMinutes: 0.05, autoFill: true, clipboardClearSeconds: 30 } }),
  );
  await sendFromPage(popup.page, 'vaultTouch');
  await expect(popup.page.getByRole('button', { name: 'Unlock' })).toBeVisible({ timeout: 45_000 });
  expect(await sendFromPage(popup.page, 'vaultStatus')).toEqual({ state: 'locked' });
});

test('the Lock button locks; a changed byte shows "vault damaged", leaves the data alone, and the previous version opens', async ({
  openPopup,
  serviceWorker,
}) => {
  const popup = await openPopup();
  await createVault(popup.page);
  await addAccounts(popup.page);
  await popup.page.getByRole('button', { name: 'Lock' }).click();
  await expect(popup.page.getByRole('button', { name: 'Unlock' })).toBeVisible();

  const tampered = await serviceWorker.evaluate(async () => {
    const { vaultHead } = (await chrome.storage.local.get('vaultHead')) as { vaultHead: { slot: string } };
    const key = vaultHead.slot === 'a' ? 'vaultSlotA' : 'vaultSlotB';
    const text = ((await chrome.storage.local.get(key)) as Record<string, string>)[key]!;
    const i = text.indexOf('"ct":"') + 10;
    const changed = text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1);
    await chrome.storage.local.set({ [key]: changed });
    return { key, changed };
  });
  await popup.page.reload();
  await expect(popup.page.getByRole('alert')).toContainText('Vault damaged');
  const stored = await serviceWorker.evaluate((key) => chrome.storage.local.get(key), tampered.key);
  expect(stored[tampered.key]).toBe(tampered.changed);

  // The previous generation is intact: going back to it keeps every account (the last change was the API key).
  await popup.page.getByRole('button', { name: 'Use the previous version' }).click();
  await popup.page.getByLabel('Master password').fill(PASSWORD);
  await popup.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(popup.page.getByRole('button', { name: 'Lock' })).toBeVisible({ timeout: 20_000 });
  const { accounts } = await sendFromPage<{ accounts: { secret: string }[] }>(popup.page, 'vaultAccounts');
  expect(accounts.map((a) => a.secret)).toEqual(SECRETS);
});

test('two windows editing at once lose neither edit', async ({ openPopup, openOptions }) => {
  const popup = await openPopup();
  await createVault(popup.page);
  const options = await openOptions();
  const account = (secret: string, issuer: string) => ({
    account: { issuer, accountName: 'me', secret, type: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0 },
  });
  const fromPopup = ['AAAAAAAA', 'BBBBBBBB', 'CCCCCCCC', 'DDDDDDDD'];
  const fromOptions = ['EEEEEEEE', 'FFFFFFFF', 'GGGGGGGG', 'HHHHHHHH'];
  await Promise.all([
    ...fromPopup.map((s) => sendFromPage(popup.page, 'accountAdd', account(s, 'Popup'))),
    ...fromOptions.map((s) => sendFromPage(options.page, 'accountAdd', account(s, 'Options'))),
  ]);
  const { accounts } = await sendFromPage<{ accounts: { secret: string }[] }>(popup.page, 'vaultAccounts');
  expect(accounts.map((a) => a.secret).sort()).toEqual([...fromPopup, ...fromOptions].sort());
});
