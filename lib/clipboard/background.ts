import { browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging/protocol';
import { isExtensionPageSender } from '@/lib/messaging/sender';
import { CLEAR_ALARM, runDueClear, scheduleClear } from './clear-schedule';
import { offscreenClipboard } from './offscreen-document';

/** Background side of clipboard clearing: the popup's "a code was copied" and the clear alarm. */
export function registerClipboardHandlers(): void {
  onMessage('clipboardCodeCopied', ({ sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Unknown sender');
    return scheduleClear(offscreenClipboard);
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CLEAR_ALARM) void runDueClear(offscreenClipboard).catch(() => undefined);
  });
}
