import { queryOptions } from '@tanstack/react-query';
import { setClockOffset } from '@/lib/clock/now';
import { sendFromPage } from '@/lib/messaging/page-send';
import type { SkyvernAuthenticatorCode } from './credential-codes';

export type AuthenticatorCodes =
  | { configured: false; clockOffsetMs: number }
  | { configured: true; codes: SkyvernAuthenticatorCode[]; error: string | null; clockOffsetMs: number };

/** Asked again when the first shown code runs out, and at least this often (new credentials, the clock). */
const MAX_POLL_MS = 30_000;

/**
 * Codes of the authenticators stored in Skyvern, through the background (which alone holds the key). Every
 * answer also brings the clock offset the background measured, which this page's codes then use.
 */
export function authenticatorCodesQuery() {
  return queryOptions({
    queryKey: ['skyvern', 'authenticators'] as const,
    queryFn: async (): Promise<AuthenticatorCodes> => {
      const answer = await sendFromPage('skyvernAuthenticatorCodes', undefined);
      setClockOffset(answer.clockOffsetMs);
      if (!answer.configured) return { configured: false, clockOffsetMs: answer.clockOffsetMs };
      if (!answer.ok) return { configured: true, codes: [], error: answer.error, clockOffsetMs: answer.clockOffsetMs };
      return { configured: true, codes: answer.codes, error: null, clockOffsetMs: answer.clockOffsetMs };
    },
    refetchInterval: (query) => {
      const data = query.state.data;
      const ends = data?.configured ? data.codes.map((c) => c.validUntil - Date.now() + 300) : [];
      return Math.max(1_000, Math.min(MAX_POLL_MS, ...ends));
    },
    staleTime: 0,
    retry: false,
  });
}
