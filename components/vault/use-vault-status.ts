import { useCallback, useEffect, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { vaultStatusItem } from '@/lib/storage/items';
import type { VaultState } from '@/lib/vault/types';

/** Asks the background for the vault's state, retrying while the service worker starts. */
async function fetchState(tries = 20): Promise<VaultState> {
  try {
    return (await sendFromPage('vaultStatus', undefined)).state;
  } catch (error) {
    if (tries <= 1) throw error;
    await new Promise((r) => setTimeout(r, 250));
    return fetchState(tries - 1);
  }
}

/** The vault's state as the background reports it; refreshed whenever the background announces a change. */
export function useVaultStatus(): { state: VaultState | 'loading'; refresh: () => void } {
  const [state, setState] = useState<VaultState | 'loading'>('loading');
  const refresh = useCallback(() => {
    fetchState().then(setState, () => undefined);
  }, []);
  useEffect(() => {
    refresh();
    return vaultStatusItem.watch((status) => (status ? setState(status.state) : refresh()));
  }, [refresh]);
  return { state, refresh };
}
