import { browser, type Browser } from 'wxt/browser';
import { getUnlockedAccounts } from '@/lib/vault/service';
import { codeForFill } from './code';
import { hostOf, matchingAccounts } from './match';
import { openPopup, sendCodeToTab } from './tab-fill';

export const MENU_FILL_CODE = 'otpilot-fill-code';
export const COMMAND_FILL_CODE = 'fill-code';

/**
 * The user asked for a code in a tab (context menu on a field, or the keyboard shortcut): fill it
 * when exactly one unlocked account belongs to the page, else open the popup to unlock or choose.
 */
export async function fillForUser(tab: Browser.tabs.Tab | undefined, frameId?: number, frameUrl?: string) {
  if (tab?.id === undefined) return;
  const accounts = await getUnlockedAccounts();
  const matches = accounts ? matchingAccounts(accounts, [hostOf(frameUrl), hostOf(tab.url)]) : [];
  const [only] = matches;
  if (matches.length !== 1 || !only) {
    await openPopup(tab.windowId);
    return;
  }
  await sendCodeToTab(tab.id, await codeForFill(only), frameId);
}

export function registerUserActions(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create(
      { id: MENU_FILL_CODE, title: 'Fill verification code', contexts: ['editable'] },
      () => void browser.runtime.lastError,
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_FILL_CODE) return;
    void fillForUser(tab, info.frameId, info.frameUrl ?? info.pageUrl);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_FILL_CODE) return;
    if (tab) void fillForUser(tab);
    else void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => fillForUser(active));
  });
}
