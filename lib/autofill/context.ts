/**
 * What the page says around a field beyond its own markup: the heading the field sits under. A
 * step headed "Two-factor authentication" asks for a one-time code even when its boxes say nothing
 * (headless widget kits) or call themselves "pin code 1 of 6".
 */

/** The nearest h1–h3 (or role=heading) before `el` in the document (or its shadow tree). */
const HEADING = "preceding::*[self::h1 or self::h2 or self::h3 or @role='heading'][1]";

/** The text of the heading above `el`, lower-cased ('' when there is none). */
export function headingAbove(el: Element): string {
  const found = document.evaluate(HEADING, el, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  return (found?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200).toLowerCase();
}
