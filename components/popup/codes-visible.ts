/**
 * Marks `otpilot:codes-visible` on the performance timeline the first time every row on screen
 * shows its code (the benchmark measures navigation start → this mark).
 */
export const CODES_VISIBLE = 'otpilot:codes-visible';
const shown = new Set<string>();
let pending: Set<string> | null = null;
let marked = false;

function settle() {
  if (!marked && pending && pending.size === 0) {
    marked = true;
    if (performance.getEntriesByName(CODES_VISIBLE).length === 0) performance.mark(CODES_VISIBLE);
  }
}

/** The list says which rows are on screen now. */
export function rowsVisible(ids: readonly string[]): void {
  if (marked) return;
  pending = new Set(ids.filter((id) => !shown.has(id)));
  settle();
}

/** A row says its code is on screen. */
export function codeShown(id: string): void {
  if (marked) return;
  shown.add(id);
  pending?.delete(id);
  settle();
}
