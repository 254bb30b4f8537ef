import { QueryClient, queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging/protocol';
import type { Account } from '@/lib/vault/types';

/** The popup's one query client: it lives as long as the popup is open. */
export const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: Infinity } },
});

export const ACCOUNTS_KEY = ['vault', 'accounts'] as const;

let early: ReturnType<typeof fetchAccounts> | undefined;

async function fetchAccounts(): Promise<Account[]> {
  const answer = await sendMessage('vaultAccounts', undefined);
  if (!answer.ok) throw new Error(answer.error);
  return answer.accounts;
}

/**
 * Asks for the accounts as soon as the popup's script runs, in parallel with the vault gate's
 * status check, so the list can render in the same frame the gate opens. A locked vault just
 * answers an error here, which is dropped; the query asks again.
 */
export function startAccountsEarly(): void {
  early = fetchAccounts();
  early.catch(() => undefined);
}

/** The vault's accounts, decrypted once per popup open (one `vaultAccounts` call). */
export const accountsQuery = () =>
  queryOptions({
    queryKey: ACCOUNTS_KEY,
    queryFn: async () => {
      const first = early;
      early = undefined;
      if (first) {
        try {
          return await first;
        } catch {
          // Asked before the vault was unlocked: ask again now.
        }
      }
      return fetchAccounts();
    },
  });

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
  early = undefined;
  queryClient.removeQueries({ queryKey: ACCOUNTS_KEY });
}
