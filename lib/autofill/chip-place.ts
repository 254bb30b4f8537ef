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

export function chipPosition(field: Edges, chip: Size, viewport: Size): { left: number; top: number } {
  const inView = field.right > 0 && field.bottom > 0 && field.left < viewport.width && field.top < viewport.height;
  // A field scrolled out of sight takes its chip with it.
  if (!inView) return { left: field.right + GAP, top: field.top };
  const x = (left: number) => Math.max(0, Math.min(left, viewport.width - chip.width));
  const y = (top: number) => Math.max(0, Math.min(top, viewport.height - chip.height));
  if (field.right + GAP + chip.width <= viewport.width) return { left: field.right + GAP, top: y(field.top) };
  if (field.bottom + GAP + chip.height <= viewport.height) return { left: x(field.left), top: field.bottom + GAP };
  if (field.top - GAP - chip.height >= 0) return { left: x(field.left), top: field.top - GAP - chip.height };
  // A frame too small for both: over the field's end rather than cut off at the frame's edge.
  return { left: x(field.right + GAP), top: y(field.top) };
}
