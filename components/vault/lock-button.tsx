import { useState } from 'react';
import { sendMessage } from '@/lib/messaging/protocol';

/** Locks the vault now. */
export function LockButton({ className }: { className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className ?? 'vault-lock'}
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void sendMessage('vaultLock', undefined).finally(() => setBusy(false));
      }}
    >
      Lock
    </button>
  );
}
