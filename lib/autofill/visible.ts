/**
 * Whether the user can see a code field: the bar a page must clear before it may wait for a pushed code
 * (and before a pushed code is put into it). Judged at the field's place, not only by the input's own style:
 * widgets that paint their own boxes under a transparent input (input-otp and the like) are visible, so
 * the input's own opacity does not count, but its ancestors' does.
 * TODO(fill-policy): use the fill policy's visibility check once it is on main.
 */

const MIN_SIZE = 8;

function hiddenByStyle(el: Element, own: boolean): boolean {
  const style = getComputedStyle(el);
  if (style.display === 'none' || style.visibility === 'hidden' || style.visibility === 'collapse') return true;
  if (own) return false;
  if (Number(style.opacity) < 0.1) return true;
  if (/opacity\(\s*0(\.0\d*)?%?\s*\)/.test(style.filter)) return true;
  return style.clipPath !== 'none' && /inset\(\s*50%|circle\(\s*0/.test(style.clipPath);
}

/** Visible: real size, on the page (not pushed off screen), not hidden by an ancestor, not covered. */
export function isVisibleField(inputs: readonly HTMLInputElement[]): boolean {
  return inputs.length > 0 && inputs.every(visible);
}

function visible(input: HTMLInputElement): boolean {
  if (!input.isConnected) return false;
  const rect = input.getBoundingClientRect();
  if (rect.width < MIN_SIZE || rect.height < MIN_SIZE) return false;
  const doc = document.documentElement;
  const pageRight = Math.max(doc.scrollWidth, window.innerWidth) - window.scrollX;
  const pageBottom = Math.max(doc.scrollHeight, window.innerHeight) - window.scrollY;
  if (rect.right <= -window.scrollX || rect.bottom <= -window.scrollY) return false;
  if (rect.left >= pageRight || rect.top >= pageBottom) return false;
  for (let el: Element | null = input, own = true; el; own = false) {
    if (hiddenByStyle(el, own)) return false;
    el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
  }
  // Covered by something unrelated (an overlay): what is drawn at the field's centre must be the field,
  // something inside it or around it (its own label or widget), when that point is on screen.
  const x = rect.left + rect.width / 2;
  const y = rect.top + rect.height / 2;
  if (x < 0 || y < 0 || x > window.innerWidth || y > window.innerHeight) return true;
  const root = input.getRootNode() as Document | ShadowRoot;
  const top = root.elementFromPoint?.(x, y);
  return !top || top === input || top.contains(input) || input.contains(top) || sharesWidget(top, input);
}

/** The element on top belongs to the field's own widget (boxes painted beside a transparent input). */
function sharesWidget(top: Element, input: HTMLInputElement): boolean {
  const box = input.parentElement?.parentElement;
  return !!box && box.contains(top);
}
