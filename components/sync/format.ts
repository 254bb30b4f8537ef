import { sameIdentifier, type PushedCode } from '@/lib/sync/recent';
import { i18n } from '#i18n';

/** "just now", "1 min ago", "12 min ago". */
export function ageLabel(createdAt: number, now: number): string {
  const minutes = Math.floor((now - createdAt) / 60_000);
  return minutes < 1 ? i18n.t('sync.justNow') : i18n.t('common.minutesAgo', [minutes]);
}

/** "482913" → "482 913", "12345678" → "1234 5678"; letters and short codes stay whole. */
export function groupPushedCode(code: string): string {
  if (!/^\d{6,10}$/.test(code)) return code;
  const half = Math.floor(code.length / 2);
  return `${code.slice(0, half)} ${code.slice(half)}`;
}

/**
 * What the popup lists: the newest code and the newest magic link per identifier (an older code for the
 * same identifier is superseded, as Skyvern's own agent takes the newest), still within `maxAgeMs`.
 */
export function latestPerIdentifier(codes: PushedCode[], now: number, maxAgeMs = 10 * 60_000): PushedCode[] {
  const out: PushedCode[] = [];
  for (const code of [...codes].sort((a, b) => b.createdAt - a.createdAt)) {
    if (now - code.createdAt > maxAgeMs || (code.expiresAt !== null && code.expiresAt <= now)) continue;
    if (out.some((o) => o.kind === code.kind && sameIdentifier(o.identifier, code.identifier))) continue;
    out.push(code);
  }
  return out;
}

/** The host a magic link leads to, for display. */
export function linkHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
