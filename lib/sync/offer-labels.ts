import type { PushedOffer } from '@/lib/messaging/sync-messages';
import type { PushedCode } from './recent';

/** "5 s ago", "2 min ago". */
export function offerAge(createdAt: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - createdAt) / 1000));
  return seconds < 60 ? `${seconds} s ago` : `${Math.floor(seconds / 60)} min ago`;
}

/** The chip's words: "Use code sent to you@example.com, 5 s ago"; "Open sign-in link from you@example.com". */
export function chipOffers(codes: PushedCode[], links: PushedCode[], now: number) {
  const pushed: PushedOffer[] = codes.map((c) => ({
    id: c.id,
    label: `Use code sent to ${c.identifier}, ${offerAge(c.createdAt, now)}`,
  }));
  return { pushed, links: links.map((l) => ({ id: l.id, label: `Open sign-in link from ${l.identifier}` })) };
}
