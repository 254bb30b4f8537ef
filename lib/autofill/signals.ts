import { besideCaptchaImage, headingAbove, loneField, onCardForm, sectionOf, type Section } from './context';
import {
  CODE_CONTEXT,
  CONTEXT_NEGATIVE,
  HARD_NEGATIVE,
  NEARBY_NEGATIVE,
  OTHER_AUTOCOMPLETE,
  OTHER_CODE,
  PIN,
  SOFT_NEGATIVE,
  STRONG_ATTR,
  STRONG_TEXT,
  WEAK,
} from './keywords';

/** Below this a field is not offered a code. */
export const THRESHOLD = 4;
/** A field that must never receive a code. */
export const EXCLUDED = -100;

/** Input types a code can go into (e-mail, search and URL fields never take one). */
const CODE_TYPES = new Set(['text', 'tel', 'number', 'password']);

/** Cheap, layout-free first filter: could this input take a code at all? */
export function mayTakeCode(el: HTMLInputElement): boolean {
  if (!CODE_TYPES.has(el.type) || el.disabled || el.readOnly) return false;
  return el.type !== 'password' || strongPassword(el);
}

/**
 * A masked field takes a code when its markup says so, or when its label says so and the page
 * has asked for a password (a masked "MFA code" after the password step).
 */
function strongPassword(el: HTMLInputElement): boolean {
  if ((el.getAttribute('autocomplete') ?? '').toLowerCase().includes('one-time-code')) return true;
  if (STRONG_ATTR.test(attrText(el))) return true;
  return passwordSeen && codeWords(el);
}

/** The label, or the text right around a field, says it wants a code. */
function codeWords(el: HTMLInputElement): boolean {
  return strongText(labelText(el)) || strongText(nearbyText(el));
}

function strongText(label: string): boolean {
  return STRONG_TEXT.test(label) || STRONG_ATTR.test(words(label));
}

let passwordSeen = false;

/** Remembers that this page has asked for a password (once seen, for the page's life: a later step may mask its code). */
export function notePassword(el: HTMLInputElement): void {
  if (passwordSeen || el.type !== 'password' || STRONG_ATTR.test(attrText(el))) return;
  if (!codeWords(el)) passwordSeen = true;
}

/** `twoFactorToken-2` → `two factor token 2`. */
export function words(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)|(\d)([a-zA-Z])/g, '$1$3 $2$4')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .toLowerCase()
    .trim();
}

/** Can a code be typed into this field right now (text-like, enabled, editable, rendered)? */
export function isFillable(el: HTMLInputElement): boolean {
  if (!mayTakeCode(el)) return false;
  if (el.getAttribute('aria-hidden') === 'true' && el.getBoundingClientRect().width < 2) return false;
  const visible = typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : true;
  if (!visible) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function attrText(el: HTMLInputElement): string {
  const parts = [el.id, el.name, el.getAttribute('formcontrolname') ?? '', el.getAttribute('data-testid') ?? ''];
  return words(parts.join(' '));
}

/** Label, aria-label(ledby), placeholder and title text. */
export function labelText(el: HTMLInputElement): string {
  const parts = [el.getAttribute('aria-label') ?? '', el.placeholder ?? '', el.title ?? ''];
  for (const label of Array.from(el.labels ?? [])) parts.push(label.textContent ?? '');
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    if (id) parts.push(root.getElementById?.(id)?.textContent ?? '');
  }
  return parts.join(' ').replace(/\s+/g, ' ').toLowerCase().trim();
}

/** The text of the closest ancestor (up to `levels` up) that has a little text of its own. */
export function nearbyText(el: Element, levels = 3): string {
  let node = el.parentElement;
  for (let i = 0; i < levels && node; i++, node = node.parentElement) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 400) return '';
    // Separators such as "-" between boxes say nothing: look one level further out.
    if (text.length > 3) return text.toLowerCase();
  }
  return '';
}

/**
 * The text around `el` or the heading above it asks for a one-time code (a "PIN" box on a
 * two-factor step is a code box).
 */
export function codeStep(el: Element): boolean {
  return STRONG_TEXT.test(nearbyText(el, 6)) || STRONG_TEXT.test(headingAbove(el));
}

export interface FieldScore {
  score: number;
  /** Box-shaped: meant for one character of a split code. */
  box: boolean;
}

/** Scores one input as a code field. EXCLUDED means it must never receive a code. */
export function scoreField(el: HTMLInputElement): FieldScore {
  const autocomplete = (el.getAttribute('autocomplete') ?? '').toLowerCase();
  const oneTime = autocomplete.includes('one-time-code');
  const attrs = attrText(el);
  const label = labelText(el);
  const own = `${attrs} ${words(label)}`;
  const box = el.maxLength === 1 || (el.type === 'number' && el.max === '9');
  if (!mayTakeCode(el) || OTHER_AUTOCOMPLETE.test(autocomplete)) return { score: EXCLUDED, box };
  if (HARD_NEGATIVE.test(own) || HARD_NEGATIVE.test(label)) return { score: EXCLUDED, box };
  const strongAttr = STRONG_ATTR.test(attrs);
  const near = nearbyText(el);
  let section: Section | undefined;
  const around = () => (section ??= sectionOf(el));
  if (!oneTime && !strongAttr) {
    // The page around the field decides what a PIN, a "confirmation code" or a code beside a picture is.
    const pin = PIN.test(own) || PIN.test(label);
    const codeContext = `${label} ${near} ${around().text} ${document.title.toLowerCase()}`;
    if (pin && !CODE_CONTEXT.test(codeContext) && !codeStep(el)) {
      return { score: EXCLUDED, box };
    }
    if (CONTEXT_NEGATIVE.test(around().text) && !STRONG_TEXT.test(around().text)) return { score: EXCLUDED, box };
    if (OTHER_CODE.test(own) && !strongText(label)) return { score: EXCLUDED, box };
    if (onCardForm(el)) return { score: EXCLUDED, box };
  }
  if (!oneTime && besideCaptchaImage(el)) return { score: EXCLUDED, box };
  const strongLabel = strongText(label);
  let score = 0;
  if (oneTime) score += 6;
  if (strongAttr) score += 4;
  if (strongLabel) score += 4;
  const strong = oneTime || strongAttr || strongLabel;
  if (!strong) {
    if (NEARBY_NEGATIVE.test(near)) return { score: EXCLUDED, box };
    const weak = WEAK.test(own);
    // Text above the field that asks for a code (or, for a field that says "code" or "verification" with no
    // text of its own, the two-factor heading it sits under); more so when this is the only field there.
    if (STRONG_TEXT.test(near) || STRONG_TEXT.test(around().text) || (weak && STRONG_TEXT.test(headingAbove(el)))) {
      score += 3;
      if (loneField(el, around())) score += 1;
    }
    if (weak) score += 1;
    if (SOFT_NEGATIVE.test(own) || SOFT_NEGATIVE.test(label)) score -= 4;
  }
  const inputMode = (el.inputMode || el.getAttribute('inputmode') || '').toLowerCase();
  if (inputMode === 'numeric' || inputMode === 'decimal') score += 1;
  if (/\\d|0-9/.test(el.pattern)) score += 1;
  if (el.maxLength >= 4 && el.maxLength <= 10) score += 1;
  if (el.maxLength > 12 && !oneTime) score -= 2;
  if (el.type === 'tel' || el.type === 'number') score += 0.5;
  // "code" in the markup of a short digits-only field: together that is a code field.
  const digitsOnly = inputMode === 'numeric' || /\\d|0-9/.test(el.pattern) || el.type === 'tel' || el.type === 'number';
  if (!strong && WEAK.test(attrs) && el.maxLength >= 4 && el.maxLength <= 8 && digitsOnly) score += 1;
  return { score, box };
}
