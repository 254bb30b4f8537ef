import type { Account } from './types';

/** The rows an opening popup shows before any scrolling (440 px of 68 px rows), plus its overscan. */
export const FIRST_ROWS = 12;

/** The accounts in the user's own order (as `accountsReorder` saved it). */
export function inUserOrder(accounts: readonly Account[]): Account[] {
  return [...accounts].sort((a, b) => a.order - b.order);
}

/**
 * The order the popup shows: accounts for the current site first (`siteIds`, which the background found
 * with the one site rule, `lib/sites`), then pinned, then the user's order.
 */
export function sortAccounts(accounts: readonly Account[], siteIds: ReadonlySet<string> | null): Account[] {
  const rank = new Map(accounts.map((a) => [a, (siteIds?.has(a.id) ? 0 : 2) + (a.pinned ? 0 : 1)]));
  return [...accounts].sort((a, b) => rank.get(a)! - rank.get(b)! || a.order - b.order);
}
