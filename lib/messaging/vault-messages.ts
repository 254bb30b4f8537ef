import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account, AccountPatch, NewAccount, VaultState } from '@/lib/vault/types';
import type { Result } from './result';

/** A write a page may send again after the worker stopped: one request id, one effect (`lib/vault/answered.ts`). */
export interface Once {
  requestId?: string;
}

/**
 * Vault messages. Only our extension pages (popup, options, scan window) may send them: the handlers
 * reject content scripts. The derived key never leaves the background / storage.session.
 */
export interface VaultMessages {
  vaultStatus(): { state: VaultState };
  vaultCreate(data: { password: string } & Once): Result;
  vaultUnlock(data: { password: string }): Result;
  vaultLock(): { ok: true };
  vaultChangePassword(data: { current: string; next: string } & Once): Result;
  /**
   * Every account (in the user's order), decrypted once per call, with the current codes of the first
   * rows the popup will show (so its first render needs no code generator) and the ids of the accounts
   * whose websites match the active tab (`lib/sites`), which come first; `total` says how many there are.
   */
  vaultAccounts(data?: Record<string, never>): Result<{
    accounts: Account[];
    codes: ReadyCode[];
    siteIds: string[];
    total: number;
    /** Server time minus this computer's (`lib/clock/`): the codes were computed with it, countdowns use it too. */
    clockOffsetMs?: number;
  }>;
  accountAdd(data: { account: NewAccount } & Once): Result<{ account: Account }>;
  /** Adds many at once (imports); duplicates (same secret, issuer and account name) are skipped and reported. */
  accountsImport(data: { accounts: NewAccount[] } & Once): Result<{ added: number; skipped: string[] }>;
  accountUpdate(data: { id: string; patch: AccountPatch }): Result<{ account: Account }>;
  accountDelete(data: { id: string } & Once): Result<{ account: Account }>;
  /** Puts back an account removed by accountDelete (undo). */
  accountRestore(data: { account: Account } & Once): Result;
  accountsReorder(data: { ids: string[] }): Result;
  /** HOTP: advances the counter by one and saves it; answers the account with its new counter. */
  hotpAdvance(data: { id: string } & Once): Result<{ account: Account }>;
  /** Any activity in an extension page postpones auto-lock. */
  vaultTouch(): { ok: true };
  /** A damaged vault: whether an earlier saved generation is intact. */
  vaultCanRollBack(): { available: boolean };
  /** A damaged vault: go back to the newest intact generation (the damaged data is kept aside). */
  vaultRollBack(data?: Once): Result;
  /** Sets (or clears, with null) the Skyvern API key, kept encrypted in the vault. */
  vaultSetApiKey(data: { apiKey: string | null }): Result;
  backupExport(data: { password?: string }): Result<{ fileName: string; json: string }>;
  backupRestore(data: { json: string; password: string } & Once): Result<{ added: number; skipped: string[] }>;
}
