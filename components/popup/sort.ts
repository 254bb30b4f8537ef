import type { Account } from '@/lib/vault/types';

/** True when `host` is one of the account's websites or a subdomain of one. */
export function matchesHost(account: Pick<Account, 'websites'>, host: string | null): boolean {
  if (!host) return false;
  const h = host.toLowerCase();
  return account.websites.some((w) => h === w || h.endsWith(`.${w}`));
}

/** The host of a tab URL when it is a web page; null for extension pages, blank tabs or no URL. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
}

/** Accounts for the current site first, then pinned, then the user's order. */
export function sortAccounts(accounts: readonly Account[], host: string | null): Account[] {
  const rank = (a: Account) => (matchesHost(a, host) ? 0 : 2) + (a.pinned ? 0 : 1);
  return [...accounts].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
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
