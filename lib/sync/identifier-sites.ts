import { hostOf, matchesOrigin, parseWebsite } from '@/lib/sites/match';
import type { SkyvernCredential } from './credentials-schema';
import { sameIdentifier } from './recent';

/** One TOTP identifier and the site it signs in to. */
export interface IdentifierSite {
  identifier: string;
  /** A host, or null when it is not known (or the user said it belongs to no site). */
  site: string | null;
  /** The Skyvern credential it came from, if any. */
  credentialName: string | null;
  /** True when the user set the site (else it is what Skyvern's credential says). */
  corrected: boolean;
}

/**
 * Which identifier belongs to which site: Skyvern's credentials (their `totp_identifier` and the login page they
 * were tested on), then the user's corrections on top, then watched identifiers Skyvern does not know.
 */
export function identifierSites(
  credentials: readonly SkyvernCredential[],
  corrections: Readonly<Record<string, string>>,
  watched: readonly string[] = [],
): IdentifierSite[] {
  const out: IdentifierSite[] = [];
  const add = (identifier: string, site: string | null, credentialName: string | null) => {
    if (out.some((e) => sameIdentifier(e.identifier, identifier))) return;
    const key = Object.keys(corrections).find((k) => sameIdentifier(k, identifier));
    const corrected = key !== undefined;
    const own = corrected ? (parseWebsite(corrections[key]!)?.host ?? null) : site;
    out.push({ identifier, site: own, credentialName, corrected });
  };
  for (const c of credentials) {
    if (c.totpIdentifier) add(c.totpIdentifier, c.testedUrl ? hostOf(c.testedUrl) : null, c.name);
  }
  for (const w of watched) add(w, null, null);
  return out;
}

/** The identifiers that sign in to the page at `url` (for the page's site first in a choice). */
export function identifiersForPage(entries: readonly IdentifierSite[], url: string | undefined): string[] {
  return entries.filter((e) => e.site !== null && matchesOrigin({ websites: [e.site] }, url)).map((e) => e.identifier);
}
