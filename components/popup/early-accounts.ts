import { browser } from 'wxt/browser';
import { stepMark } from './step-mark';
import { FIRST_ROWS } from '@/lib/vault/display-order';
import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account } from '@/lib/vault/types';

/** The accounts and the first rows' codes, as `vaultAccounts` answers them. */
export interface OpenedVault {
  accounts: Account[];
  codes: ReadyCode[];
  /** The host of the active tab the background ordered the accounts for (undefined: not looked up). */
  host?: string | null;
  /** How many accounts there are (more than `accounts` when only the first rows were asked for). */
  total: number;
}

let early: Promise<OpenedVault | null> | undefined;

/**
 * Runs first when the popup's bundle is evaluated (see early-request.ts), so the background decrypts
 * while React and the app are still being evaluated. It sends `vaultAccounts` of the typed protocol
 * in the wire format of @webext-core/messaging (`{ id, type, data, timestamp }`, answered `{ res }` or
 * `{ err }`) without importing the library, so that nothing else has to be evaluated before it.
 * Only the first rows are asked for: their answer is small, so it comes sooner (the rest follows, see
 * accounts-query.ts). Answers them with their codes, or null when the vault is not unlocked (the vault gate then takes over).
 */
export function requestAccountsEarly(): void {
  stepMark('accounts-asked');
  early = browser.runtime
    .sendMessage({ id: 1, type: 'vaultAccounts', data: { first: FIRST_ROWS }, timestamp: Date.now() })
    .then(
      (answer: { res?: Partial<OpenedVault> & { ok: boolean } } | undefined) => {
        stepMark('accounts-arrived');
        const res = answer?.res;
        if (!res?.ok || !Array.isArray(res.accounts)) return null;
        const { accounts, codes = [], host, total = accounts.length } = res;
        return { accounts, codes, host, total };
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
