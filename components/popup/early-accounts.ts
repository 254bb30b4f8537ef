import { stepMark } from './step-mark';
import { activeHost } from './active-host';
import { FIRST_ROWS, inUserOrder } from '@/lib/vault/display-order';
import { firstRows, type ReadyCode } from '@/lib/vault/first-codes';
import { readAccountsHere } from '@/lib/vault/page-reader';
import type { Account } from '@/lib/vault/types';

/** The accounts and the first rows' codes, as `vaultAccounts` answers them. */
export interface OpenedVault {
  accounts: Account[];
  codes: ReadyCode[];
  /** The host of the active tab the first rows were ordered for (undefined: not looked up). */
  host?: string | null;
}

/**
 * The popup's first read, without the background: the popup is a trusted page and decrypts the vault
 * itself (`readAccountsHere`), so a service worker that Chrome has stopped (30 s idle) is not woken on
 * the way to the codes. The codes of the rows on screen, in the order for the tab the popup was opened
 * over, are computed meanwhile, so the first render shows them. Null when the vault cannot be read here
 * (locked, damaged, to be migrated): the vault gate then asks the background, the vault's one writer.
 */
export async function openVaultHere(): Promise<OpenedVault | null> {
  stepMark('accounts-asked');
  const accounts = await readAccountsHere();
  stepMark('accounts-arrived');
  if (!accounts) return null;
  const host = accounts.some((a) => a.websites.length > 0) ? activeHost() : undefined;
  const { codes } = await firstRows(accounts, host ?? null, FIRST_ROWS);
  return { accounts: inUserOrder(accounts), codes, host: await host };
}
