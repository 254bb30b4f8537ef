import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Delivers a protocol message as the browser would, from the given sender, and waits for the answer. */
export function deliver(type: string, sender: object, data?: unknown) {
  const message = { id: 1, type, data, timestamp: Date.now() };
  return new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, resolve);
  });
}

/** The sender of a message from one of our pages (the popup). */
export const fromPage = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
