import type { Account } from './types';

/** What the vault encrypts. Everything in here is secret. */
export interface VaultPayload {
  /** Payload schema version (see `migrations.ts`). */
  pv: typeof PAYLOAD_VERSION;
  accounts: Account[];
  /** The Skyvern API key, when the user has set one. */
  apiKey: string | null;
}

/** The payload as `VaultStore.read` answers it: the vault's own copy, to be read and never changed. */
export type ReadonlyPayload = Readonly<Omit<VaultPayload, 'accounts'>> & {
  readonly accounts: readonly Readonly<Account>[];
};

export const PAYLOAD_VERSION = 2;

export function emptyPayload(): VaultPayload {
  return { pv: PAYLOAD_VERSION, accounts: [], apiKey: null };
}

export function clonePayload(p: VaultPayload): VaultPayload {
  return structuredClone(p);
}
