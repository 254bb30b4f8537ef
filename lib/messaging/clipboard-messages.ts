/**
 * Clipboard clearing. `clipboardCodeCopied` comes from our extension pages (the popup) and carries
 * no code: it only says "a code was just copied". The two `clipboardOffscreen*` messages go from the
 * background to the offscreen document, which alone touches the clipboard; they carry a random salt
 * and a salted SHA-256 of the clipboard text, never the text itself.
 */
export interface ClipboardMessages {
  /** Schedules the clear (after `settings.clipboardClearSeconds`); `clearsInSeconds` is 0 when none is scheduled. */
  clipboardCodeCopied(): { clearsInSeconds: number };
  /** Offscreen: reads the clipboard and answers sha256(salt + text), or null when it cannot be read. */
  clipboardOffscreenFingerprint(data: { salt: string }): string | null;
  /** Offscreen: empties the clipboard if it still holds the fingerprinted text; true when it did. */
  clipboardOffscreenClearIf(data: { salt: string; fingerprint: string }): boolean;
  /** Offscreen: puts a code on the clipboard (a notification's Copy button, where no page has focus); true when it did. */
  clipboardOffscreenWrite(data: { text: string }): boolean;
}
