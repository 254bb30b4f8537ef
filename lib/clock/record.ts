import { clockOffsetItem } from '@/lib/storage/items';
import { offsetFromDate } from './drift';
import { setClockOffset } from './now';

/**
 * The background's side of the clock: it reads the offset from the `Date` header of every API answer it gets
 * and keeps it (memory, and `clockOffsetItem` for the next start of the service worker).
 */

/** Under this, a measured offset is the header's whole-second rounding, not a wrong clock: codes use our clock. */
export const MIN_CORRECTION_MS = 1_500;

export function effectiveOffset(measuredMs: number): number {
  return Math.abs(measuredMs) < MIN_CORRECTION_MS ? 0 : measuredMs;
}

let saved: Promise<unknown> = Promise.resolve();

export function noteServerDate(date: string | null, sentAt: number, receivedAt: number, origin: string): void {
  const measured = offsetFromDate(date, sentAt, receivedAt);
  if (measured === null) return;
  const offsetMs = effectiveOffset(measured);
  setClockOffset(offsetMs);
  saved = saved.then(async () => {
    const previous = await clockOffsetItem.getValue().catch(() => null);
    const stale = !previous || receivedAt - previous.measuredAt > 10 * 60_000;
    if (stale || Math.abs(previous.offsetMs - offsetMs) >= 1_000 || previous.origin !== origin) {
      await clockOffsetItem.setValue({ offsetMs, measuredAt: receivedAt, origin }).catch(() => undefined);
    }
  });
}

/** At the service worker's start: the offset measured before. */
export async function loadClockOffset(): Promise<void> {
  const kept = await clockOffsetItem.getValue().catch(() => null);
  if (kept) setClockOffset(kept.offsetMs);
}
