import type { Account } from '@/lib/vault/types';

/** The popup's order (site, pinned, user order) is shared with the background, which computes the first rows' codes. */
export { sortAccounts } from '@/lib/vault/display-order';

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
