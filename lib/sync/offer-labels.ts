import type { PushedOffer } from '@/lib/messaging/sync-messages';
import type { PushedCode } from './recent';
import { i18n } from '#i18n';

/** "5 s ago", "2 min ago". */
export function offerAge(createdAt: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - createdAt) / 1000));
  return seconds < 60 ? i18n.t('sync.secondsAgo', [seconds]) : i18n.t('common.minutesAgo', [Math.floor(seconds / 60)]);
}

/** The chip's words: "Use code sent to you@example.com, 5 s ago"; "Open sign-in link from you@example.com". */
export function chipOffers(codes: PushedCode[], links: PushedCode[], now: number) {
  const pushed: PushedOffer[] = codes.map((c) => ({
    id: c.id,
    label: i18n.t('sync.offerCode', { who: c.identifier, age: offerAge(c.createdAt, now) }),
  }));
  return { pushed, links: links.map((l) => ({ id: l.id, label: i18n.t('sync.offerLink', { who: l.identifier }) })) };
}
