import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';

/**
 * Sends a code to a tab's content scripts. With a frameId only that frame fills; without, every
 * frame hears it and the one that filled answers first (the others answer late, with filled: false).
 */
export async function sendCodeToTab(tabId: number, code: string, frameId?: number): Promise<boolean> {
  try {
    const answer = await sendMessage('autofillFill', { code }, frameId === undefined ? tabId : { tabId, frameId });
    return answer?.filled === true;
  } catch {
    return false;
  }
}

/** Opens the toolbar popup (to unlock or pick an account) where the browser allows it. */
export async function openPopup(windowId?: number): Promise<boolean> {
  const action = browser.action as typeof browser.action & {
    openPopup?: (options?: { windowId?: number }) => Promise<void>;
  };
  if (typeof action.openPopup !== 'function') return false;
  try {
    await action.openPopup(windowId === undefined ? undefined : { windowId });
    return true;
  } catch {
    return false;
  }
}
