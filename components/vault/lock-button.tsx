import { useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { i18n } from '#i18n';

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
        void sendFromPage('vaultLock', undefined).finally(() => setBusy(false));
      }}
    >
      {i18n.t('vault.lock')}
    </button>
  );
}
