import { PAYLOAD_VERSION, type VaultPayload } from './payload';
import type { Account } from './types';

/**
 * Payload migrations, run after decryption. Each takes the payload of version N-1 and returns version N.
 * Add one (with its own test in `migrations.test.ts`) whenever the payload's shape changes.
 */
type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

export const MIGRATIONS: Record<number, Migration> = {
  /** v1 (first format): accounts only, `pinned`/`websites` optional. v2 adds the API key slot and fills defaults. */
  2: (old) => ({
    pv: 2,
    accounts: ((old.accounts as Partial<Account>[] | undefined) ?? []).map((a, i) => ({
      ...a,
      websites: Array.isArray(a.websites) ? a.websites : [],
      pinned: a.pinned === true,
      order: typeof a.order === 'number' ? a.order : i,
    })),
    apiKey: null,
  }),
};

export class VaultTooNewError extends Error {
  constructor(version: number) {
    super(`This vault was written by a newer OTPilot (format ${version}). Update the extension to open it.`);
    this.name = 'VaultTooNewError';
  }
}

/** Brings a decrypted payload of any known version up to the current one. `migrated` says whether it changed. */
export function migratePayload(raw: unknown): { payload: VaultPayload; migrated: boolean } {
  let value = raw as Record<string, unknown>;
  let version = typeof value?.pv === 'number' ? value.pv : 1;
  if (version > PAYLOAD_VERSION) throw new VaultTooNewError(version);
  const migrated = version < PAYLOAD_VERSION;
  while (version < PAYLOAD_VERSION) {
    const step = MIGRATIONS[version + 1];
    if (!step) throw new Error(`No migration to payload version ${version + 1}`);
    value = step(value);
    version += 1;
  }
  return { payload: value as unknown as VaultPayload, migrated };
}
