/**
 * Whether this frame is seen by the user, as the browser tells it (Chromium's IntersectionObserver v2) or,
 * where the browser will not vouch for a subframe, as the page above it tells it (`frame-judge.ts`).
 */

/** Below this size (CSS px, either side) an input is a dot, not a field (a 1×1 input harvesting codes). */
export const MIN_FIELD_SIZE = 8;

let onFrameChange: () => void = () => undefined;

/** Looks at the frame's fields again (what `watchFrame` was given). */
export function rescanFrame(): void {
  onFrameChange();
}

/** Intersection Observer v2 (Chromium): `isVisible` tells whether anything hides the target. */
interface VisibilityEntry extends IntersectionObserverEntry {
  isVisible?: boolean;
}
const TRACKS_VISIBILITY =
  typeof IntersectionObserverEntry === 'function' && 'isVisible' in IntersectionObserverEntry.prototype;

/**
 * Calls back with whether the target is seen: `enough` of it inside the top-level viewport and, where
 * the browser can tell (Chromium's IntersectionObserver v2), not covered, transparent or filtered by
 * anything, the pages of parent frames included. Elsewhere (Firefox) only the geometry counts.
 * `placed`: the geometry alone (in view, `enough` of it).
 */
export function watchSeen(
  target: Element,
  enough: (entry: IntersectionObserverEntry) => boolean,
  onChange: (seen: boolean, placed: boolean) => void,
): () => void {
  if (typeof IntersectionObserver !== 'function') {
    onChange(true, true);
    return () => undefined;
  }
  const threshold = [0, 0.01, 0.5, 0.99, 1];
  const options = TRACKS_VISIBILITY
    ? ({ threshold, trackVisibility: true, delay: 100 } as IntersectionObserverInit)
    : { threshold };
  const observer = new IntersectionObserver((entries) => {
    const entry = entries[entries.length - 1] as VisibilityEntry;
    const placed = entry.isIntersecting && enough(entry);
    onChange(placed && entry.isVisible !== false, placed);
  }, options);
  observer.observe(target);
  return () => observer.disconnect();
}

/**
 * Whether this frame is seen at all: a frame that its parent page makes transparent, covers, shrinks
 * to a dot or pushes off screen hides its fields, whatever they look like inside. The top frame
 * always is; a subframe is not until the first report.
 *
 * Chromium's answer for a subframe can be a false negative (the spec allows it): measured in headless
 * Chromium 156, about one page in three reads "not visible" from the first answer on and for good, with
 * nothing over the frame. A frame in view that the browser will not vouch for then asks its page (the top
 * frame, through the background; see `frame-judge.ts`), which judges the frame element as it judges a field.
 */
let frameState: boolean | null = null;
/** The frame is in view by geometry alone (what Chromium last said, whatever it said about covering). */
let framePlaced = false;
/** The chip, drawn over the frame's document, hides part of it from the frame's own report: its own counts too. */
let chipSeen = false;
/** When the top page last said it shows this frame (0: never, or it said no). */
let vouchedAt = 0;
/** How long the page's word holds before it is asked again. */
const VOUCH_MS = 10_000;
/** After a "no", the page is asked again after 2 s, then 4, 8... up to a minute (it may show the frame later). */
const ASK_GAP_MS = 2_000;
const MAX_ASK_GAP_MS = 60_000;
let asking = false;
let askAfter = 0;
let denials = 0;
let askPage: (() => Promise<boolean>) | null = null;

export function frameSeen(): boolean {
  if (window === window.top) return true;
  if (innerWidth < MIN_FIELD_SIZE || innerHeight < MIN_FIELD_SIZE) return false;
  return frameState === true || chipSeen || frameVouched();
}

/** In view, and the page above said lately that it shows this frame (asks again once that is old). */
export function frameVouched(): boolean {
  if (window === window.top || !framePlaced) return false;
  if (performance.now() - vouchedAt < VOUCH_MS && vouchedAt > 0) return true;
  if (askPage && !asking && performance.now() >= askAfter) {
    asking = true;
    const ask = askPage;
    void ask()
      .catch(() => false)
      .then((seen) => {
        asking = false;
        const was = vouchedAt > 0;
        vouchedAt = seen ? performance.now() : 0;
        denials = seen ? 0 : denials + 1;
        if (!seen) {
          const gap = Math.min(ASK_GAP_MS * 2 ** (denials - 1), MAX_ASK_GAP_MS);
          askAfter = performance.now() + gap;
          setTimeout(rescanFrame, gap);
        }
        if (seen || was) rescanFrame();
      });
  }
  return false;
}

/** What the browser last said about the chip being seen (false once it is gone). */
export function noteChipSeen(seen: boolean): void {
  chipSeen = seen;
}

/**
 * `onChange` runs when a field that was out of sight scrolls into view and, in a subframe, when the
 * frame comes into or goes out of sight. `ask`: asks the top page whether it shows this frame.
 */
export function watchFrame(onChange: () => void, ask?: () => Promise<boolean>): void {
  onFrameChange = onChange;
  if (window === window.top || frameState !== null) return;
  frameState = false;
  askPage = window.parent === window.top ? (ask ?? null) : null;
  // A frame shown only in part (a payment form scrolled half into view) is still seen; a dot is not.
  const big = (entry: IntersectionObserverEntry) =>
    entry.intersectionRect.width >= MIN_FIELD_SIZE && entry.intersectionRect.height >= MIN_FIELD_SIZE;
  watchSeen(document.documentElement, big, (seen, placed) => {
    const changed = seen !== frameState || placed !== framePlaced;
    frameState = seen;
    framePlaced = placed;
    if (!placed) vouchedAt = 0;
    if (changed) onChange();
  });
  addEventListener('resize', onChange, { passive: true });
}
