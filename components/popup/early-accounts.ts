import { browser } from 'wxt/browser';
import { stepMark } from './step-mark';
import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account } from '@/lib/vault/types';

/** The accounts and the first rows' codes, as `vaultAccounts` answers them. */
export interface OpenedVault {
  accounts: Account[];
  codes: ReadyCode[];
}

declare global {
  var __otpilotEarlyAccounts: Promise<OpenedVault | null> | undefined;
}

/**
 * Runs from a tiny script that the popup page loads before its app bundle, so the background starts
 * decrypting while React and the app are still loading. It sends `vaultAccounts` of the typed
 * protocol in the wire format of @webext-core/messaging (`{ id, type, data, timestamp }`,
 * answered `{ res }` or `{ err }`) without importing the library, to stay a few hundred bytes.
 * Answers the accounts (and the first rows' codes), or null when the vault is not unlocked (the vault gate then takes over).
 */
export function requestAccountsEarly(): void {
  stepMark('accounts-asked');
  globalThis.__otpilotEarlyAccounts = browser.runtime
    .sendMessage({ id: 1, type: 'vaultAccounts', data: undefined, timestamp: Date.now() })
    .then(
      (answer: { res?: { ok: boolean; accounts?: Account[]; codes?: ReadyCode[] } } | undefined) => {
        stepMark('accounts-arrived');
        const res = answer?.res;
        return res?.ok && Array.isArray(res.accounts) ? { accounts: res.accounts, codes: res.codes ?? [] } : null;
      },
      () => null,
    );
}

/** The early answer, once (later reads get undefined and ask again through the protocol). */
export function takeEarlyAccounts(): Promise<OpenedVault | null> | undefined {
  const early = globalThis.__otpilotEarlyAccounts;
  globalThis.__otpilotEarlyAccounts = undefined;
  return early;
}
