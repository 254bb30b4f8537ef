import type { AccountChoice } from '@/lib/messaging/autofill-messages';
import { chipPosition, COMPACT_WIDTH } from './chip-place';
import { CHIP_CSS, hostStyle } from './chip-style';
import { frameVouched, noteChipSeen, watchSeen } from './frame-seen';
import { flatParent, isFullyVisible } from './visibility';
import { i18n } from '#i18n';

/**
 * The small inline chip shown beside a code field when the code is not filled by itself: it offers
 * the matching accounts, pushed codes and sign-in links, "Choose account..." or unlocking. Plain DOM
 * in a closed shadow root, in the top layer (`popover`), so that the page can neither style, read nor
 * cover it; and it takes a click only when the user can have seen what they clicked (see `accepts`).
 */
export interface ChipChoice {
  id: string;
  label: string;
}

export interface ChipOptions {
  locked: boolean;
  matches: AccountChoice[];
  onPick(accountId: string): void;
  onOpenPopup(): void;
  /** A frame of another site than the page: the pick button names both sites. */
  thirdParty?: { frameSite: string; pageSite: string };
  /** Why OTPilot did not fill by itself. */
  notice?: string;
  /** Pushed codes ("Use code sent to you@example.com, 5 s ago"). */
  pushed?: ChipChoice[];
  onPickPushed?(id: string): void;
  /** Sign-in links ("Open sign-in link from you@example.com"). */
  links?: ChipChoice[];
  onOpenLink?(id: string): void;
}

/** A click this soon after the chip appeared, moved or came into sight was aimed at what was there before. */
export const ARM_DELAY_MS = 500;
const POPOVER = typeof HTMLElement.prototype.showPopover === 'function';

interface Shown {
  host: HTMLElement;
  shadow: ShadowRoot;
  box: HTMLElement;
  anchor: HTMLInputElement;
  /** Clicks count from this time on (`performance.now()`, the clock of `event.timeStamp`). */
  armedAt: number;
  /** What the browser last said about the chip being seen (null: not yet). */
  seen: boolean | null;
  /** The chip is in view by geometry alone (in a subframe the page above may vouch for the rest). */
  placed: boolean;
  at: string;
  style: string;
  stop: (() => void)[];
}
let shown: Shown | null = null;

export function isChip(node: Node): boolean {
  return shown !== null && (node === shown.host || shown.host.contains(node));
}

export function hideChip(): void {
  const s = shown;
  shown = null;
  s?.stop.forEach((stop) => stop());
  s?.host.remove();
  noteChipSeen(false);
}

export function showChip(anchor: HTMLInputElement, options: ChipOptions): void {
  hideChip();
  const host = document.createElement('otpilot-chip');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CHIP_CSS;
  const box = document.createElement('div');
  box.className = 'chip';
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', 'OTPilot');
  const s: Shown = {
    host,
    shadow,
    box,
    anchor,
    armedAt: Infinity,
    seen: null,
    placed: false,
    at: '',
    style: '',
    stop: [],
  };
  shown = s;
  fillBox(s, options);
  shadow.append(style, box);
  if (POPOVER) host.setAttribute('popover', 'manual');
  chipParent(anchor).append(host);
  raise(s);
  place(s);
  rearm(s);
  s.stop.push(
    follow(s),
    guardHost(s),
    watchSeen(
      host,
      (e) => e.intersectionRatio >= 0.99,
      (seen, placed) => see(s, seen, placed),
    ),
  );
  // The user typed the code themselves: the offer is no longer needed.
  anchor.addEventListener('input', (e) => e.isTrusted && shown === s && hideChip(), { once: true });
}

function fillBox(s: Shown, options: ChipOptions): void {
  const add = (text: string, onClick: () => void, label?: string, long = false) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = text;
    if (label) button.setAttribute('aria-label', label);
    if (long) button.className = 'long';
    button.addEventListener('mousedown', (e) => e.preventDefault());
    button.addEventListener('click', (e) => {
      e.preventDefault();
      e.stopPropagation();
      // Closing is always safe; anything else only when the user saw what they clicked.
      if (onClick === hideChip || accepts(s, e, button)) onClick();
    });
    s.box.append(button);
  };
  if (options.notice) {
    const notice = document.createElement('p');
    notice.className = 'notice';
    notice.textContent = options.notice;
    s.box.append(notice);
  }
  if (options.locked) add(i18n.t('chip.unlock'), options.onOpenPopup);
  else {
    const matches = options.matches.slice(0, 3);
    for (const match of matches) {
      const third = options.thirdParty && thirdPartyLabel(options.thirdParty, matches.length > 1 ? match.label : '');
      if (third) add(third, () => options.onPick(match.id), third, true);
      else add(match.label, () => options.onPick(match.id), i18n.t('account.fill', { label: match.label }));
    }
    for (const code of options.pushed ?? []) add(code.label, () => options.onPickPushed?.(code.id), undefined, true);
    for (const link of options.links ?? []) add(link.label, () => options.onOpenLink?.(link.id), undefined, true);
    add(i18n.t('chip.choose'), options.onOpenPopup);
  }
  add('×', hideChip, i18n.t('chip.close'));
}

/** "Fill the code for bank.example into a frame from pay.example?" (with the account when there are several). */
export function thirdPartyLabel(sites: { frameSite: string; pageSite: string }, account = ''): string {
  const site = account ? i18n.t('chip.siteAccount', { site: sites.pageSite, account }) : sites.pageSite;
  return i18n.t('chip.thirdParty', { site, frame: sites.frameSite });
}

/**
 * Takes a click only when it is the user's own (trusted), well after the chip appeared or moved, the
 * chip is seen in full (not covered, transparent, filtered, clipped, out of the top layer, nor in a
 * frame its parent page hides) and it is the chip, nothing else, under the pointer.
 */
function accepts(s: Shown, event: MouseEvent, button: HTMLButtonElement): boolean {
  if (!event.isTrusted || shown !== s || place(s)) return false;
  if (event.timeStamp < s.armedAt) return false;
  // Not vouched for by the browser: in a subframe in view, the page above may vouch for the frame.
  if (s.seen !== true && typeof IntersectionObserver === 'function' && !(s.placed && frameVouched())) return false;
  if ((POPOVER && !s.host.matches(':popover-open')) || !isFullyVisible(s.host)) return false;
  // From the keyboard (Enter, Space): the button the user moved the focus to.
  if (event.detail === 0) return s.shadow.activeElement === button;
  const root = s.host.getRootNode() as Document | ShadowRoot;
  return root.elementsFromPoint(event.clientX, event.clientY)[0] === s.host;
}

function rearm(s: Shown): void {
  s.armedAt = performance.now() + ARM_DELAY_MS;
}

function see(s: Shown, seen: boolean, placed: boolean): void {
  if (seen && s.seen !== true) rearm(s);
  s.seen = seen;
  s.placed = placed;
  noteChipSeen(seen);
}

/** Inside the field's modal dialog, if any (everything outside it is inert), else on the page's root. */
function chipParent(anchor: Element): Element {
  for (let node: Element | null = anchor; node; node = flatParent(node)) {
    if (node instanceof HTMLDialogElement && node.matches(':modal')) return node;
  }
  return document.documentElement;
}

/** Puts the chip on top of the top layer (again, after the page opened a popover or dialog of its own). */
function raise(s: Shown): void {
  if (!POPOVER || !s.host.isConnected) return;
  if (s.host.matches(':popover-open')) s.host.hidePopover();
  s.host.showPopover();
}

/** Frames looked at for the chip to keep clear of (a page with more is an ad farm; the chip goes beside). */
const MAX_FRAMES_CLEAR = 20;

function framesOnPage(): DOMRect[] {
  return Array.from(document.querySelectorAll('iframe'))
    .slice(0, MAX_FRAMES_CLEAR)
    .map((frame) => frame.getBoundingClientRect())
    .filter((rect) => rect.width > 0 && rect.height > 0);
}

/** Places the chip beside its field; true when that moved it (and so re-arms it). */
function place(s: Shown): boolean {
  const root = document.documentElement;
  const viewport = { width: root.clientWidth || innerWidth, height: root.clientHeight || innerHeight };
  s.box.classList.toggle('compact', viewport.width < COMPACT_WIDTH);
  const size = s.box.getBoundingClientRect();
  const { left, top } = chipPosition(s.anchor.getBoundingClientRect(), size, viewport, framesOnPage());
  const at = `${Math.round(left)},${Math.round(top)}`;
  if (at === s.at && s.host.getAttribute('style') === s.style) return false;
  s.at = at;
  s.style = hostStyle(left, top);
  s.host.setAttribute('style', s.style);
  rearm(s);
  return true;
}

/**
 * Keeps the chip beside its field when anything scrolls (the page, a scrolling box, a dialog) or the
 * window is resized, once per frame at most; the chip goes when its field leaves the page.
 */
function follow(s: Shown): () => void {
  let frame = 0;
  const update = () => {
    frame = 0;
    if (s.anchor.isConnected) place(s);
    else hideChip();
  };
  const schedule = () => {
    frame ||= requestAnimationFrame(update);
  };
  const listening = { capture: true, passive: true } as const;
  window.addEventListener('scroll', schedule, listening);
  window.addEventListener('resize', schedule, listening);
  return () => {
    cancelAnimationFrame(frame);
    window.removeEventListener('scroll', schedule, listening);
    window.removeEventListener('resize', schedule, listening);
  };
}

/**
 * The page may touch the host (it is in its DOM): a changed style or popover attribute is put back,
 * a popover or dialog the page opens goes under the chip; each re-arms the chip.
 */
function guardHost(s: Shown): () => void {
  const observer = new MutationObserver(() => {
    if (POPOVER && s.host.getAttribute('popover') !== 'manual') s.host.setAttribute('popover', 'manual');
    if (place(s)) raise(s);
  });
  observer.observe(s.host, { attributes: true });
  const onToggle = (event: Event) => {
    if (shown !== s) return;
    const open = (event as Event & { newState?: string }).newState === 'open';
    if (event.target === s.host ? !s.host.matches(':popover-open') : open) {
      raise(s);
      rearm(s);
    }
  };
  document.addEventListener('toggle', onToggle, true);
  return () => {
    observer.disconnect();
    document.removeEventListener('toggle', onToggle, true);
  };
}
