import { onMessage } from '@/lib/messaging/protocol';
import { isExtensionPageSender } from '@/lib/messaging/sender';
import { domClipboard, writeText } from './dom-clipboard';

/** Runs in Chrome's offscreen document (reason CLIPBOARD): the background's hands on the clipboard. */
export function registerOffscreenClipboard(): void {
  onMessage('clipboardOffscreenFingerprint', async ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    return domClipboard.fingerprint(data.salt);
  });
  onMessage('clipboardOffscreenClearIf', async ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    return domClipboard.clearIf(data.salt, data.fingerprint);
  });
  onMessage('clipboardOffscreenWrite', ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    return writeText(String(data?.text ?? ''));
  });
}
