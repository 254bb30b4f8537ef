import { fillableCode, type PushedCode } from './recent';

/**
 * A frame with a code field that no vault account fills, waiting for a code pushed to Skyvern.
 * Kept in storage.session (trusted contexts only) so a restarted service worker goes on polling.
 */
export interface SyncWait {
  tabId: number;
  frameId: number;
  /** When the frame first asked (local clock). Only codes created after it are used. */
  startedAt: number;
  /** Polling stops at this time (15 minutes, as Skyvern's own agent waits). */
  deadline: number;
  /**
   * The frame's origin, then its tab's (the field kept its first name): the code goes to the frame only
   * while it shows the first; before filling, a vault account for either still wins.
   */
  hosts: string[];
  /** Code ids already listed at the first poll (null when that poll came late or not yet). */
  baseline: string[] | null;
  /** Whether the first poll has happened. */
  polled: boolean;
}

export const WAIT_MS = 15 * 60_000;
export const POLL_MS = 5_000;
/**
 * A first poll this soon after the wait began may take its list as "what was there before". Later (the
 * vault was locked, the worker busy) a code pushed in between would be mistaken for an old one: then the
 * creation time alone decides.
 */
export const BASELINE_WINDOW_MS = 3_000;
/** How far the server's clock may lag ours for a code missing from the baseline still to count as new. */
export const CLOCK_SLACK_MS = 60_000;

export const waitKey = (w: Pick<SyncWait, 'tabId' | 'frameId'>) => `${w.tabId}:${w.frameId}`;

/**
 * Whether `code` arrived after the wait began. By time, and by the baseline: a code that was already
 * listed at the first poll is old whatever its clock says; one that was not may be a little "older" than
 * the wait when the server's clock lags ours.
 */
export function arrivedDuring(wait: SyncWait, code: PushedCode): boolean {
  const known = wait.baseline?.includes(code.id) ?? false;
  if (known) return false;
  if (code.createdAt >= wait.startedAt) return true;
  return wait.baseline !== null && code.createdAt >= wait.startedAt - CLOCK_SLACK_MS;
}

/** Records the first poll's list as the baseline when it came soon enough after the wait began. */
export function withBaseline(wait: SyncWait, codes: PushedCode[], now: number): SyncWait {
  if (wait.polled) return wait;
  const early = now - wait.startedAt <= BASELINE_WINDOW_MS;
  return { ...wait, polled: true, baseline: early ? codes.map((c) => c.id) : null };
}

/**
 * Which code each waiting frame gets: the newest fillable code (not a link) that arrived during its wait,
 * each code to one frame only, the most recent wait first (the page the user has just opened).
 */
export function assignCodes(
  waits: SyncWait[],
  codes: PushedCode[],
  used: ReadonlySet<string>,
): { wait: SyncWait; code: PushedCode; fill: string }[] {
  const taken = new Set(used);
  const out: { wait: SyncWait; code: PushedCode; fill: string }[] = [];
  const newestFirst = [...codes].sort((a, b) => b.createdAt - a.createdAt);
  for (const wait of [...waits].sort((a, b) => b.startedAt - a.startedAt)) {
    for (const code of newestFirst) {
      const fill = code.kind === 'code' ? fillableCode(code.value) : null;
      if (!fill || taken.has(code.id) || !arrivedDuring(wait, code)) continue;
      taken.add(code.id);
      out.push({ wait, code, fill });
      break;
    }
  }
  return out;
}
