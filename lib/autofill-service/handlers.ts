import { browser, type Browser } from 'wxt/browser';
import { onMessage } from '@/lib/messaging/protocol';
import { isContentScriptSender, isExtensionPageSender } from '@/lib/messaging/sender';
import { settingsItem } from '@/lib/storage/items';
import { getUnlockedAccounts, getVaultState } from '@/lib/vault/service';
import type { Account } from '@/lib/vault/types';
import { codeForFill } from './code';
import { choiceLabel, hostOf, matchesHost, matchingAccounts } from './match';
import { openPopup, sendCodeToTab } from './tab-fill';

type Sender = Browser.runtime.MessageSender;

/** The host of the frame that sent the message (its origin, when the browser gives one). */
function frameHost(sender: Sender): string | null {
  return hostOf(sender.origin ?? sender.url);
}

/** The accounts matching the frame that sent the message (its own site and its tab's). */
function accountsFor(sender: Sender, accounts: Account[]): Account[] {
  return matchingAccounts(accounts, [frameHost(sender), hostOf(sender.tab?.url)]);
}

function checkContentScript(sender: Sender, data: unknown): void {
  if (!isContentScriptSender(sender)) throw new Error('Only content scripts may ask this.');
  const url = (data as { url?: unknown } | undefined)?.url;
  if (typeof url !== 'string' || url.length > 8192 || hostOf(url) === null) throw new Error('Bad request.');
}

/** The background's side of autofill: what a frame may offer, its codes, and fills the user asks for. */
export function registerAutofillHandlers(): void {
  onMessage('autofillQuery', async ({ data, sender }) => {
    checkContentScript(sender, data);
    const [state, accounts, settings] = await Promise.all([
      getVaultState(),
      getUnlockedAccounts(),
      settingsItem.getValue(),
    ]);
    const matches = accounts ? accountsFor(sender, accounts) : [];
    // A frame of another site (an ad, a widget) gets the tab's accounts only when the user picks one in the
    // chip: a code is filled by itself only into a frame of the account's own site.
    const here = frameHost(sender);
    return {
      locked: state === 'locked',
      empty: state === 'empty' || (state === 'unlocked' && !accounts),
      autoFill: settings.autoFill && matches.every((a) => matchesHost(a, here)),
      matches: matches.map((a) => ({ id: a.id, label: choiceLabel(a) })),
      // Other accounts' names stay out of web pages: "Choose account..." opens the popup instead.
      others: [],
    };
  });

  onMessage('autofillCode', async ({ data, sender }) => {
    checkContentScript(sender, data);
    if (typeof data.accountId !== 'string') throw new Error('Bad request.');
    const accounts = await getUnlockedAccounts();
    if (!accounts) return { ok: false, error: 'OTPilot is locked.' };
    // A frame gets codes only for accounts that belong to its site.
    const account = accountsFor(sender, accounts).find((a) => a.id === data.accountId);
    if (!account) return { ok: false, error: 'This account does not belong to this site.' };
    return { ok: true, code: await codeForFill(account) };
  });

  onMessage('autofillOpenPopup', async ({ sender }) => {
    if (!isContentScriptSender(sender)) throw new Error('Only content scripts may ask this.');
    await openPopup(sender.tab?.windowId);
    return { ok: true };
  });

  onMessage('autofillActiveTab', async ({ data, sender }) => {
    if (!isExtensionPageSender(sender)) throw new Error('Only OTPilot pages may ask this.');
    if (typeof data?.accountId !== 'string') return { ok: false, error: 'No account given.' };
    const accounts = await getUnlockedAccounts();
    const account = accounts?.find((a) => a.id === data.accountId);
    if (!account) return { ok: false, error: 'OTPilot is locked or the account is gone.' };
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined || (tab.url !== undefined && hostOf(tab.url) === null)) {
      return { ok: false, error: 'The active tab is not a web page.' };
    }
    const filled = await sendCodeToTab(tab.id, await codeForFill(account));
    return filled ? { ok: true } : { ok: false, error: 'No verification code field found on this page.' };
  });
}
