import { browser, type Browser } from 'wxt/browser';
import { originOf } from '@/lib/sites/match';

export type Sender = Browser.runtime.MessageSender;

/**
 * Who may send a message (the protocol's rules, `protocol-rules.ts`, name them; `handle.ts` checks them):
 * - `extension-page`: one of OTPilot's own pages (popup, options, scan window, offscreen document, the background);
 * - `web-page-frame`: OTPilot's content script in any frame (top or not) of a web page tab (http or https);
 * - `background`: OTPilot's background, TO a content script (the browser lets only the extension message a
 *   content script).
 */
export type SenderKind = 'extension-page' | 'web-page-frame' | 'background';

/** A content script's frame as the browser describes it (its own origin, never the tab's; never the payload's). */
export interface FrameSender {
  tabId: number;
  frameId: number;
  /** The frame's own origin. */
  origin: string;
  /** Its tab's top frame's origin, when the browser tells it. */
  topOrigin: string | null;
  windowId?: number;
}

function isOwn(sender: Sender): boolean {
  return sender.id === browser.runtime.id;
}

function isExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL('/'));
}

/** The frame of a content script sender in a web page tab, or null when the sender is none. */
export function frameSender(sender: Sender): FrameSender | null {
  if (!isOwn(sender) || isExtensionUrl(sender.url)) return null;
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  const origin = originOf(sender.origin ?? sender.url);
  if (tabId === undefined || frameId === undefined || !origin) return null;
  return { tabId, frameId, origin, topOrigin: originOf(sender.tab?.url), windowId: sender.tab?.windowId };
}

/** Whether `sender` is of that kind. */
export function isSenderOf(kind: SenderKind, sender: Sender): boolean {
  switch (kind) {
    case 'extension-page':
      return isOwn(sender) && isExtensionUrl(sender.url);
    case 'web-page-frame':
      return frameSender(sender) !== null;
    case 'background':
      return isOwn(sender) && sender.tab === undefined && (sender.url === undefined || isExtensionUrl(sender.url));
  }
}
