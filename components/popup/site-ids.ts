import { useSyncExternalStore } from 'react';

/**
 * The accounts whose websites match the tab the popup was opened over, as the background answered them
 * with the accounts (`vaultAccounts`) or as the popup found them itself (`early-accounts.ts`, where the site
 * rule, `lib/sites`, loads only while the vault is read). Without activeTab (extension pages, no grant) it is empty.
 */
let ids: ReadonlySet<string> = new Set();
const listeners = new Set<() => void>();

export function knowSiteIds(next: readonly string[] | undefined): void {
  const same = next !== undefined && next.length === ids.size && next.every((id) => ids.has(id));
  if (same || next === undefined) return;
  ids = new Set(next);
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSiteIds(): ReadonlySet<string> {
  return useSyncExternalStore(subscribe, () => ids);
}
