import { browser } from 'wxt/browser';
import { handle } from '@/lib/messaging/handle';
import { CLEAR_ALARM, runDueClear, scheduleClear } from './clear-schedule';
import { domClipboard, writeText } from './dom-clipboard';
import { offscreenClipboard, offscreenWrite } from './offscreen-document';

const clipboard = () => (import.meta.env.FIREFOX ? domClipboard : offscreenClipboard);

/** Copies `text` from the background (no page has focus), then schedules its clear as for any copied code. */
export async function copyFromBackground(text: string): Promise<boolean> {
  const copied = import.meta.env.FIREFOX ? writeText(text) : await offscreenWrite(text);
  if (copied) await scheduleClear(clipboard()).catch(() => undefined);
  return copied;
}

/**
 * Background side of clipboard clearing: the popup's "a code was copied" and the clear alarm.
 * Chrome's service worker has no DOM and reaches the clipboard through an offscreen document;
 * Firefox has no offscreen documents, but its background is a page and does it itself.
 */
export function registerClipboardHandlers(): void {
  handle('clipboardCodeCopied', () => {
    return scheduleClear(clipboard());
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CLEAR_ALARM) void runDueClear(clipboard()).catch(() => undefined);
  });
}
