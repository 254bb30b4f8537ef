import { vaultDamagedCopyItem, vaultHeadItem, vaultKeyItem, vaultSlotAItem, vaultSlotBItem } from '@/lib/storage/items';
import type { KeyStore, VaultIo } from './store';

type StoredHead = Awaited<ReturnType<typeof vaultHeadItem.getValue>>;

/**
 * The head, kept in memory once read. Every vault operation checks it, and reading storage costs a round
 * trip to the browser process: about 4 ms while the browser is busy opening the popup that asked. It
 * changes through `setHead` below or, from another context, as a storage change (watched).
 */
let head: { value: StoredHead } | undefined;
let watching = false;

async function readHead(): Promise<StoredHead> {
  if (!watching) {
    watching = true;
    vaultHeadItem.watch((value) => (head = { value }));
  }
  if (head) return head.value;
  const value = await vaultHeadItem.getValue();
  head ??= { value }; // a change seen while reading wins
  return head.value;
}

/** The vault's storage in the browser: ciphertext in storage.local, the key in storage.session. */
export const browserVaultIo: VaultIo = {
  getHead: readHead,
  async setHead(next) {
    await vaultHeadItem.setValue(next);
    head = { value: next };
  },
  getSlot: (slot) => (slot === 'a' ? vaultSlotAItem : vaultSlotBItem).getValue(),
  setSlot: (slot, text) => (slot === 'a' ? vaultSlotAItem : vaultSlotBItem).setValue(text),
  async keepDamagedCopy(copy) {
    if (await vaultDamagedCopyItem.getValue()) return;
    await vaultDamagedCopyItem.setValue({ at: Date.now(), ...copy });
  },
  async dropDamagedCopy() {
    if (await vaultDamagedCopyItem.getValue()) await vaultDamagedCopyItem.removeValue();
  },
};

export const browserKeyStore: KeyStore = {
  get: () => vaultKeyItem.getValue(),
  set: async (key) => (key ? vaultKeyItem.setValue(key) : vaultKeyItem.removeValue()),
};
