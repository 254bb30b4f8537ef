import { browser, type Browser } from 'wxt/browser';
import { originOf } from '@/lib/sites/match';
import { getUnlockedAccounts } from '@/lib/vault/service';
import { codeForFill } from './code';
import { deliverCode } from './deliver';
import { readTab } from './frames';
import { openPopup } from './open-popup';
import { shortcutTarget } from './policy';

export const MENU_FILL_CODE = 'otpilot-fill-code';
export const COMMAND_FILL_CODE = 'fill-code';

/**
 * The user asked for a code in a tab: the context menu on a field (`frameId` and that frame's URL as the
 * browser reports them) or the keyboard shortcut (the frame the policy picks among those that reported a
 * code field). Fills when exactly one unlocked account belongs to that frame's origin, else opens the
 * popup to unlock or choose (where the phishing guard asks before filling anywhere else).
 */
export async function fillForUser(tab: Browser.tabs.Tab | undefined, frameId?: number, frameUrl?: string) {
  if (tab?.id === undefined) return;
  const accounts = await getUnlockedAccounts();
  const frame = frameId === undefined ? undefined : { frameId, origin: originOf(frameUrl) };
  const target = accounts && shortcutTarget(accounts, await readTab(tab.id), originOf(tab.url), frame);
  if (!target) {
    await openPopup(tab.windowId);
    return;
  }
  const way = frame ? 'menu' : 'shortcut';
  await deliverCode({ tabId: tab.id, ...target, code: await codeForFill(target.account), way });
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
    // The frame's own URL; the page's only for the top frame (pageUrl is the tab's).
    const frameId = info.frameId ?? 0;
    void fillForUser(tab, frameId, info.frameUrl ?? (frameId === 0 ? info.pageUrl : undefined));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_FILL_CODE) return;
    if (tab) void fillForUser(tab);
    else void browser.tabs.query({ active: true, lastFocusedWindow: true }).then(([active]) => fillForUser(active));
  });
}
