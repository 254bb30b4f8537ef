import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';
import type { ClipboardDriver } from './clear-schedule';

const PATH = 'offscreen.html';
let creating: Promise<void> | undefined;

/** Opens our offscreen document unless it is already open (one at a time per extension). */
async function ensureOffscreenDocument(): Promise<void> {
  const url = browser.runtime.getURL(`/${PATH}`);
  const open = await browser.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'], documentUrls: [url] });
  if (open.length > 0) return;
  creating ??= browser.offscreen
    .createDocument({
      url: PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Clear a copied two-factor code from the clipboard after the configured time.',
    })
    .finally(() => (creating = undefined));
  await creating;
}

/** Puts `text` on the clipboard through the offscreen document; true when it did. */
export async function offscreenWrite(text: string): Promise<boolean> {
  await ensureOffscreenDocument();
  return sendMessage('clipboardOffscreenWrite', { text }).catch(() => false);
}

/** The real clipboard, reached through the offscreen document; it is closed again after a clear. */
export const offscreenClipboard: ClipboardDriver = {
  async fingerprint(salt) {
    await ensureOffscreenDocument();
    return sendMessage('clipboardOffscreenFingerprint', { salt });
  },
  async clearIf(salt, fingerprint) {
    await ensureOffscreenDocument();
    try {
      return await sendMessage('clipboardOffscreenClearIf', { salt, fingerprint });
    } finally {
      await browser.offscreen.closeDocument().catch(() => undefined);
    }
  },
};
