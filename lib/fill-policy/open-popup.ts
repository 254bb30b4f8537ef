import { browser } from 'wxt/browser';

/**
 * Opens the toolbar popup (to unlock or pick an account). Where the browser refuses (no toolbar,
 * no focused window, older versions), the same page opens in a small window instead.
 */
export async function openPopup(windowId?: number): Promise<boolean> {
  const action = browser.action as typeof browser.action & {
    openPopup?: (options?: { windowId?: number }) => Promise<void>;
  };
  try {
    if (typeof action.openPopup !== 'function') throw new Error('no openPopup');
    await action.openPopup(windowId === undefined ? undefined : { windowId });
    return true;
  } catch {
    try {
      await browser.windows.create({
        url: browser.runtime.getURL('/popup.html'),
        type: 'popup',
        width: 380,
        height: 600,
      });
      return true;
    } catch {
      return false;
    }
  }
}
