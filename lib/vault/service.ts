import { vaultStatusItem } from '@/lib/storage/items';
import { advanceCounter } from './accounts';
import { browserKeyStore, browserVaultIo } from './browser-io';
import { inUserOrder } from './display-order';
import { VaultStore } from './store';
import type { Account, VaultState } from './types';

/**
 * The vault as the background sees it. Only background code imports this module: pages talk to it through
 * the vault messages (`lib/vault/handlers.ts`), content scripts never reach it.
 */
export const vault = new VaultStore(browserVaultIo, browserKeyStore);

type Listener = (state: VaultState) => void;
const listeners = new Set<Listener>();
let revision = 0;

/** Tells listeners (and, through storage.session, the open pages) that the vault changed. */
export async function notifyVaultChanged(): Promise<VaultState> {
  const state = await vault.state();
  revision += 1;
  await vaultStatusItem.setValue({ state, rev: Date.now() * 1000 + (revision % 1000) });
  for (const listener of listeners) {
    try {
      listener(state);
    } catch (error) {
      console.error('vault listener failed', error);
    }
  }
  return state;
}

/** Called after every change (accounts edited, locked, unlocked…). Returns a function that unsubscribes. */
export function onVaultChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getVaultState(): Promise<VaultState> {
  return vault.state();
}

/** Every account, or null when the vault is locked, damaged or not created yet (or holds no account). */
export async function getUnlockedAccounts(): Promise<Account[] | null> {
  const payload = await vault.read();
  if (!payload || payload.accounts.length === 0) return null;
  return inUserOrder(payload.accounts);
}

/** Advances an HOTP account's counter by one, saves it and answers the account with its new counter. */
export async function advanceHotp(id: string): Promise<Account> {
  const account = await vault.mutate((p) => {
    const r = advanceCounter(p.accounts, id, vault.now());
    return { payload: { ...p, accounts: r.accounts }, result: r.account };
  });
  void notifyVaultChanged();
  return account;
}

/** The Skyvern API key (null when unset or locked). Background only. */
export async function getApiKey(): Promise<string | null> {
  return (await vault.read())?.apiKey ?? null;
}

export async function setApiKey(apiKey: string | null): Promise<void> {
  await vault.mutate((p) => ({ payload: { ...p, apiKey: apiKey || null }, result: undefined }));
  void notifyVaultChanged();
}
