import { expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startSkyvernServer, type SkyvernServer } from '../../server/skyvern/serve';
import type { NewAccount } from '../../lib/vault/types';
import { seedVault } from '../widgets/account';
import { grantHostPermission } from './cdp';
import { test as base } from './fixtures';
import type { OptionsPage, OptionsSection } from './pages';

/** Every test gets its own local Skyvern-like API (real HTTP on 127.0.0.1, as the real server behaves). */
export const test = base.extend<{ skyvern: SkyvernServer }>({
  // eslint-disable-next-line no-empty-pattern
  skyvern: async ({}, use) => {
    const skyvern = await startSkyvernServer();
    await use(skyvern);
    await skyvern.close();
  },
});

/** Pushes a message as e-mail/SMS forwarding does: POST /v1/credentials/totp. */
export async function push(skyvern: SkyvernServer, identifier: string, content: string, source = 'email') {
  const response = await fetch(`${skyvern.baseUrl}/v1/credentials/totp`, {
    method: 'POST',
    headers: { 'x-api-key': skyvern.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ totp_identifier: identifier, content, source }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { code: string; otp_type: string };
}

/** Fills the Skyvern section of the options page and saves, as a user would. */
export async function configure(page: Page, baseUrl: string, apiKey: string) {
  await page.getByLabel('Skyvern API key').fill(apiKey);
  await page.getByLabel('Skyvern base URL').fill(baseUrl);
  await page.getByRole('button', { name: 'Save Skyvern settings' }).click();
}

/**
 * A vault holding `accounts`, the API's origin granted (headless Chromium cannot answer the permission prompt:
 * it is granted as the user's answer would), then the key and base URL saved in options as a user would.
 * Answers the options page.
 */
export async function connectSkyvern(
  fx: {
    context: BrowserContext;
    extensionId: string;
    openOptions: (section?: OptionsSection) => Promise<OptionsPage>;
    skyvern: SkyvernServer;
  },
  accounts: NewAccount[] = [],
): Promise<OptionsPage> {
  await seedVault(fx.context, fx.extensionId, accounts);
  await grantHostPermission(fx.context, fx.extensionId, fx.skyvern.baseUrl);
  const options = await fx.openOptions('skyvern');
  await configure(options.page, fx.skyvern.baseUrl, fx.skyvern.apiKey);
  await expect(options.page.getByText('Skyvern settings saved.')).toBeVisible();
  return options;
}

/** How many frames the background is polling Skyvern for. */
/** The frames waiting for a pushed code; with `exceptHost`, those of other sites only. */
export const waitingFrames = (serviceWorker: Worker, exceptHost = '') =>
  serviceWorker.evaluate(async (except) => {
    const { skyvernWaits } = (await chrome.storage.session.get('skyvernWaits')) as {
      skyvernWaits?: { origin: string }[];
    };
    const waits = Array.isArray(skyvernWaits) ? skyvernWaits : [];
    return waits.filter((w) => !except || new URL(w.origin).hostname !== except).length;
  }, exceptHost);

/**
 * Ties an identifier to a site as an earlier click on the chip's offer would have (the tie the options
 * list shows): codes sent to it then fill that site's waiting pages by themselves.
 */
export const tieSite = (serviceWorker: Worker, identifier: string, url: string) =>
  serviceWorker.evaluate(
    async ([identifier, origin]) => {
      const { skyvernTies } = await chrome.storage.local.get('skyvernTies');
      const ties = Array.isArray(skyvernTies) ? skyvernTies : [];
      await chrome.storage.local.set({ skyvernTies: [{ identifier, origin, at: Date.now() }, ...ties] });
    },
    [identifier, new URL(url).origin] as const,
  );
