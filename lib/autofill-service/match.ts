import type { Account } from '@/lib/vault/types';

/** The host of an http(s) URL, lower case, without port or trailing dot; null for anything else. */
export function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    return parsed.hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return null;
  }
}

/** An account's website as a bare host: accepts `github.com`, `https://github.com/login`, `github.com:443`. */
export function websiteHost(website: string): string | null {
  const trimmed = website.trim().toLowerCase();
  if (!trimmed) return null;
  return hostOf(/^[a-z][a-z0-9+.-]*:\/\//.test(trimmed) ? trimmed : `https://${trimmed}`);
}

function isIpOrLocal(host: string): boolean {
  return host === 'localhost' || /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');
}

/** `host` is the website or one of its subdomains; IP addresses and localhost match only exactly. */
export function hostMatches(host: string, website: string): boolean {
  const site = websiteHost(website);
  if (!site) return false;
  if (host === site) return true;
  if (isIpOrLocal(host) || isIpOrLocal(site)) return false;
  return host.endsWith(`.${site}`);
}

/** Accounts with a website matching any of `hosts` (the frame's and the tab's). */
export function matchingAccounts(accounts: Account[], hosts: (string | null)[]): Account[] {
  const wanted = [...new Set(hosts.filter((h): h is string => h !== null))];
  return accounts.filter((a) => wanted.some((h) => matchesHost(a, h)));
}

/** True when `host` is one of the account's websites or a subdomain (IPs and localhost only exactly). */
export function matchesHost(account: Pick<Account, 'websites'>, host: string | null): boolean {
  return host !== null && account.websites.some((w) => hostMatches(host.toLowerCase(), w));
}

/** "Issuer (account name)", or whichever of the two exists. */
export function choiceLabel(account: Account): string {
  if (account.issuer && account.accountName) return `${account.issuer} (${account.accountName})`;
  return account.issuer || account.accountName || 'Account';
}
