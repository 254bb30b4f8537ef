import { sameIdentifier } from './recent';

/** The largest selection "Send to Skyvern" sends (the server refuses content over 64 KiB). */
export const MAX_SEND_CHARS = 10_000;

/**
 * The identifiers "Send to Skyvern" offers, the last used first, then the page's own (its site's identifiers),
 * then the other watched ones; each once, at most `max`.
 */
export function sendChoices(
  watched: readonly string[],
  lastUsed: readonly string[],
  forPage: readonly string[] = [],
  max = 8,
): string[] {
  const out: string[] = [];
  for (const id of [...lastUsed.filter((l) => watched.some((w) => sameIdentifier(w, l))), ...forPage, ...watched]) {
    if (!out.some((o) => sameIdentifier(o, id))) out.push(id);
  }
  return out.slice(0, max);
}

/** The list of last used identifiers after sending to `identifier`. */
export function afterSend(lastUsed: readonly string[], identifier: string, max = 8): string[] {
  return [identifier, ...lastUsed.filter((l) => !sameIdentifier(l, identifier))].slice(0, max);
}

/** What the notification says after a push. */
export function sendResultText(identifier: string, stored: { code: string; otp_type?: string | null }): string {
  if (!stored.code) return `Skyvern stored the text for ${identifier}, but found no code or link in it yet.`;
  return stored.otp_type === 'magic_link'
    ? `Sign-in link sent to Skyvern for ${identifier}.`
    : `Code ${stored.code} sent to Skyvern for ${identifier}.`;
}
