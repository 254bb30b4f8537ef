/**
 * The page around a field: the heading it sits under (with the sentence that follows the heading),
 * whether it is the only field there, and whether a picture of characters to copy sits beside it.
 * These tell a one-time code from a PIN, a captcha or a booking reference when the field's own
 * markup says little. All lower-cased; nothing here is read on a page without candidate fields.
 */

const HEADINGS = 'h1,h2,h3,h4,h5,h6,legend,[role=heading]';
/** How far up from the field a heading may be (a page's sections rarely nest deeper). */
const LEVELS = 6;

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
}

function precedes(a: Element, b: Element): boolean {
  return !a.contains(b) && (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

export interface Section {
  /** The heading's text and the sentence after it, and the text block just before the field. */
  text: string;
  /** The closest ancestor of the field that holds that heading or text (null: none found). */
  root: Element | null;
}

/** The headings inside each ancestor looked at during one detection pass (fields share ancestors). */
let headingsIn = new WeakMap<Element, NodeListOf<Element>>();

/** Forgets what the last detection pass read (the page may have changed since). */
export function newPass(): void {
  headingsIn = new WeakMap();
}

/** The closest heading above the field, within its nearest ancestors, with the sentence after it. */
function heading(el: Element): Section | null {
  let node = el.parentElement;
  for (let i = 0; i < LEVELS && node && node !== document.documentElement; i++, node = node.parentElement) {
    let headings = headingsIn.get(node);
    if (!headings) headingsIn.set(node, (headings = node.querySelectorAll(HEADINGS)));
    for (let j = headings.length - 1; j >= 0; j--) {
      const h = headings[j]!;
      if (!precedes(h, el)) continue;
      let text = clean(h.textContent).slice(0, 200);
      const next = h.nextElementSibling;
      if (next && precedes(next, el) && !next.matches(HEADINGS)) {
        const more = clean(next.textContent);
        if (more.length <= 300) text += ` ${more}`;
      }
      return { text, root: node };
    }
  }
  return null;
}

/** The text block right before the field, or before the box, row or form around it. */
function intro(el: Element): Section | null {
  let node: Element | null = el;
  for (let i = 0; i < LEVELS && node?.parentElement; i++, node = node.parentElement) {
    const text = clean(node.previousElementSibling?.textContent);
    if (text) return text.length <= 300 ? { text, root: node.parentElement } : null;
  }
  return null;
}

/** The field's description (aria-describedby), such as a hint under it. */
function description(el: Element): string {
  const root = el.getRootNode() as Document | ShadowRoot;
  const ids = (el.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
  return clean(ids.map((id) => root.getElementById?.(id)?.textContent ?? '').join(' ')).slice(0, 300);
}

/** What the page says about the field: its heading, the text just before it and its description. */
export function sectionOf(el: Element): Section {
  const h = heading(el);
  const i = intro(el);
  const parts = [h?.text, i && !h?.text.includes(i.text) ? i.text : '', description(el)];
  const text = parts.filter(Boolean).join(' ');
  // The smaller of the two scopes: the field's own part of the page.
  const root = h && i ? (h.root!.contains(i.root) ? i.root : h.root) : (h?.root ?? i?.root ?? null);
  return { text, root };
}

const ENTRY = /^(text|tel|number|password|email|search|url)$/;

/** Is this the only rendered text-entry field of its form (or of its section when there is no form)? */
export function loneField(el: HTMLInputElement, section: Section): boolean {
  const scope = el.form ?? section.root;
  if (!scope) return false;
  const inputs = scope.getElementsByTagName('input');
  for (let i = 0; i < inputs.length; i++) {
    const other = inputs[i]!;
    if (other !== el && ENTRY.test(other.type) && other.getClientRects().length > 0) return false;
  }
  return true;
}

/** Words that come with a picture of characters to copy. */
const CAPTCHA_HINT = /captcha|refresh|reload|another|new (?:image|picture|code)|can.t read|看不清|换一张|обнов/;
/** How such pictures are named (src, id, class, alt, title, onclick). */
const CAPTCHA_IMAGE = /captcha|verif|vcode|checkcode|valid|yzm|imgcode|randcode|securimage|random|refresh/;

function describe(img: Element): string {
  return ['src', 'id', 'class', 'alt', 'title', 'onclick'].map((a) => img.getAttribute(a) ?? '').join(' ');
}

/**
 * A picture beside the field (in its row) that is wide and short, named like a code picture, or
 * clickable (for another one), on a form that also asks for the password or with words about
 * getting another picture: an image captcha. Square pictures (QR codes) and icons are not.
 */
export function besideCaptchaImage(el: HTMLInputElement): boolean {
  let node = el.parentElement;
  for (let i = 0; i < 2 && node; i++, node = node.parentElement) {
    if (node.getElementsByTagName('input').length > 3) break;
    for (const img of Array.from(node.querySelectorAll('img, canvas'))) {
      const rect = img.getBoundingClientRect();
      const w = rect.width || Number(img.getAttribute('width')) || 0;
      const h = rect.height || Number(img.getAttribute('height')) || 0;
      if (w >= 80 && Math.abs(w - h) < 0.2 * w) continue; // square: a QR code to scan
      const wide = w >= 50 && h >= 15 && h <= 90 && w >= 1.6 * h;
      const named = CAPTCHA_IMAGE.test(describe(img).toLowerCase());
      const clickable = img.hasAttribute('onclick') || img.closest('a') !== null;
      if (!wide && !named && !(clickable && w < 50)) continue;
      if (named || el.form?.querySelector('input[type=password]') || CAPTCHA_HINT.test(clean(node.textContent))) {
        return true;
      }
    }
  }
  return false;
}

/** A card's number in the same form: its "security code" is the card's CVC. */
const CARD_FIELD = 'input[autocomplete~="cc-number" i], input[name*="card" i], input[id*="card" i]';

export function onCardForm(el: HTMLInputElement): boolean {
  return el.form?.querySelector(CARD_FIELD) != null;
}

/** The nearest h1–h3 (or role=heading) before `el` in the document (or its shadow tree). */
const HEADING_BEFORE = "preceding::*[self::h1 or self::h2 or self::h3 or @role='heading'][1]";

/**
 * The text of the heading anywhere above `el`, lower-cased ('' when there is none). A step headed
 * "Two-factor authentication" asks for a one-time code even when its boxes say nothing (headless widget
 * kits) or call themselves "pin code 1 of 6".
 */
export function headingAbove(el: Element): string {
  const found = document.evaluate(HEADING_BEFORE, el, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  return clean(found?.textContent).slice(0, 200);
}
