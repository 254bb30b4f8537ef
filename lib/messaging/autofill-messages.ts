/**
 * Messages between content scripts and the background about filling codes.
 * Content scripts only ever receive codes and display labels, never secrets.
 */
export interface AccountChoice {
  id: string;
  /** "Issuer (account name)" for display in the inline chip. */
  label: string;
}

export interface AutofillMessages {
  /** What the content script may offer on this frame's page. */
  autofillQuery(data: { url: string }): {
    locked: boolean;
    empty: boolean;
    autoFill: boolean;
    matches: AccountChoice[];
    others: AccountChoice[];
  };
  /** A code for one account, from a window with enough time left to finish a fill. */
  autofillCode(data: { url: string; accountId: string }): { ok: true; code: string } | { ok: false; error: string };
  /** The chip asks the background to open the popup (to unlock or choose an account). */
  autofillOpenPopup(): { ok: true };
  /** The popup asks the background to fill this account's code into the active tab. */
  autofillActiveTab(data: { accountId: string }): { ok: true } | { ok: false; error: string };
  /**
   * Sent by the background TO a content script frame: fill this code into the detected fields.
   * `onlyDetected` (a pushed code arriving unasked): never the focused input, only a detected, visible code
   * field; with `doc`, only while the frame still shows the document that asked (see `syncWaiting`).
   */
  autofillFill(data: { code: string; onlyDetected?: boolean; doc?: string }): { filled: boolean };
}
