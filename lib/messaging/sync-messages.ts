import type { PushedCode } from '@/lib/sync/recent';
import type { Result } from './result';

/** What the popup's "Pushed codes" section shows: nothing at all without an API key. */
export type SyncCodesAnswer =
  | { configured: false }
  | { configured: true; ok: true; codes: PushedCode[]; origin: string }
  | {
      configured: true;
      ok: false;
      error: string;
      retry: boolean;
      origin: string;
      /** The server could not be reached at all. */
      offline: boolean;
      /** When asking again may help (not before then: the background would answer the same failure). */
      retryInMs: number;
    };

/** One offer in a waiting page's chip: "Use code sent to you@example.com, 5 s ago". */
export interface PushedOffer {
  id: string;
  label: string;
}

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

  // From content scripts (validated: a frame of its tab's own site, asking about itself only).
  /**
   * A frame has a code field that no vault account fills: it may wait for a pushed code. `doc` is a random
   * token of this document (the frame's next page has another): nothing reaches a later page of the frame.
   */
  syncWaiting(data: { url: string; visible: boolean; doc: string }): { waiting: boolean };
  /** The user changed an input to this value: if it is a watched identifier, it was typed on this site. */
  syncTyped(data: { url: string; value: string }): { ok: true };
  /** The user picked a pushed code offered in this frame's chip: tie its identifier to the site and fill. */
  syncPickPushed(data: { url: string; doc: string; id: string }): Result;
  /** The user picked a magic link offered in this frame's chip (it points to this site): open it here. */
  syncOpenLink(data: { url: string; doc: string; id: string }): Result;

  /** Sent by the background TO a waiting frame: what its chip offers (codes, and links to its own site). */
  syncOffer(data: { doc: string; pushed: PushedOffer[]; links: PushedOffer[] }): { shown: boolean };
}
