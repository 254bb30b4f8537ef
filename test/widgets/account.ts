import type { BrowserContext } from '@playwright/test';
import { generateCode } from '../../lib/otp/generate';
import type { NewAccount } from '../../lib/vault/types';
import { createVault, seedAccounts, sendFromPage, totp } from '../support/vault';

export const SECRET = 'JBSWY3DPEHPK3PXP';
export const PASSWORD = 'autofill password 1234';

/** Creates a vault with the given accounts (default: one TOTP account for 127.0.0.1) from the options page. */
export async function seedVault(
  context: BrowserContext,
  extensionId: string,
  accounts: NewAccount[] = [totp('Example', 'me@example.com', SECRET, { websites: ['127.0.0.1'] })],
): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await createVault(page, PASSWORD);
  if (accounts.length > 0) await seedAccounts(page, accounts);
  await page.close();
}

/** Locks the vault from an extension page. */
export async function lockVault(context: BrowserContext, extensionId: string): Promise<void> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await sendFromPage(page, 'vaultLock');
  await page.close();
}

/** The codes a fill may have used around now (this window, the one before, the one after). */
export async function codesNow(secret = SECRET): Promise<string[]> {
  const p = { type: 'totp' as const, secret, algorithm: 'SHA1' as const, digits: 6, period: 30, counter: 0 };
  const now = Date.now();
  return Promise.all([generateCode(p, now), generateCode(p, now - 30_000), generateCode(p, now + 30_000)]);
}
