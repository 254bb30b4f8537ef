import { matchesHost } from '@/lib/autofill-service/match';
import type { Account } from './types';

/** The rows an opening popup shows before any scrolling (440 px of 68 px rows), plus its overscan. */
export const FIRST_ROWS = 12;

/** The accounts in the user's own order (as `accountsReorder` saved it). */
export function inUserOrder(accounts: readonly Account[]): Account[] {
  return [...accounts].sort((a, b) => a.order - b.order);
}

/** The order the popup shows: accounts for the current site first, then pinned, then the user's order. */
export function sortAccounts(accounts: readonly Account[], host: string | null): Account[] {
  // Ranked once per account, not per comparison: matching parses each website.
  const rank = new Map(accounts.map((a) => [a, (matchesHost(a, host) ? 0 : 2) + (a.pinned ? 0 : 1)]));
  return [...accounts].sort((a, b) => rank.get(a)! - rank.get(b)! || a.order - b.order);
}
