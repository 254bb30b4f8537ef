import { i18n } from '#i18n';

/**
 * The computer's clock against a server's. An HTTP `Date` header has whole seconds, so the server's time is
 * taken at the middle of that second, and ours at the middle of the request.
 */

/** Beyond this, codes computed here may fall outside the window a site accepts. */
export const DRIFT_WARNING_MS = 15_000;

/** Server time minus this computer's time, in ms (positive: our clock is slow), or null without a readable Date. */
export function offsetFromDate(date: string | null | undefined, sentAt: number, receivedAt: number): number | null {
  if (!date) return null;
  const server = Date.parse(date);
  if (!Number.isFinite(server) || receivedAt < sentAt) return null;
  // A Date that far off is a broken header or proxy, not a clock: ignore it.
  const offset = server + 500 - (sentAt + receivedAt) / 2;
  return Math.abs(offset) > 24 * 3_600_000 ? null : Math.round(offset);
}

/** "Your clock is 42 s fast: codes may be refused", or null within DRIFT_WARNING_MS. */
export function driftWarning(offsetMs: number): string | null {
  if (Math.abs(offsetMs) <= DRIFT_WARNING_MS) return null;
  const seconds = Math.round(Math.abs(offsetMs) / 1000);
  const amount =
    seconds >= 120 ? i18n.t('common.minutes', [Math.round(seconds / 60)]) : i18n.t('common.seconds', [seconds]);
  return i18n.t(offsetMs < 0 ? 'clock.fast' : 'clock.slow', { amount });
}
