import { queryOptions } from '@tanstack/react-query';
import { sendMessage } from '@/lib/messaging/protocol';
import type { PushedCode } from './recent';

export const PUSHED_CODES_KEY = ['skyvern', 'codes'] as const;
/** The popup asks again this often while it is open. */
export const POPUP_POLL_MS = 10_000;

/** A failed poll, with whether trying again later may help (overload, network). */
export class PushedCodesError extends Error {
  override name = 'PushedCodesError';
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

export type PushedCodes = { configured: false } | { configured: true; codes: PushedCode[]; origin: string };

/** Recent pushed codes, through the background (which alone holds the key and calls Skyvern). */
export function pushedCodesQuery() {
  return queryOptions({
    queryKey: PUSHED_CODES_KEY,
    queryFn: async (): Promise<PushedCodes> => {
      const answer = await sendMessage('syncCodes', undefined);
      if (!answer.configured) return { configured: false };
      if (!answer.ok) throw new PushedCodesError(answer.error, answer.retry);
      return { configured: true, codes: answer.codes, origin: answer.origin };
    },
    refetchInterval: POPUP_POLL_MS,
    staleTime: 0,
    retry: false,
  });
}
