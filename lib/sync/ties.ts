import { sameIdentifier } from './recent';

/**
 * Which site a pushed code may fill by itself. A code sent to an identifier fills, without a click, only a
 * page of a site (its top-frame origin) that the user tied to that identifier (one click on the chip's
 * offer ties them; options list and remove ties), or of the site where the user has just typed that
 * identifier. Everywhere else the chip offers it and nothing more.
 */

/** The user's tie between an identifier and a site (`storage.local`, listed in options). */
export interface IdentifierTie {
  identifier: string;
  /** Top-frame origin, e.g. https://bank.example */
  origin: string;
  at: number;
}

/** "The user typed this watched identifier on this site" (session only; the value of nothing else is kept). */
export type TypedIdentifier = IdentifierTie;

/** How long "just typed" lasts: one sign-in. */
export const TYPED_FOR_MS = 10 * 60_000;
export const MAX_TIES = 200;
export const MAX_TYPED = 20;

const same = (a: IdentifierTie, identifier: string, origin: string) =>
  a.origin === origin && sameIdentifier(a.identifier, identifier);

/** Whether a code sent to `identifier` may fill a page of `origin` by itself. */
export function mayFillItself(
  identifier: string,
  origin: string,
  ties: readonly IdentifierTie[],
  typed: readonly TypedIdentifier[],
  now: number,
): boolean {
  return (
    ties.some((t) => same(t, identifier, origin)) ||
    typed.some((t) => same(t, identifier, origin) && now - t.at < TYPED_FOR_MS)
  );
}

/** Whether any identifier is tied to (or was just typed on) `origin`. */
export function siteHasIdentifier(
  origin: string,
  ties: readonly IdentifierTie[],
  typed: readonly TypedIdentifier[],
  now: number,
): boolean {
  return ties.some((t) => t.origin === origin) || typed.some((t) => t.origin === origin && now - t.at < TYPED_FOR_MS);
}

/** Adds (or refreshes) a tie / typed record, newest first, capped. */
export function withTie<T extends IdentifierTie>(list: readonly T[], entry: T, max = MAX_TIES): T[] {
  return [entry, ...list.filter((t) => !same(t, entry.identifier, entry.origin))].slice(0, max);
}

export function withoutTie<T extends IdentifierTie>(list: readonly T[], identifier: string, origin: string): T[] {
  return list.filter((t) => !same(t, identifier, origin));
}

/** The watched identifier that a typed value is (as the server compares them), or null. */
export function typedIdentifier(value: string, watched: readonly string[]): string | null {
  const v = value.trim();
  if (v.length < 3 || v.length > 200) return null;
  return watched.find((w) => sameIdentifier(w, v)) ?? null;
}

/** The origin of an http(s) URL, or null. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/**
 * A magic link is offered only on the site it points to: the same scheme and the same host (a leading
 * `www.` aside), or a subdomain of the page's host.
 */
export function linkFitsSite(link: string, origin: string): boolean {
  try {
    const to = new URL(link);
    const page = new URL(origin);
    if (to.protocol !== page.protocol) return false;
    const bare = (h: string) => h.replace(/^www\./, '');
    return bare(to.hostname) === bare(page.hostname) || to.hostname.endsWith(`.${page.hostname}`);
  } catch {
    return false;
  }
}
