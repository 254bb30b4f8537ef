import { fillableCode, sameIdentifier, type PushedCode } from './recent';
import { linkFitsSite } from './ties';

/**
 * A frame with a visible code field, of its tab's own site, that no vault account fills: it waits for a
 * code pushed to Skyvern. Kept in storage.session (trusted contexts only) so a restarted service worker
 * goes on polling.
 */
export interface SyncWait {
  tabId: number;
  frameId: number;
  /** The waiting document's random token: a later page in the same frame has another. */
  doc: string;
  /** The tab's top-frame origin (the frame is of the same origin): ties and links are judged by it. */
  origin: string;
  /** When the frame first asked (local clock). Only codes created after it are used. */
  startedAt: number;
  /** Polling stops at this time (15 minutes, as Skyvern's own agent waits). */
  deadline: number;
  /**
   * The frame's origin, then its tab's (the field kept its first name): the code goes to the frame only
   * while it shows the first; before filling, a vault account for either still wins.
   */
  hosts: string[];
  /** Code ids already listed at the first poll (null when that poll came late or not yet). */
  baseline: string[] | null;
  /** Whether the first poll has happened. */
  polled: boolean;
  /** Code and link ids offered in this frame's chip (each offered once, picked only from these). */
  offered: string[];
}

export const WAIT_MS = 15 * 60_000;
/** A page adding frames cannot pile up waits: a few per tab, a few dozen in all (later ones are refused). */
export const MAX_WAITS_PER_TAB = 3;
export const MAX_WAITS = 30;
/**
 * A first poll this soon after the wait began may take its list as "what was there before". Later (the
 * vault was locked, the worker busy) a code pushed in between would be mistaken for an old one: then the
 * creation time alone decides.
 */
export const BASELINE_WINDOW_MS = 3_000;
/** How far the server's clock may lag ours for a code missing from the baseline still to count as new. */
export const CLOCK_SLACK_MS = 60_000;

export const waitKey = (w: Pick<SyncWait, 'tabId' | 'frameId'>) => `${w.tabId}:${w.frameId}`;

/** Stored waits from before `origin` and `offered` existed cannot be judged: they are dropped. */
export function migrateWaitsV2(_old: unknown): SyncWait[] {
  return [];
}

/**
 * The waits with `wait` added, or null when that document already waits or a cap is reached. A new
 * document in a frame replaces the frame's old wait; a new top-level page ends every wait of its tab.
 */
export function admitWait(waits: readonly SyncWait[], wait: SyncWait): SyncWait[] | null {
  if (waits.some((w) => waitKey(w) === waitKey(wait) && w.doc === wait.doc)) return null;
  const gone = (w: SyncWait) =>
    w.tabId === wait.tabId && (wait.frameId === 0 ? w.doc !== wait.doc : w.frameId === wait.frameId);
  const kept = waits.filter((w) => !gone(w));
  if (kept.length >= MAX_WAITS) return null;
  if (kept.filter((w) => w.tabId === wait.tabId).length >= MAX_WAITS_PER_TAB) return null;
  return [...kept, wait];
}

/**
 * Whether `code` arrived after the wait began. By time, and by the baseline: a code that was already
 * listed at the first poll is old whatever its clock says; one that was not may be a little "older" than
 * the wait when the server's clock lags ours.
 */
export function arrivedDuring(wait: SyncWait, code: PushedCode): boolean {
  const known = wait.baseline?.includes(code.id) ?? false;
  if (known) return false;
  if (code.createdAt >= wait.startedAt) return true;
  return wait.baseline !== null && code.createdAt >= wait.startedAt - CLOCK_SLACK_MS;
}

/** Records the first poll's list as the baseline when it came soon enough after the wait began. */
export function withBaseline(wait: SyncWait, codes: PushedCode[], now: number): SyncWait {
  if (wait.polled) return wait;
  const early = now - wait.startedAt <= BASELINE_WINDOW_MS;
  return { ...wait, polled: true, baseline: early ? codes.map((c) => c.id) : null };
}

export interface WaitPlan {
  /** Codes that fill a frame by themselves (a site tied to the code's identifier). */
  fills: { wait: SyncWait; code: PushedCode; fill: string }[];
  /** What each other frame's chip offers: the newest code per identifier and the links for its own site. */
  offers: { wait: SyncWait; codes: PushedCode[]; links: PushedCode[] }[];
}

/**
 * What happens to each waiting frame. A code fills by itself only where `mayFill(identifier, origin)`
 * says so (tied or just typed there): the newest such code that arrived during the wait, each code to one
 * frame only, the most recent wait first. Every other frame is only offered the codes (never one that
 * `used` holds or that filled elsewhere) and the magic links that point to its own site.
 */
export function planWaits(
  waits: SyncWait[],
  codes: PushedCode[],
  used: ReadonlySet<string>,
  mayFill: (identifier: string, origin: string) => boolean,
): WaitPlan {
  const taken = new Set(used);
  const fills: WaitPlan['fills'] = [];
  const newestFirst = [...codes].sort((a, b) => b.createdAt - a.createdAt);
  const latestWaitsFirst = [...waits].sort((a, b) => b.startedAt - a.startedAt);
  for (const wait of latestWaitsFirst) {
    for (const code of newestFirst) {
      const fill = code.kind === 'code' ? fillableCode(code.value) : null;
      if (!fill || taken.has(code.id) || !arrivedDuring(wait, code) || !mayFill(code.identifier, wait.origin)) continue;
      taken.add(code.id);
      fills.push({ wait, code, fill });
      break;
    }
  }
  const filled = new Set(fills.map((f) => waitKey(f.wait)));
  const offers: WaitPlan['offers'] = [];
  for (const wait of latestWaitsFirst) {
    if (filled.has(waitKey(wait))) continue;
    const fresh = newestFirst.filter((c) => !taken.has(c.id) && arrivedDuring(wait, c));
    const perIdentifier = (kind: PushedCode['kind'], fits: (c: PushedCode) => boolean) =>
      fresh
        .filter((c) => c.kind === kind && fits(c))
        .filter((c, i, all) => all.findIndex((o) => sameIdentifier(o.identifier, c.identifier)) === i);
    const offerCodes = perIdentifier('code', (c) => fillableCode(c.value) !== null);
    const links = perIdentifier('magic_link', (c) => linkFitsSite(c.value, wait.origin));
    if (offerCodes.length > 0 || links.length > 0) offers.push({ wait, codes: offerCodes, links });
  }
  return { fills, offers };
}
