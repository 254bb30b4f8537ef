/** Where the chip goes: beside its field, else below or above it, and always inside the frame's viewport. */

export interface Size {
  width: number;
  height: number;
}
export interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** In a frame narrower than this the chip uses its compact layout (smaller type, buttons wrap). */
export const COMPACT_WIDTH = 360;
const GAP = 6;

/** Whether two boxes share any area. */
export const overlaps = (a: Edges, b: Edges) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * `keepClear`: other frames on the page. A browser judges a frame's fields hidden when anything covers any
 * part of the frame (Chromium's IntersectionObserver v2), so the chip over a payment frame would hide that
 * frame's code field from OTPilot itself: the chip takes the first place that covers none of them.
 */
export function chipPosition(
  field: Edges,
  chip: Size,
  viewport: Size,
  keepClear: readonly Edges[] = [],
): { left: number; top: number } {
  const inView = field.right > 0 && field.bottom > 0 && field.left < viewport.width && field.top < viewport.height;
  // A field scrolled out of sight takes its chip with it.
  if (!inView) return { left: field.right + GAP, top: field.top };
  const x = (left: number) => Math.max(0, Math.min(left, viewport.width - chip.width));
  const y = (top: number) => Math.max(0, Math.min(top, viewport.height - chip.height));
  const places: { left: number; top: number }[] = [];
  if (field.right + GAP + chip.width <= viewport.width) places.push({ left: field.right + GAP, top: y(field.top) });
  if (field.bottom + GAP + chip.height <= viewport.height)
    places.push({ left: x(field.left), top: field.bottom + GAP });
  if (field.top - GAP - chip.height >= 0) places.push({ left: x(field.left), top: field.top - GAP - chip.height });
  const clear = places.find(({ left, top }) => {
    const box = { left, top, right: left + chip.width, bottom: top + chip.height };
    return !keepClear.some((frame) => overlaps(box, frame));
  });
  // A frame too small for both: over the field's end rather than cut off at the frame's edge.
  return clear ?? places[0] ?? { left: x(field.right + GAP), top: y(field.top) };
}
