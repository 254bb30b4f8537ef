/**
 * The one time codes are computed at: this computer's clock corrected by the offset last measured against a
 * server's `Date` header (see `drift.ts`). Each context holds the offset in memory; the background measures it
 * and keeps it in `clockOffsetItem`, pages and the first paint are given it. Zero until measured.
 */
let offsetMs = 0;

export function clockNow(): number {
  return Date.now() + offsetMs;
}

export function clockOffset(): number {
  return offsetMs;
}

export function setClockOffset(ms: number): void {
  offsetMs = Number.isFinite(ms) ? ms : 0;
}
