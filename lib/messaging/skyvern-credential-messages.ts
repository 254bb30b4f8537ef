import type { SkyvernAuthenticatorCode } from '@/lib/sync/credential-codes';
import type { SkyvernCredential } from '@/lib/sync/credentials-schema';
import type { Result } from './result';

type Answer<T> =
  { configured: false } | ({ configured: true; ok: true } & T) | { configured: true; ok: false; error: string };

/**
 * Skyvern-stored credentials and the computer's clock against Skyvern's. Only OTPilot's pages send these; the
 * background alone holds the key. Pages get codes and public credential fields, never a secret.
 */
export interface SkyvernCredentialMessages {
  /** Options: the organisation's credentials (identifier, 2FA type, tested login URL), when the key may list them. */
  skyvernCredentials(): Answer<{ credentials: SkyvernCredential[] }>;
  /** Popup: current codes of the authenticators stored in Skyvern, and the clock offset they were read with. */
  skyvernAuthenticatorCodes(): Answer<{ codes: SkyvernAuthenticatorCode[] }> & { clockOffsetMs: number };
  /** Popup: fill a fresh code of that credential into the active tab, if the tab is the credential's site. */
  skyvernFillAuthenticatorCode(data: { credentialId: string }): Result;
  /** Options and popup: server time minus this computer's, in ms (0 until measured). */
  skyvernClock(): { offsetMs: number; measuredAt: number | null; origin: string | null };
}
