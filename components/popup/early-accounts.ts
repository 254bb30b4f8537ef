import { browser } from 'wxt/browser';
import { loadClockOffset } from '@/lib/clock/record';
import { stepMark } from './step-mark';
import { FIRST_ROWS, inUserOrder } from '@/lib/vault/display-order';
import type { ReadyCode } from '@/lib/vault/first-codes';
import { readAccountsHere } from '@/lib/vault/page-reader';
import type { Account } from '@/lib/vault/types';

/** The accounts and the first rows' codes, as `vaultAccounts` answers them. */
export interface OpenedVault {
  accounts: Account[];
  codes: ReadyCode[];
  /** The accounts whose websites match the active tab (the first rows were ordered by them). */
  siteIds: string[];
  /** Server time minus this computer's, as the background measured it (`lib/clock/`). */
  clockOffsetMs?: number;
}

/** The origin of the tab the popup was opened over (readable after the toolbar click's activeTab grant), or null. */
async function activeOrigin(): Promise<string | null> {
  const [[tab], { originOf }] = await Promise.all([
    browser.tabs.query({ active: true, currentWindow: true }).catch(() => []),
    import('@/lib/sites/match'),
  ]);
  return originOf(tab?.url);
}

/**
 * The popup's first read, without the background: the popup is a trusted page and decrypts the vault
 * itself (`readAccountsHere`), so a service worker that Chrome has stopped (30 s idle) is not woken on
 * the way to the codes. The codes of the rows on screen, in the order for the tab the popup was opened
 * over, are computed meanwhile (`firstRows`, with the site rule of `lib/sites`; both load while the vault
 * is read), so the first render shows them. Null when the vault cannot be read here (locked, damaged, to
 * be migrated): the vault gate then asks the background, the vault's one writer.
 */
export async function openVaultHere(): Promise<OpenedVault | null> {
  stepMark('accounts-asked');
  const rows = import('@/lib/vault/first-codes');
  // The clock offset the background measured last (lib/clock), for the codes computed here.
  const [accounts] = await Promise.all([readAccountsHere(), loadClockOffset()]);
  stepMark('accounts-arrived');
  if (!accounts) return null;
  const origin = accounts.some((a) => a.websites.length > 0) ? activeOrigin() : null;
  const { codes, siteIds } = await (await rows).firstRows(accounts, origin, FIRST_ROWS);
  return { accounts: inUserOrder(accounts), codes, siteIds };
}
