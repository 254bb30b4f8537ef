import { browser } from 'wxt/browser';
import { stepMark } from './step-mark';
import { FIRST_ROWS } from '@/lib/vault/display-order';
import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account } from '@/lib/vault/types';

/** The accounts and the first rows' codes, as `vaultAccounts` answers them. */
export interface OpenedVault {
  accounts: Account[];
  codes: ReadyCode[];
  /** The accounts whose websites match the active tab (the background ordered the accounts by them). */
  siteIds: string[];
  /** How many accounts there are (more than `accounts` when only the first rows were asked for). */
  total: number;
  /** Server time minus this computer's, as the background measured it (`lib/clock/`). */
  clockOffsetMs?: number;
}

/**
 * The popup's two scripts (popup-first-paint.js, a classic script, and the app's module) are separate
 * bundles: the one request both use lives on the popup's window. Web pages and content scripts never
 * see this window.
 */
declare global {
  interface Window {
    otpilotFirstRows?: { answer: Promise<OpenedVault | null>; askedAt: number };
  }
}

/** How long the popup waits for the first rows before it shows what it has (a background waking up). */
export const FIRST_ROWS_WAIT_MS = 40;

/** What is left of that wait, counted from the request (the whole wait if none was sent yet). */
export function waitLeftMs(): number {
  const asked = window.otpilotFirstRows?.askedAt ?? performance.now();
  return Math.max(0, asked + FIRST_ROWS_WAIT_MS - performance.now());
}

/**
 * Asks the background for the first rows, once per popup, from whichever of the popup's scripts runs
 * first (the small first-paint script, usually), so the background decrypts while the app's bundle
 * still loads. It sends `vaultAccounts` of the typed protocol in the wire format of
 * @webext-core/messaging (`{ id, type, data, timestamp }`, answered `{ res }` or `{ err }`) without
 * importing the library. Only the first rows are asked for: their answer is small, so it comes sooner
 * (the rest follows, see accounts-query.ts). Answers them with their codes, or null when the vault is
 * not unlocked (the vault gate then takes over).
 */
export function requestAccountsEarly(): Promise<OpenedVault | null> {
  if (window.otpilotFirstRows) return window.otpilotFirstRows.answer;
  stepMark('accounts-asked');
  const answer = browser.runtime
    .sendMessage({ id: 1, type: 'vaultAccounts', data: { first: FIRST_ROWS }, timestamp: Date.now() })
    .then(
      (answer: { res?: Partial<OpenedVault> & { ok: boolean } } | undefined) => {
        stepMark('accounts-arrived');
        const res = answer?.res;
        if (!res?.ok || !Array.isArray(res.accounts)) return null;
        const { accounts, codes = [], siteIds = [], total = accounts.length, clockOffsetMs = 0 } = res;
        return { accounts, codes, siteIds, total, clockOffsetMs };
      },
      () => null,
    );
  window.otpilotFirstRows = { answer, askedAt: performance.now() };
  return answer;
}

let taken = false;

/** The early answer, once (later reads get undefined and ask again through the protocol). */
export function takeEarlyAccounts(): Promise<OpenedVault | null> | undefined {
  if (taken) return undefined;
  taken = true;
  return window.otpilotFirstRows?.answer;
}
