import { useEffect, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';

/** True once the background service worker has answered a ping. */
export function useBackgroundAlive(): boolean {
  const [alive, setAlive] = useState(false);
  useEffect(() => {
    let cancelled = false;
    sendFromPage('ping', undefined).then(
      () => !cancelled && setAlive(true),
      () => !cancelled && setAlive(false),
    );
    return () => {
      cancelled = true;
    };
  }, []);
  return alive;
}
