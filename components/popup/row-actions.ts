import { sendFromPage } from '@/lib/messaging/page-send';
import type { Account } from '@/lib/vault/types';
import { applyOrder, dropAccount, putAccount } from './accounts-query';
import { codeNow } from './codes';
import { accountLabel } from './format';
import { usePopupStore } from './popup-store';

const announce = (message: string) => usePopupStore.getState().announced(message);

/**
 * Copies the account's current code. The background clears it later (even after the popup closed),
 * and only if the clipboard still holds it; the message carries no code.
 */
export async function copyCode(account: Account): Promise<void> {
  const label = accountLabel(account.issuer, account.accountName);
  try {
    const code = await codeNow(account);
    await navigator.clipboard.writeText(code);
    const { clearsInSeconds } = await sendFromPage('clipboardCodeCopied').catch(() => ({ clearsInSeconds: 0 }));
    announce(
      clearsInSeconds > 0
        ? `Copied code for ${label}. Clipboard clears in ${clearsInSeconds} s.`
        : `Copied code for ${label}.`,
    );
  } catch {
    announce(`Could not copy the code for ${label}.`);
  }
}

/**
 * Asks the background to fill the code into the active tab, then closes the popup. Where the page is not
 * one of the account's websites the background asks first (the phishing guard, `fill-guard.tsx`): the
 * user confirms with `confirmed` (that frame's origin), and may add the site to the account's websites.
 */
export async function fillCode(account: Account, confirmed?: { origin: string; website?: string }): Promise<void> {
  const label = accountLabel(account.issuer, account.accountName);
  try {
    if (confirmed?.website) {
      const websites = [...account.websites, confirmed.website];
      const saved = await sendFromPage('accountUpdate', { id: account.id, patch: { websites } });
      if (saved.ok) putAccount(saved.account);
    }
    const answer = await sendFromPage('autofillActiveTab', {
      accountId: account.id,
      ...(confirmed && { confirmed: { origin: confirmed.origin } }),
    });
    if (answer.ok) window.close();
    else if (answer.confirm && !confirmed) {
      const { host, origin, website, account: asked } = answer.confirm;
      usePopupStore.getState().guardAsked({ account, label: asked, host, origin, website });
    } else announce(`Could not fill the code for ${label}: ${answer.error}`);
  } catch {
    announce(`Could not fill the code for ${label}.`);
  }
}

/** The add or edit form saved `account`: the list shows it again and says so ("Added …" / "Saved …"). */
export function formSaved(account: Account, verb: 'Added' | 'Saved'): void {
  putAccount(account);
  announce(`${verb} ${accountLabel(account.issuer, account.accountName)}.`);
  usePopupStore.getState().listShown();
}

/** HOTP: moves to the next counter and saves it in the vault. */
export async function advanceHotp(account: Account): Promise<void> {
  const answer = await sendFromPage('hotpAdvance', { id: account.id });
  if (answer.ok) {
    putAccount(answer.account);
    announce(`Next code for ${accountLabel(account.issuer, account.accountName)}.`);
  } else announce(answer.error);
}

/** Saves a new user order (ids as shown, top first). */
export async function reorder(ids: string[]): Promise<void> {
  applyOrder(ids);
  const answer = await sendFromPage('accountsReorder', { ids });
  if (!answer.ok) announce(`Could not save the new order: ${answer.error}`);
}

export async function deleteAccount(account: Account): Promise<void> {
  const answer = await sendFromPage('accountDelete', { id: account.id });
  if (!answer.ok) return announce(answer.error);
  dropAccount(account.id);
  usePopupStore.getState().accountDeleted(answer.account);
  announce(`Deleted ${accountLabel(account.issuer, account.accountName)}.`);
}

export async function undoDelete(account: Account): Promise<void> {
  const answer = await sendFromPage('accountRestore', { account });
  usePopupStore.getState().undoUsed();
  if (!answer.ok) return announce(answer.error);
  putAccount(account);
  announce(`Restored ${accountLabel(account.issuer, account.accountName)}.`);
}
