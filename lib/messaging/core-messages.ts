/** Messages about the extension itself: liveness. */
export interface CoreMessages {
  /** Any extension context asks whether the background is alive. */
  ping(): { ok: true; startedAt: number };
}
