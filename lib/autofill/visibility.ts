import { overlaps } from './chip-place';
import { frameSeen, MIN_FIELD_SIZE, rescanFrame } from './frame-seen';
import { colorAlpha, filterOpacity, harmlessFilter } from './visibility-style';

/**
 * Whether the user can see a code field (a code goes only into a field the user sees) and whether the
 * chip is fully visible (it takes a click only then). Judged at the element's place on screen, not
 * only from its own style: many widgets keep a transparent input over boxes they paint themselves
 * (input-otp, react-verification-input), and those are fields the user sees. Runs only on candidate
 * code fields and on the chip, never on an ordinary page.
 */

/** Below this opacity (over the element and its ancestors, `filter: opacity()` included) nothing is seen. */
const MIN_OPACITY = 0.25;
/** How far up a widget's own parts are looked for (input-otp: input → wrapper → container). */
const WIDGET_LEVELS = 3;
/** Elements looked at in a widget for boxes it paints itself. */
const WIDGET_SCAN = 64;
/** Elements that are something else than a drawing of the code (a button under an invisible input). */
const INTERACTIVE = /^(a|button|input|select|textarea|label|iframe)$/;
const REPLACED = /^(img|video|canvas|iframe|embed|object|svg)$/;
/** Where a field is looked at, as fractions of its visible part. */
const SAMPLES = [
  [0.5, 0.5],
  [0.2, 0.5],
  [0.8, 0.5],
  [0.5, 0.2],
  [0.5, 0.8],
] as const;

/** The parent as rendering sees it (through slots and shadow roots). */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

function ownOpacity(el: Element): number {
  const style = getComputedStyle(el);
  return Number(style.opacity) * filterOpacity(style.filter);
}

/** The opacity an element is drawn with: its own times every ancestor's, up to (not including) `stop`. */
function opacityUpTo(el: Element | null, stop: Element | null = null): number {
  let product = 1;
  for (let node = el; node && node !== stop && product >= MIN_OPACITY; node = flatParent(node)) {
    product *= ownOpacity(node);
  }
  return product;
}

function rendered(el: Element): boolean {
  return typeof el.checkVisibility !== 'function' || el.checkVisibility({ visibilityProperty: true });
}

/** The part of a rectangle inside this frame's viewport, or null. */
function onScreen(rect: DOMRect): DOMRect | null {
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.right, document.documentElement.clientWidth || innerWidth);
  const bottom = Math.min(rect.bottom, document.documentElement.clientHeight || innerHeight);
  return right > left && bottom > top ? new DOMRect(left, top, right - left, bottom - top) : null;
}

function ancestorAt(el: Element, levels: number): Element {
  let node = el;
  for (let i = 0; i < levels; i++) node = flatParent(node) ?? node;
  return node;
}

/** Does this element put pixels on screen of its own (a border, a background, an image, some text)? */
function paints(el: Element): boolean {
  if (REPLACED.test(el.localName)) return true;
  const style = getComputedStyle(el);
  if (colorAlpha(style.backgroundColor) > 0.1 || style.backgroundImage !== 'none' || style.boxShadow !== 'none') {
    return true;
  }
  for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
    const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
    if (width > 0 && colorAlpha(style.getPropertyValue(`border-${side.toLowerCase()}-color`)) > 0.1) return true;
  }
  const text = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== '');
  return text && colorAlpha(style.color) > 0.1;
}

/** Something the page draws over the field: an opaque overlay (text or a frame alone, like a floating label, is not). */
function covers(hit: Element): boolean {
  if (!REPLACED.test(hit.localName)) {
    const style = getComputedStyle(hit);
    if (colorAlpha(style.backgroundColor) < 0.5 && style.backgroundImage === 'none') return false;
  }
  return opacityUpTo(hit) >= MIN_OPACITY;
}

/** A transparent input over boxes its widget paints: those boxes are what the user sees and types into. */
function widgetPaintsAt(el: Element, widget: Element, place: DOMRect): boolean {
  const parts = widget.querySelectorAll('*');
  for (let i = 0; i < parts.length && i < WIDGET_SCAN; i++) {
    const part = parts[i]!;
    if (part === el || el.contains(part) || INTERACTIVE.test(part.localName)) continue;
    if (!overlaps(part.getBoundingClientRect(), place) || !rendered(part)) continue;
    if (paints(part) && opacityUpTo(part) >= MIN_OPACITY) return true;
  }
  return false;
}

/** Boxes a widget must draw in a row for its tiny input to stand for them, and their least size (CSS px). */
const MIN_BOXES = 4;
const MIN_BOX_SIZE = 16;

/**
 * The widget that draws the code boxes a tiny input (smaller than a field can be) stands for, as Vuetify's
 * VOtpInput does with a 1×1 input under six boxes: an element up to 3 levels above it (never the page's
 * body), with at least four painted boxes of 16 px or more in one row, the input inside that row's span.
 * A lone dot of an input, however much else the page draws, has none.
 */
function boxesDrawnFor(el: Element): HTMLElement | null {
  const at = el.getBoundingClientRect();
  const x = at.left + at.width / 2;
  const y = at.top + at.height / 2;
  let widget = flatParent(el);
  for (let level = 0; widget && level < WIDGET_LEVELS; level++, widget = flatParent(widget)) {
    if (widget === document.body || widget === document.documentElement) return null;
    const boxes: DOMRect[] = [];
    const parts = widget.querySelectorAll('*');
    for (let i = 0; i < parts.length && i < WIDGET_SCAN; i++) {
      const part = parts[i]!;
      if (INTERACTIVE.test(part.localName) || !rendered(part) || !paints(part)) continue;
      const box = part.getBoundingClientRect();
      if (box.width < MIN_BOX_SIZE || box.height < MIN_BOX_SIZE) continue;
      if (boxes.length > 0 && Math.abs(box.top - boxes[0]!.top) > box.height / 2) continue;
      boxes.push(box);
    }
    if (boxes.length < MIN_BOXES) continue;
    const left = Math.min(...boxes.map((b) => b.left));
    const right = Math.max(...boxes.map((b) => b.right));
    const top = Math.min(...boxes.map((b) => b.top));
    const bottom = Math.max(...boxes.map((b) => b.bottom));
    const near = MIN_BOX_SIZE;
    if (x >= left && x <= right && y >= top - near && y <= bottom + near) return widget as HTMLElement;
  }
  return null;
}

/**
 * Can the user see this field? It must be rendered, of a real size, on screen, drawn with a real
 * opacity (or be a transparent input over boxes its widget draws), not covered by an unrelated
 * element, and in a frame the user sees. A tiny input that stands for the code boxes its widget draws
 * (`boxesDrawnFor`) is seen when that widget is.
 */
export function isVisibleField(el: HTMLElement): boolean {
  if (!frameSeen() || !el.isConnected || !rendered(el)) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width >= MIN_FIELD_SIZE && rect.height >= MIN_FIELD_SIZE) return seenOnPage(el, true);
  const widget = boxesDrawnFor(el);
  return widget !== null && seenOnPage(widget, false);
}

/**
 * Can the user see this frame element (see `frame-judge.ts`)? As a field, except that a transparent frame is
 * never seen, whatever is drawn under it: that is how a page lays a frame over a decoy to steal a click.
 */
export function isVisibleFrame(el: HTMLElement): boolean {
  return frameSeen() && seenOnPage(el, false);
}

/** `drawnBelow`: a transparent element counts when its own widget draws what the user sees under it. */
function seenOnPage(el: HTMLElement, drawnBelow: boolean): boolean {
  if (!el.isConnected || !rendered(el)) return false;
  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_FIELD_SIZE || rect.height < MIN_FIELD_SIZE) return false;
  const place = onScreen(rect);
  if (!place || place.width < MIN_FIELD_SIZE || place.height < MIN_FIELD_SIZE) return outOfSight(el);
  const around = opacityUpTo(flatParent(el));
  if (around < MIN_OPACITY) return false; // the field and everything around it are transparent
  const widget = ancestorAt(el, WIDGET_LEVELS);
  const transparent = ownOpacity(el) * around < MIN_OPACITY;
  if (transparent && (!drawnBelow || !widgetPaintsAt(el, widget, place))) return false;
  // Seen where the user looks at it: at most of five points (its middle and around), hit and not covered.
  const root = el.getRootNode() as Document | ShadowRoot;
  const clickThrough = getComputedStyle(el).pointerEvents === 'none';
  let seen = 0;
  for (const [i, [fx, fy]] of SAMPLES.entries()) {
    // Decided either way (most of the points seen, or too many not): stop looking.
    if (seen * 2 > SAMPLES.length || (i - seen) * 2 > SAMPLES.length) break;
    const x = place.left + place.width * fx;
    const y = place.top + place.height * fy;
    // Most often the field itself is on top; the whole list costs a hundred times more.
    if (root.elementFromPoint(x, y) === el) {
      seen++;
      continue;
    }
    const hits = root.elementsFromPoint(x, y);
    const reached = hits.indexOf(el);
    // Not hit there and not click-through: clipped away (clip-path, an overflow box).
    if (reached < 0 && !clickThrough) continue;
    const above = reached < 0 ? hits : hits.slice(0, reached);
    // Over a transparent input, its widget's own boxes are what the user sees.
    // The element's own parts (a widget's boxes) are what is seen, not a cover.
    if (!above.some((hit) => !el.contains(hit) && !(transparent && widget.contains(hit)) && covers(hit))) seen++;
  }
  return seen * 2 > SAMPLES.length;
}

/**
 * Is the chip (or any element of ours) fully visible: rendered, fully opaque, not filtered away,
 * clipped or masked, itself and every ancestor?
 */
export function isFullyVisible(el: Element): boolean {
  if (!el.isConnected || !rendered(el)) return false;
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const style = getComputedStyle(node);
    if (Number(style.opacity) < 1 || !harmlessFilter(style.filter)) return false;
    if (style.clipPath !== 'none' || style.maskImage !== 'none' || (style.clip && style.clip !== 'auto')) return false;
    if (style.mixBlendMode !== 'normal' || style.visibility !== 'visible') return false;
  }
  return true;
}

let scrolledTo: IntersectionObserver | undefined;

/** A field below the fold (or scrolled away) is not seen yet: look again once it scrolls into view. */
function outOfSight(el: Element): false {
  if (typeof IntersectionObserver !== 'function') return false;
  scrolledTo ??= new IntersectionObserver((entries) => {
    const shown = entries.filter((entry) => entry.isIntersecting);
    shown.forEach((entry) => scrolledTo!.unobserve(entry.target));
    if (shown.length > 0) rescanFrame();
  });
  scrolledTo.observe(el);
  return false;
}
