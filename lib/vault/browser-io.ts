import { vaultDamagedCopyItem, vaultHeadItem, vaultKeyItem, vaultSlotAItem, vaultSlotBItem } from '@/lib/storage/items';
import type { KeyStore, VaultIo } from './store';

/** The vault's storage in the browser: ciphertext in storage.local, the key in storage.session. */
export const browserVaultIo: VaultIo = {
  getHead: () => vaultHeadItem.getValue(),
  setHead: (head) => vaultHeadItem.setValue(head),
  getSlot: (slot) => (slot === 'a' ? vaultSlotAItem : vaultSlotBItem).getValue(),
  setSlot: (slot, text) => (slot === 'a' ? vaultSlotAItem : vaultSlotBItem).setValue(text),
  async keepDamagedCopy(copy) {
    if (await vaultDamagedCopyItem.getValue()) return;
    await vaultDamagedCopyItem.setValue({ at: Date.now(), ...copy });
  },
};

export const browserKeyStore: KeyStore = {
  get: () => vaultKeyItem.getValue(),
  set: async (key) => (key ? vaultKeyItem.setValue(key) : vaultKeyItem.removeValue()),
};
