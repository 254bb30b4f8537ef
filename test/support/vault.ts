import type { Page } from '@playwright/test';
import type { NewAccount } from '../../lib/vault/types';

let nextId = 1000;

/**
 * Sends one message of our typed protocol from an extension page (popup/options), in the wire
 * format of @webext-core/messaging, and answers the handler's result (throws its error).
 */
export async function sendFromPage<T = unknown>(page: Page, type: string, data?: unknown): Promise<T> {
  const answer = await page.evaluate((message) => chrome.runtime.sendMessage(message), {
    id: nextId++,
    type,
    data,
    timestamp: Date.now(),
  });
  if (answer?.err) throw new Error(`${type}: ${JSON.stringify(answer.err)}`);
  return answer?.res as T;
}

/** Creates (and so unlocks) a vault with `password`, from an extension page. */
export async function createVault(page: Page, password: string): Promise<void> {
  const answer = await sendFromPage<{ ok: boolean; error?: string }>(page, 'vaultCreate', { password });
  if (!answer.ok) throw new Error(`vaultCreate: ${answer.error}`);
}

/** A TOTP account with defaults, for seeding. */
export function totp(issuer: string, accountName: string, secret: string, extra: Partial<NewAccount> = {}): NewAccount {
  return { issuer, accountName, secret, type: 'totp', algorithm: 'SHA1', digits: 6, period: 30, counter: 0, ...extra };
}

/** Adds accounts straight through the vault messages (faster than the form, for tests that are not about adding). */
export async function seedAccounts(page: Page, accounts: NewAccount[]): Promise<void> {
  const answer = await sendFromPage<{ ok: boolean; error?: string; added?: number }>(page, 'accountsImport', {
    accounts,
  });
  if (!answer.ok) throw new Error(`accountsImport: ${answer.error}`);
}
