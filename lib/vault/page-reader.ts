import { browserKeyStore, browserVaultIo } from './browser-io';
import { importAesKey } from './cipher';
import { fromBase64 } from './encoding';
import { migratePayload } from './migrations';
import { openRecord, parseRecord } from './record';
import type { Account } from './types';

/**
 * The accounts of an unlocked vault, read by a trusted extension page itself (the popup) without a
 * round trip to the background: the key from storage.session, the current record from storage.local.
 * It only reads. Anything the background would have to act on (no key: locked; a record that does not
 * open with the key, is damaged or needs migrating) answers null, and the page asks the background
 * (`vaultAccounts`), the vault's one writer. Never for content scripts (they cannot read either item).
 */
export async function readAccountsHere(): Promise<Account[] | null> {
  try {
    // One round of storage reads (the browser process is busy opening the page): both slots, then the head picks one.
    const [raw, head, a, b] = await Promise.all([
      browserKeyStore.get(),
      browserVaultIo.getHead(),
      browserVaultIo.getSlot('a'),
      browserVaultIo.getSlot('b'),
    ]);
    if (!raw || !head || (head.slot !== 'a' && head.slot !== 'b')) return null;
    const [key, record] = await Promise.all([importAesKey(fromBase64(raw)), parseRecord(head.slot === 'a' ? a : b)]);
    if (record.gen !== head.gen) return null;
    const { payload, migrated } = migratePayload(JSON.parse(await openRecord(key, record)));
    return migrated ? null : payload.accounts;
  } catch {
    return null;
  }
}
