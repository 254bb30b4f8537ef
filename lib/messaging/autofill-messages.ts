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
    /** The frame is of another site than its page: `matches` are the page's, offered only for an explicit pick. */
    thirdParty?: { frameSite: string; pageSite: string };
    /** Why OTPilot did not fill by itself (e.g. it stopped after refused codes). */
    notice?: string;
  };
  /**
   * A code for one account, from a window with enough time left to finish a fill. `pick` is set only by
   * a click in the chip (the user's explicit choice); without it the request is an automatic fill.
   */
  autofillCode(data: {
    url: string;
    accountId: string;
    pick?: boolean;
  }): { ok: true; code: string } | { ok: false; error: string };
  /** The user focused a detected code field in this frame (the shortcut and the popup prefer it). */
  autofillFocus(data: { url: string }): { ok: true };
  /** Shortly after an automatic fill, the field came back empty or a new code field came: the code was refused. */
  autofillRejected(data: { url: string }): { ok: true };
  /**
   * A subframe in view that the browser will not vouch for (IntersectionObserver v2 says "not visible", a false
   * negative it may give) asks whether its page shows it; the background asks the top frame (`autofillJudgeFrames`).
   */
  autofillFrameCheck(data: { url: string }): { seen: boolean };
  /** Sent by the background TO a tab's top frame: does the page show every one of its frames from `origin`? */
  autofillJudgeFrames(data: { origin: string }): { seen: boolean };
  /** The chip asks the background to open the popup (to unlock or choose an account). */
  autofillOpenPopup(): { ok: true };
  /**
   * The popup asks the background to fill this account's code into the active tab. Where none of the
   * account's websites match the frame, the answer is `confirm` (the phishing guard): the popup asks the
   * user and sends again with `confirmed` naming that frame's origin.
   */
  autofillActiveTab(data: {
    accountId: string;
    confirmed?: { origin: string };
  }):
    | { ok: true }
    | { ok: false; error: string; confirm?: { host: string; origin: string; website: string; account: string } };
  /**
   * Sent by the background TO one content script frame: fill this code into the detected fields, if the
   * frame still is at `origin`. `onlyDetected` (automatic): never the focused input, only a detected code field.
   * With `doc` (a pushed code for a waiting page), only while the frame still shows the document that waited.
   */
  autofillFill(data: { code: string; origin: string; onlyDetected?: boolean; doc?: string }): { filled: boolean };
}
