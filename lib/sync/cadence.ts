/**
 * How often OTPilot asks Skyvern for pushed codes. Fast while it matters (a page has just started waiting,
 * or the popup is open: about every second), slower as a wait grows old, backing off on errors and never
 * sooner than a server's `Retry-After`. Every delay is at least MIN_POLL_MS: never a tight loop.
 */

export const MIN_POLL_MS = 1_000;
/** A wait younger than this is polled every second (a sign-in usually gets its code within a minute or two). */
export const FAST_PHASE_MS = 3 * 60_000;
export const MID_PHASE_MS = 8 * 60_000;
export const MID_POLL_MS = 3_000;
export const SLOW_POLL_MS = 10_000;
/** The longest wait after errors (and the longest Retry-After honoured, so a bad header cannot stop polling). */
export const MAX_BACKOFF_MS = 60_000;
/** With no page waiting and the popup closed, the badge is kept up to date this often. */
export const IDLE_POLL_MS = 60_000;

export interface CadenceInput {
  /** Age of the youngest wait in ms, or null when no page waits. */
  youngestWaitMs: number | null;
  popupOpen?: boolean;
  /** Failed polls in a row. */
  failures?: number;
  /** What the server asked for in `Retry-After`, in ms. */
  retryAfterMs?: number | null;
}

/** After `failures` failed polls in a row: 2 s, 4 s, 8 s… up to a minute. */
export function backoffMs(failures: number): number {
  if (failures <= 0) return 0;
  return Math.min(MAX_BACKOFF_MS, MIN_POLL_MS * 2 ** Math.min(failures, 16));
}

/** The delay before the next poll. */
export function pollDelay(input: CadenceInput): number {
  const age = input.youngestWaitMs;
  const base =
    input.popupOpen || (age !== null && age < FAST_PHASE_MS)
      ? MIN_POLL_MS
      : age !== null && age < MID_PHASE_MS
        ? MID_POLL_MS
        : age !== null
          ? SLOW_POLL_MS
          : IDLE_POLL_MS;
  const retryAfter = Math.min(MAX_BACKOFF_MS, Math.max(0, input.retryAfterMs ?? 0));
  return Math.max(MIN_POLL_MS, base, backoffMs(input.failures ?? 0), retryAfter);
}

/**
 * `Retry-After` as milliseconds from `now`: delta-seconds ("120") or an HTTP date. Null when absent or
 * unreadable; never negative.
 */
export function parseRetryAfter(header: string | null | undefined, now = Date.now()): number | null {
  const value = header?.trim();
  if (!value) return null;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - now) : null;
}
