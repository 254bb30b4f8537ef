import { useEffect } from 'react';
import { vaultStatusItem } from '@/lib/storage/items';
import { ACCOUNTS_KEY, queryClient } from './accounts-query';

/**
 * Keeps the accounts query in step with the vault: when another page (the popup, options, the scan window, a
 * Google export import) changes it, the list is asked for again.
 */
export function useFollowVault(): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unwatch = vaultStatusItem.watch((next, previous) => {
      if (next?.state !== 'unlocked' || next.rev === previous?.rev) return;
      clearTimeout(timer);
      timer = setTimeout(() => void queryClient.invalidateQueries({ queryKey: ACCOUNTS_KEY }), 150);
    });
    return () => {
      clearTimeout(timer);
      unwatch();
    };
  }, []);
}
