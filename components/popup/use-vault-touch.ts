import { useEffect } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';

/** Activity in the popup postpones auto-lock (at most one message every 20 s). */
export function useVaultTouch(): void {
  useEffect(() => {
    let last = 0;
    const touch = () => {
      const now = Date.now();
      if (now - last < 20_000) return;
      last = now;
      sendFromPage('vaultTouch', undefined).catch(() => undefined);
    };
    document.addEventListener('pointerdown', touch, true);
    document.addEventListener('keydown', touch, true);
    return () => {
      document.removeEventListener('pointerdown', touch, true);
      document.removeEventListener('keydown', touch, true);
    };
  }, []);
}
