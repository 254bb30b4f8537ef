import type { BrowserContext } from '@playwright/test';
import { grantHostPermission } from '../test/support/cdp';
import { createVault, seedAccounts, totp } from '../test/support/vault';

/** What `npm start` sets up in its own browser profile, so the whole flow works without a step by hand. */
export const DEMO_MASTER_PASSWORD = 'otpilot demo 2026';
export const DEMO_IDENTIFIER = 'demo@otpilot.test';
export const DEMO_SECRET = 'JBSWY3DPEHPK3PXP';

/**
 * A demo vault (DEMO_MASTER_PASSWORD) holding one account for the demo login page's site, and the extension pointed
 * at the local Skyvern API: its origin allowed (as the user's answer to the prompt would), then the key, base URL
 * and the demo identifier saved in Options → Skyvern, as a user would; and the demo identifier tied to `tiedUrl`'s
 * site, as one click on the chip's offer there would (pushed codes fill by themselves only on a tied site).
 */
export async function prepareDemoProfile(
  context: BrowserContext,
  extensionId: string,
  skyvern: { baseUrl: string; apiKey: string },
  tiedUrl: string,
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html#skyvern`);
  await createVault(page, DEMO_MASTER_PASSWORD);
  await seedAccounts(page, [totp('Demo bank', DEMO_IDENTIFIER, DEMO_SECRET, { websites: ['127.0.0.1'] })]);
  await grantHostPermission(context, extensionId, skyvern.baseUrl);
  await page.reload();
  await page.getByLabel('Skyvern API key').fill(skyvern.apiKey);
  await page.getByLabel('Skyvern base URL').fill(skyvern.baseUrl);
  await page.getByLabel('TOTP identifiers').fill(DEMO_IDENTIFIER);
  await page.getByRole('button', { name: 'Save Skyvern settings' }).click();
  await page.getByText('Skyvern settings saved.').waitFor();
  await page.evaluate(
    ([identifier, origin]) => chrome.storage.local.set({ skyvernTies: [{ identifier, origin, at: Date.now() }] }),
    [DEMO_IDENTIFIER, new URL(tiedUrl).origin] as const,
  );
  await page.close();
}
