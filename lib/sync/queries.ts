import { queryOptions } from '@tanstack/react-query';
import { sendFromPage } from '@/lib/messaging/page-send';
import { pollDelay } from './cadence';
import type { PushedCode } from './recent';

export const PUSHED_CODES_KEY = ['skyvern', 'codes'] as const;
/** A failed poll, with whether trying again later may help (overload, network) and when. */
export class PushedCodesError extends Error {
  override name = 'PushedCodesError';
  constructor(
    message: string,
    readonly retry: boolean,
    /** The server could not be reached at all. */
    readonly offline = false,
    readonly retryInMs = 0,
  ) {
    super(message);
  }
}

/**
 * While the popup is open it asks about every second; after a failure not before the background's
 * back-off (or the server's Retry-After) has passed: asking sooner would only get the same failure back.
 */
export function popupPollDelay(error: unknown): number {
  const retryAfterMs = error instanceof PushedCodesError ? error.retryInMs : null;
  return pollDelay({ youngestWaitMs: null, popupOpen: true, retryAfterMs });
}

export type PushedCodes = { configured: false } | { configured: true; codes: PushedCode[]; origin: string };

/** Recent pushed codes, through the background (which alone holds the key and calls Skyvern). */
export function pushedCodesQuery() {
  return queryOptions({
    queryKey: PUSHED_CODES_KEY,
    queryFn: async (): Promise<PushedCodes> => {
      const answer = await sendFromPage('syncCodes', undefined);
      if (!answer.configured) return { configured: false };
      if (!answer.ok) throw new PushedCodesError(answer.error, answer.retry, answer.offline, answer.retryInMs);
      return { configured: true, codes: answer.codes, origin: answer.origin };
    },
    refetchInterval: (query) => popupPollDelay(query.state.error),
    staleTime: 0,
    retry: false,
  });
}
