import { browser, type Browser } from 'wxt/browser';

/** True when a message came from this extension (a page or a content script of ours). */
export function isOwnSender(sender: Browser.runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id;
}

/** True when a message came from one of our content scripts running in a web page tab. */
export function isContentScriptSender(sender: Browser.runtime.MessageSender): boolean {
  return isOwnSender(sender) && sender.tab?.id !== undefined && !isExtensionUrl(sender.url);
}

/** True when a message came from one of our own extension pages (popup, options, offscreen). */
export function isExtensionPageSender(sender: Browser.runtime.MessageSender): boolean {
  return isOwnSender(sender) && isExtensionUrl(sender.url);
}

function isExtensionUrl(url: string | undefined): boolean {
  return url !== undefined && url.startsWith(browser.runtime.getURL('/'));
}
