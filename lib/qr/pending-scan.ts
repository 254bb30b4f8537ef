/**
 * A scan the background has started and the scan window finishes. Kept in storage.session (trusted
 * extension contexts only), never in the window's URL: a screenshot of the page can hold secrets.
 */
export type PendingScan =
  | { id: string; source: 'image'; srcUrl: string; tabId?: number; frameId?: number }
  | { id: string; source: 'page'; dataUrl: string; tabId: number; windowId: number }
  | { id: string; source: 'error'; message: string };

/** How many recent scans are kept (each scan window reads its own by id). */
export const KEEP_SCANS = 3;

export function newScanId(): string {
  return crypto.randomUUID();
}

/** Adds a scan, dropping the oldest beyond KEEP_SCANS. */
export function withScan(scans: PendingScan[], scan: PendingScan): PendingScan[] {
  return [...scans.filter((s) => s.id !== scan.id), scan].slice(-KEEP_SCANS);
}
