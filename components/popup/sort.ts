import { hostMatches, hostOf } from '@/lib/autofill-service/match';
import type { Account } from '@/lib/vault/types';

/** The host of a tab URL when it is a web page (null otherwise): the same rule autofill uses. */
export { hostOf };

/** True when `host` is one of the account's websites or a subdomain (IPs and localhost only exactly), as for autofill. */
export function matchesHost(account: Pick<Account, 'websites'>, host: string | null): boolean {
  return host !== null && account.websites.some((w) => hostMatches(host.toLowerCase(), w));
}

/** Accounts for the current site first, then pinned, then the user's order. */
export function sortAccounts(accounts: readonly Account[], host: string | null): Account[] {
  // Ranked once per account, not per comparison: matching parses each website.
  const rank = new Map(accounts.map((a) => [a, (matchesHost(a, host) ? 0 : 2) + (a.pinned ? 0 : 1)]));
  return [...accounts].sort((a, b) => rank.get(a)! - rank.get(b)! || a.order - b.order);
}

/** Case-insensitive search over issuer, account name and websites; every word must match. */
export function filterAccounts(accounts: readonly Account[], query: string): readonly Account[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return accounts;
  return accounts.filter((a) => {
    const hay = `${a.issuer}\n${a.accountName}\n${a.websites.join('\n')}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

/** Moves `id` to `toIndex` within `ids` (the list as shown), answering the new order. */
export function moveId(ids: readonly string[], id: string, toIndex: number): string[] {
  const from = ids.indexOf(id);
  if (from < 0) return [...ids];
  const next = ids.filter((x) => x !== id);
  next.splice(Math.max(0, Math.min(toIndex, next.length)), 0, id);
  return next;
}
