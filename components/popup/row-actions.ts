import { sendFromPage } from '@/lib/messaging/page-send';
import type { Account } from '@/lib/vault/types';
import { applyOrder, dropAccount, putAccount } from './accounts-query';
import { codeNow } from './codes';
import { accountLabel } from './format';
import { usePopupStore } from './popup-store';
import { i18n } from '#i18n';

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
        ? `${i18n.t('account.copied', { label })} ${i18n.t('common.clipboardClears', [clearsInSeconds])}`
        : i18n.t('account.copied', { label }),
    );
  } catch {
    announce(i18n.t('account.copyFailed', { label }));
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
    } else announce(i18n.t('account.fillFailedBecause', { label, error: answer.error }));
  } catch {
    announce(i18n.t('account.fillFailed', { label }));
  }
}

/** The add or edit form saved `account`: the list shows it again and says so ("Added …" / "Saved …"). */
export function formSaved(account: Account, verb: 'Added' | 'Saved'): void {
  putAccount(account);
  const label = accountLabel(account.issuer, account.accountName);
  announce(verb === 'Added' ? i18n.t('account.added', { label }) : i18n.t('account.saved', { label }));
  usePopupStore.getState().listShown();
}

/** HOTP: moves to the next counter and saves it in the vault. */
export async function advanceHotp(account: Account): Promise<void> {
  const answer = await sendFromPage('hotpAdvance', { id: account.id });
  if (answer.ok) {
    putAccount(answer.account);
    announce(i18n.t('account.nextCodeFor', { label: accountLabel(account.issuer, account.accountName) }));
  } else announce(answer.error);
}

/** Saves a new user order (ids as shown, top first). */
export async function reorder(ids: string[]): Promise<void> {
  applyOrder(ids);
  const answer = await sendFromPage('accountsReorder', { ids });
  if (!answer.ok) announce(i18n.t('account.reorderFailed', { error: answer.error }));
}

export async function deleteAccount(account: Account): Promise<void> {
  const answer = await sendFromPage('accountDelete', { id: account.id });
  if (!answer.ok) return announce(answer.error);
  dropAccount(account.id);
  usePopupStore.getState().accountDeleted(answer.account);
  announce(i18n.t('account.deleted', { label: accountLabel(account.issuer, account.accountName) }));
}

export async function undoDelete(account: Account): Promise<void> {
  const answer = await sendFromPage('accountRestore', { account });
  usePopupStore.getState().undoUsed();
  if (!answer.ok) return announce(answer.error);
  putAccount(account);
  announce(i18n.t('account.restored', { label: accountLabel(account.issuer, account.accountName) }));
}
