import { browser } from 'wxt/browser';
import { stepMark } from './step-mark';
import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account } from '@/lib/vault/types';

/** The accounts and the first rows' codes, as `vaultAccounts` answers them. */
export interface OpenedVault {
  accounts: Account[];
  codes: ReadyCode[];
}

let early: Promise<OpenedVault | null> | undefined;

/**
 * Runs first when the popup's bundle is evaluated (see early-request.ts), so the background decrypts
 * while React and the app are still being evaluated. It sends `vaultAccounts` of the typed protocol
 * in the wire format of @webext-core/messaging (`{ id, type, data, timestamp }`, answered `{ res }` or
 * `{ err }`) without importing the library, so that nothing else has to be evaluated before it.
 * Answers the accounts (and the first rows' codes), or null when the vault is not unlocked (the vault gate then takes over).
 */
export function requestAccountsEarly(): void {
  stepMark('accounts-asked');
  early = browser.runtime.sendMessage({ id: 1, type: 'vaultAccounts', data: undefined, timestamp: Date.now() }).then(
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
  const answer = early;
  early = undefined;
  return answer;
}
