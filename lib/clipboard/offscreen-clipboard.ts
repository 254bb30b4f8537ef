import { handle } from '@/lib/messaging/handle';
import { domClipboard, writeText } from './dom-clipboard';

/** Runs in Chrome's offscreen document (reason CLIPBOARD): the background's hands on the clipboard. */
export function registerOffscreenClipboardHandlers(): void {
  handle('clipboardOffscreenFingerprint', async ({ data }) => {
    return domClipboard.fingerprint(data.salt);
  });
  handle('clipboardOffscreenClearIf', async ({ data }) => {
    return domClipboard.clearIf(data.salt, data.fingerprint);
  });
  handle('clipboardOffscreenWrite', ({ data }) => {
    return writeText(String(data?.text ?? ''));
  });
}
