import type { PushedCode } from '@/lib/sync/recent';
import type { Result } from './vault-messages';

/** What the popup's "Pushed codes" section shows: nothing at all without an API key. */
export type SyncCodesAnswer =
  | { configured: false }
  | { configured: true; ok: true; codes: PushedCode[]; origin: string }
  | { configured: true; ok: false; error: string; retry: boolean; origin: string };

/**
 * Skyvern sync. Only OTPilot's own pages send these; the background alone holds the API key and calls the
 * API. Pages get codes and links, never the key; content scripts get neither (they get `autofillFill`).
 */
export interface SyncMessages {
  /** Whether a key is saved (`keySaved` is a hint while the vault is locked). */
  syncState(): { keySaved: boolean; locked: boolean };
  /** Recent pushed codes and magic links, newest first (the popup polls this). */
  syncCodes(): SyncCodesAnswer;
  /** Options: try the connection with the form's base URL and, if typed, an unsaved key (else the saved one). */
  syncTest(data: { baseUrl: string; apiKey?: string }): Result<{ message: string }>;
  /** Popup: fill one pushed code (by its id) into the active tab. */
  syncFillActiveTab(data: { id: string }): Result;
}
