import { matchingAccounts, matchesOrigin, parseOrigin, siteName, siteOf } from '@/lib/sites/match';
import { REJECT_WINDOW_MS } from './reject-window';
import { i18n } from '#i18n';

/**
 * THE fill policy: which frame a code may reach, and when. Every way of filling goes through it.
 *
 * | way                        | which frame                                   | checks                                            |
 * | -------------------------- | --------------------------------------------- | ------------------------------------------------- |
 * | automatic (`autofillCode`) | the asking frame itself                       | exactly one account matches the frame's own       |
 * |                            |                                               | origin; auto-fill on; not paused on the tab; once |
 * |                            |                                               | per frame and account per code window             |
 * | chip pick (`pick: true`)   | the asking frame itself                       | the account matches the frame's origin, or (a     |
 * |                            |                                               | third-party frame) the tab's top origin           |
 * | context menu               | the right-clicked frame (`info.frameId`)      | exactly one account matches that frame's origin,  |
 * |                            |                                               | else the popup opens                              |
 * | keyboard shortcut          | the registered frame matching one account     | as the menu; focused last first, then the top     |
 * | popup "Fill code for ..."  | the registered frame matching the account     | none matching: the phishing guard asks first      |
 * | pushed codes (`lib/sync`)  | a waiting frame the caller names; for the     | `deliverCode` (`deliver.ts`): one frame, its      |
 * |                            | popup's "Fill Skyvern code for ...",          | origin; automatic ones not while stopped on the   |
 * |                            | `likelyFrame` (page's own site, focused last) | tab                                               |
 *
 * Skyvern's pushed codes call the one delivery path:
 *     deliverCode({ tabId, frameId, origin, code, way: 'pushed-auto' | 'pushed-pick' })   // from './deliver'
 *
 * - The frame's own origin (`sender.origin`, or the URL the browser reports for the frame, never the tab's
 *   URL) decides. A code is sent to exactly one frameId, with the origin it was chosen for: the content
 *   script refuses it if its frame has navigated elsewhere in between.
 * - Frames that reported a code field (`autofillQuery`) and the one the user focused last are kept per tab
 *   (`frames.ts`, storage.session, cleared when the tab loads another page or closes).
 * - A frame of another site than its tab never fills by itself; if the tab's site has accounts, the chip
 *   names both sites and the code goes only after the user's explicit pick there.
 * - Loops: after REJECTIONS_TO_PAUSE rejected automatic fills on a tab (the field came back empty, or a
 *   new code field came, shortly after; or the tab asked for another automatic fill that soon), OTPilot
 *   stops filling by itself on that tab until the user fills by hand (chip, shortcut, menu, popup).
 * - Phishing guard: a fill the user asks for in the popup into a frame that none of the account's websites
 *   match asks first ("… is not a website of …. Fill anyway?", Cancel by default). An account without
 *   websites names no site to compare with: it fills where the user asks.
 *
 * Everything below is pure (table tests in `policy.test.ts`); `frames.ts` keeps the state, `deliver.ts`
 * sends, `handlers.ts` and `user-actions.ts` wire the messages, menu and shortcut.
 */

/** Rejected automatic fills on a tab before OTPilot stops filling by itself there. */
export const REJECTIONS_TO_PAUSE = 2;
export { REJECT_WINDOW_MS };
/** What the chip says once OTPilot stopped filling by itself on a tab. */
export const STOPPED_NOTICE = i18n.t('chip.stopped');

export type FillWay = 'auto' | 'chip' | 'menu' | 'shortcut' | 'popup' | 'pushed-auto' | 'pushed-pick';
/** The ways where the user acted: each of them lifts a pause. */
export const userWays: ReadonlySet<FillWay> = new Set(['chip', 'menu', 'shortcut', 'popup', 'pushed-pick']);

interface Site {
  websites: readonly string[];
}

/** A frame that reported a code field. */
export interface FrameSeen {
  frameId: number;
  origin: string;
  seenAt: number;
  /** When the user last focused a code field in it (0: never). */
  focusedAt: number;
}

/** An automatic fill, remembered for the loop rule. `slot`: the TOTP window or the HOTP counter. */
export interface AutoFill {
  frameId: number;
  accountId: string;
  slot: number;
  at: number;
  rejected: boolean;
}

/** What the background keeps per tab. */
export interface TabFills {
  tabId: number;
  frames: FrameSeen[];
  autoFills: AutoFill[];
  rejections: number;
}

export const emptyTab = (tabId: number): TabFills => ({ tabId, frames: [], autoFills: [], rejections: 0 });
export const isPaused = (tab: TabFills) => tab.rejections >= REJECTIONS_TO_PAUSE;

/** Where a message came from, as the browser reports it. */
export interface FrameContext {
  frameOrigin: string | null;
  topOrigin: string | null;
  isTop: boolean;
}

/** What the chip may offer in a frame (the answer to `autofillQuery`). */
export function offerFor<A extends Site>(
  frame: FrameContext,
  accounts: readonly A[],
  autoFillOn: boolean,
  tab: TabFills,
): { matches: A[]; autoFill: boolean; thirdParty?: { frameSite: string; pageSite: string }; notice?: string } {
  const own = matchingAccounts(accounts, frame.frameOrigin);
  if (own.length > 0) {
    const single = own.length === 1 && autoFillOn;
    return {
      matches: own,
      autoFill: single && !isPaused(tab),
      ...(single && isPaused(tab) && { notice: STOPPED_NOTICE }),
    };
  }
  const page = frame.isTop ? [] : matchingAccounts(accounts, frame.topOrigin);
  const frameSite = siteName(frame.frameOrigin);
  const pageSite = siteName(frame.topOrigin);
  if (page.length === 0 || !frameSite || !pageSite) return { matches: [], autoFill: false };
  return { matches: page, autoFill: false, thirdParty: { frameSite, pageSite } };
}

/** Whether a frame asking for `account`'s code (`autofillCode`) gets it. */
export function codeRequest<A extends Site & { id: string }>(
  frame: FrameContext & { frameId: number },
  account: A,
  accounts: readonly A[],
  request: { pick: boolean; autoFillOn: boolean; slot: number },
  tab: TabFills,
): { ok: true } | { ok: false; error: string } {
  if (matchesOrigin(account, frame.frameOrigin)) {
    if (request.pick) return { ok: true };
    if (!request.autoFillOn || isPaused(tab)) return { ok: false, error: 'OTPilot does not fill by itself here.' };
    if (matchingAccounts(accounts, frame.frameOrigin).length !== 1) return { ok: false, error: 'Pick an account.' };
    const again = tab.autoFills.some(
      (f) => f.frameId === frame.frameId && f.accountId === account.id && f.slot === request.slot,
    );
    return again ? { ok: false, error: 'This code was already filled here.' } : { ok: true };
  }
  // A frame of another site on the account's page: only the chip's explicit pick.
  if (request.pick && !frame.isTop && matchesOrigin(account, frame.topOrigin)) return { ok: true };
  return { ok: false, error: 'This account does not belong to this site.' };
}

/** The frame the user most likely means among `frames`: focused last, then the top frame, then the newest. */
export function chooseFrame(frames: readonly FrameSeen[], accepts: (origin: string) => boolean): FrameSeen | null {
  const rank = (f: FrameSeen) => [f.focusedAt, f.frameId === 0 ? 1 : 0, f.seenAt];
  const fitting = frames.filter((f) => accepts(f.origin));
  fitting.sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return y[0]! - x[0]! || y[1]! - x[1]! || y[2]! - x[2]!;
  });
  return fitting[0] ?? null;
}

/**
 * The frame a code with no site of its own (a pushed code) goes to when the user asks: a frame of the page's
 * own site (see chooseFrame) before one of another site, else the top frame.
 */
export function likelyFrame(tab: TabFills, topOrigin: string | null): { frameId: number; origin: string } | null {
  const site = siteOf(topOrigin);
  const own = chooseFrame(tab.frames, (origin) => siteOf(origin) === site);
  return own ?? chooseFrame(tab.frames, () => true) ?? (topOrigin ? { frameId: 0, origin: topOrigin } : null);
}

/** Where a code the user asked for in the popup goes, or whether the phishing guard asks first. */
export type UserTarget =
  | { kind: 'fill'; frameId: number; origin: string }
  | { kind: 'confirm'; frameId: number; origin: string; host: string; website: string }
  | { kind: 'none' };

export function popupTarget(account: Site, tab: TabFills, topOrigin: string | null): UserTarget {
  const own = chooseFrame(tab.frames, (origin) => matchesOrigin(account, origin));
  if (own) return { kind: 'fill', frameId: own.frameId, origin: own.origin };
  if (topOrigin && matchesOrigin(account, topOrigin)) return { kind: 'fill', frameId: 0, origin: topOrigin };
  const any = likelyFrame(tab, topOrigin);
  const parsed = parseOrigin(any?.origin);
  if (!any || !parsed) return { kind: 'none' };
  if (account.websites.length === 0) return { kind: 'fill', frameId: any.frameId, origin: any.origin };
  const website = parsed.scheme === 'https' ? parsed.host : `http://${parsed.host}`;
  return { kind: 'confirm', frameId: any.frameId, origin: any.origin, host: parsed.host, website };
}

/**
 * The shortcut (no frame given) and the menu (`frame` given): the frame and the one account whose
 * websites match it, or null (then the popup opens to unlock or choose).
 */
export function shortcutTarget<A extends Site>(
  accounts: readonly A[],
  tab: TabFills,
  topOrigin: string | null,
  frame?: { frameId: number; origin: string | null },
): { frameId: number; origin: string; account: A } | null {
  const only = (origin: string | null) => {
    const matches = matchingAccounts(accounts, origin);
    return matches.length === 1 ? matches[0]! : null;
  };
  if (frame) {
    const account = only(frame.origin);
    return account && frame.origin ? { frameId: frame.frameId, origin: frame.origin, account } : null;
  }
  const chosen = chooseFrame(tab.frames, (origin) => matchingAccounts(accounts, origin).length > 0);
  const origin = chosen?.origin ?? topOrigin;
  const account = only(origin);
  return account && origin ? { frameId: chosen?.frameId ?? 0, origin, account } : null;
}

/** A frame asks for another automatic fill: one on the tab this recent was evidently refused. */
export function withAutoRequest(tab: TabFills, now: number): TabFills {
  return markRejected(tab, (f) => now - f.at < REJECT_WINDOW_MS);
}

/** Remembers an automatic fill (for the last ten minutes). */
export function withAutoFill(tab: TabFills, fill: Omit<AutoFill, 'rejected'>): TabFills {
  const recent = tab.autoFills.filter((f) => fill.at - f.at < 10 * 60_000);
  return { ...tab, autoFills: [...recent, { ...fill, rejected: false }] };
}

/** The content script saw the code refused in `frameId` (field emptied, or a new code field). */
export function withRejection(tab: TabFills, frameId: number, now: number): TabFills {
  return markRejected(tab, (f) => f.frameId === frameId && now - f.at < REJECT_WINDOW_MS);
}

function markRejected(tab: TabFills, recent: (f: AutoFill) => boolean): TabFills {
  const last = tab.autoFills.at(-1);
  if (!last || last.rejected || !recent(last)) return tab;
  return {
    ...tab,
    rejections: tab.rejections + 1,
    autoFills: [...tab.autoFills.slice(0, -1), { ...last, rejected: true }],
  };
}

/** The user filled by hand: OTPilot may fill by itself on the tab again. */
export const withUserAction = (tab: TabFills): TabFills => ({ ...tab, rejections: 0 });
