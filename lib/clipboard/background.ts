import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging/protocol';
import { isExtensionPageSender } from '@/lib/messaging/sender';
import { CLEAR_ALARM, runDueClear, scheduleClear } from './clear-schedule';
import { domClipboard } from './dom-clipboard';
import { offscreenClipboard } from './offscreen-document';

/**
 * Background side of clipboard clearing: the popup's "a code was copied" and the clear alarm.
 * Chrome's service worker has no DOM and reaches the clipboard through an offscreen document;
 * Firefox has no offscreen documents, but its background is a page and does it itself.
 */
export function registerClipboardHandlers(): void {
  const clipboard = import.meta.env.FIREFOX ? domClipboard : offscreenClipboard;
  onMessage('clipboardCodeCopied', ({ sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    return scheduleClear(clipboard);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CLEAR_ALARM) void runDueClear(clipboard).catch(() => undefined);
  });
}
