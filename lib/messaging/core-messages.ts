/** Messages about the extension itself: liveness and the content script's greeting. */
export interface CoreMessages {
  /** Any extension context asks whether the background is alive. */
  ping(): { ok: true; startedAt: number };
  /** A content script says it has started in a frame. Answered with what it may do there. */
  contentHello(data: { url: string }): { ok: true };
}
