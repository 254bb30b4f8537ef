import { QueryClient, queryOptions } from '@tanstack/react-query';
import { stepMark } from './step-mark';
import { sendFromPage } from '@/lib/messaging/page-send';
import type { Account } from '@/lib/vault/types';
import { seedCodes } from './codes';
import { openVaultHere, type OpenedVault } from './early-accounts';
import { knowSiteIds } from './site-ids';
import { setClockOffset } from '@/lib/clock/now';

/** The popup's one query client: it lives as long as the popup is open. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } },
});

export const ACCOUNTS_KEY = ['vault', 'accounts'] as const;

let early: Promise<boolean> | undefined;
let earlyOutcome: boolean | undefined;

async function openVault(): Promise<OpenedVault> {
  const answer = await sendFromPage('vaultAccounts', undefined);
  if (!answer.ok) throw new Error(answer.error);
  setClockOffset(answer.clockOffsetMs ?? 0);
  return answer;
}

async function fetchAccounts(): Promise<Account[]> {
  const { accounts, codes, siteIds } = await openVault();
  knowSiteIds(siteIds);
  seedCodes(accounts, codes);
  return accounts;
}

/**
 * The popup's first read (see early-accounts.ts): the vault decrypted here, the query filled with every
 * account and the first rows' codes, so the list shows without a round trip to the background. When it
 * cannot be read here (locked, damaged, to be migrated) the answer is false and the vault gate takes over.
 */
export function startAccountsEarly(): Promise<boolean> {
  early ??= openVaultHere()
    .then(
      (opened) => {
        if (!opened) return false;
        stepMark('accounts');
        knowSiteIds(opened.siteIds);
        seedCodes(opened.accounts, opened.codes);
        queryClient.setQueryData(ACCOUNTS_KEY, opened.accounts);
        return true;
      },
      () => false,
    )
    .then((ok) => (earlyOutcome = ok));
  return early;
}

/** The early answer's outcome if it has already come (true: unlocked, accounts cached). */
export function earlyAccountsOutcome(): boolean | undefined {
  return earlyOutcome;
}

/** The vault's accounts, decrypted once per popup open (one `vaultAccounts` call). */
export const accountsQuery = () => queryOptions({ queryKey: ACCOUNTS_KEY, queryFn: fetchAccounts });

/** Replaces or adds one account in the cached list (after an edit, add, restore or HOTP advance). */
export function putAccount(account: Account): void {
  queryClient.setQueryData<Account[]>(ACCOUNTS_KEY, (list = []) => {
    const i = list.findIndex((a) => a.id === account.id);
    if (i < 0) return [...list, account];
    const next = list.slice();
    next[i] = account;
    return next;
  });
}

export function dropAccount(id: string): void {
  queryClient.setQueryData<Account[]>(ACCOUNTS_KEY, (list = []) => list.filter((a) => a.id !== id));
}

/** Applies a new user order locally (the background is told separately). */
export function applyOrder(ids: readonly string[]): void {
  const position = new Map(ids.map((id, i) => [id, i]));
  queryClient.setQueryData<Account[]>(ACCOUNTS_KEY, (list = []) =>
    list.map((a) => (position.has(a.id) ? { ...a, order: position.get(a.id)! } : a)),
  );
}

/** Forgets the decrypted accounts (on lock or when the unlocked view goes away). */
export function forgetAccounts(): void {
  queryClient.removeQueries({ queryKey: ACCOUNTS_KEY });
}
