import { getDomain, getPublicSuffix } from 'tldts';
import { isLocalAddress } from './local-address';

/**
 * The product's one rule for "does this account's website match this origin" (autofill, the popup's
 * order, pushed codes, the phishing guard). A website entry is what the user typed: `github.com`,
 * `https://github.com/login`, `http://192.168.1.5:8080`, `127.0.0.1`.
 *
 * - No scheme means https. An https entry never matches an http page. An http page matches only an
 *   entry that names http for that very host, or any entry when the page is on this computer or the
 *   local network (`isLocalAddress`, judged by the address). An http entry also matches its https page.
 * - A port named in the entry must match; without one, any port does.
 * - The page's host is the entry's host or a subdomain of it, never a parent or a look-alike
 *   (`github.com.evil.example`). IP addresses, `localhost` and entries that are themselves a public
 *   suffix (`github.io`, `co.uk`; the Public Suffix List through tldts, private suffixes included)
 *   match only exactly.
 */

const PSL = { allowPrivateDomains: true } as const;

/** An http(s) origin, taken apart. `port` is always given (443/80 when the URL has none). */
export interface PageOrigin {
  scheme: 'http' | 'https';
  host: string;
  port: string;
}

/** A website entry, taken apart. `port` is null when the entry names none (any port matches). */
export interface WebsiteEntry {
  scheme: 'http' | 'https';
  host: string;
  port: string | null;
}

const DEFAULT_PORT = { http: '80', https: '443' } as const;
const bareHost = (hostname: string) => hostname.toLowerCase().replace(/\.$/, '');

/** An http(s) URL or origin taken apart; null for anything else (extension pages, `about:`, junk). */
export function parseOrigin(url: string | null | undefined): PageOrigin | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const scheme = parsed.protocol === 'https:' ? 'https' : parsed.protocol === 'http:' ? 'http' : null;
  const host = bareHost(parsed.hostname);
  if (!scheme || !host) return null;
  return { scheme, host, port: parsed.port || DEFAULT_PORT[scheme] };
}

/** `https://host[:port]` of an http(s) URL (the browser's form of an origin); null for anything else. */
export function originOf(url: string | null | undefined): string | null {
  const o = parseOrigin(url);
  return o && `${o.scheme}://${o.host}${o.port === DEFAULT_PORT[o.scheme] ? '' : `:${o.port}`}`;
}

/** The host of an http(s) URL, lower case, without port or trailing dot; null for anything else. */
export function hostOf(url: string | null | undefined): string | null {
  return parseOrigin(url)?.host ?? null;
}

/** A website entry taken apart (no scheme: https); null when it is not an http(s) address. */
export function parseWebsite(website: string): WebsiteEntry | null {
  const text = website.trim().toLowerCase();
  if (!text) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//.test(text) ? text : `https://${text}`;
  const origin = parseOrigin(withScheme);
  if (!origin) return null;
  // The URL parser drops a default port (":443"): whether the entry named one is read off the text.
  const named = /^[a-z]+:\/\/(?:[^@/?#]*@)?(?:\[[^\]]*\]|[^:/?#]*):(\d+)/.exec(withScheme);
  return { scheme: origin.scheme, host: origin.host, port: named ? String(Number(named[1])) : null };
}

const isIp = (host: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[');

/** Whether `host` may stand for its subdomains: not an IP, not localhost, not a public suffix itself. */
function coversSubdomains(host: string): boolean {
  return !isIp(host) && host !== 'localhost' && getPublicSuffix(host, PSL) !== host;
}

/** `page` is the entry's host or one of its subdomains (see the rules above). */
function hostMatches(pageHost: string, entryHost: string): boolean {
  if (pageHost === entryHost) return true;
  return !isIp(pageHost) && coversSubdomains(entryHost) && pageHost.endsWith(`.${entryHost}`);
}

/** Whether one website entry matches a page origin (an origin string or a URL). */
export function websiteMatches(website: string, page: PageOrigin | string | null): boolean {
  const origin = typeof page === 'string' || page === null ? parseOrigin(page) : page;
  const entry = parseWebsite(website);
  if (!origin || !entry) return false;
  if (entry.port !== null && entry.port !== origin.port) return false;
  if (origin.scheme === 'https' || isLocalAddress(origin.host)) return hostMatches(origin.host, entry.host);
  // A plain http page elsewhere: only where the user listed that http address.
  return entry.scheme === 'http' && entry.host === origin.host;
}

/** True when one of the account's websites matches the page origin (or URL). */
export function matchesOrigin(account: { websites: readonly string[] }, page: string | null | undefined): boolean {
  const origin = parseOrigin(page);
  return origin !== null && account.websites.some((w) => websiteMatches(w, origin));
}

/** The accounts whose websites match the page origin (or URL). */
export function matchingAccounts<T extends { websites: readonly string[] }>(
  accounts: readonly T[],
  page: string | null | undefined,
): T[] {
  const origin = parseOrigin(page);
  return origin ? accounts.filter((a) => a.websites.some((w) => websiteMatches(w, origin))) : [];
}

/**
 * The site an origin belongs to, as browsers judge "same site": the scheme and the registrable domain
 * (`https://bank.example` for `https://login.bank.example:8443`); IPs and hosts without one stand alone.
 */
export function siteOf(page: string | null | undefined): string | null {
  const origin = parseOrigin(page);
  if (!origin) return null;
  const domain = isIp(origin.host) ? null : getDomain(origin.host, PSL);
  return `${origin.scheme}://${domain ?? origin.host}`;
}

/** The registrable domain (or the host) of an origin, for naming a site to the user: `bank.example`. */
export function siteName(page: string | null | undefined): string | null {
  const site = siteOf(page);
  return site && site.replace(/^https?:\/\//, '');
}
