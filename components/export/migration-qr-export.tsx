import { useId, useState } from 'react';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import { exportMigrationBatches, type MigrationExport } from '@/lib/export/google-migration';
import { sendFromPage } from '@/lib/messaging/page-send';
import { asFailure } from '@/lib/messaging/result';
import type { Account } from '@/lib/vault/types';
import { MigrationQrViewer } from './migration-qr-viewer';
import { NotEncryptedWarning } from './not-encrypted-warning';

type View =
  | { step: 'start' | 'warned' }
  | { step: 'shown'; exported: MigrationExport<Account> }
  | { step: 'error'; text: string };

/**
 * Options: the accounts (all, or only `ids`) as Google Authenticator "Transfer accounts" QR codes, shown one at a
 * time after a warning that they are not encrypted. Nothing is kept once they are hidden or the vault locks.
 */
export function MigrationQrExport({ ids }: { ids?: string[] }) {
  const id = useId();
  const { state } = useVaultStatus();
  const [view, setView] = useState<View>({ step: 'start' });
  if (state !== 'unlocked') return null;

  async function show() {
    const answer = await sendFromPage('vaultAccounts', {}).catch(asFailure);
    if (!answer.ok) return setView({ step: 'error', text: `No QR codes were made: ${answer.error}` });
    const chosen = ids ? answer.accounts.filter((a) => ids.includes(a.id)) : answer.accounts;
    setView({ step: 'shown', exported: exportMigrationBatches(chosen) });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Google Authenticator QR codes</h2>
      <p className="vault-note">
        Scan them in Google Authenticator (Transfer accounts → Import accounts), up to 10 accounts a code.
      </p>
      {view.step === 'warned' ? (
        <NotEncryptedWarning
          what="qr-codes"
          confirm="Show unencrypted QR codes"
          onConfirm={() => void show()}
          onCancel={() => setView({ step: 'start' })}
        />
      ) : view.step === 'shown' ? (
        <MigrationQrViewer exported={view.exported} onHide={() => setView({ step: 'start' })} />
      ) : (
        <button type="button" onClick={() => setView({ step: 'warned' })}>
          Show QR codes for Google Authenticator
        </button>
      )}
      {view.step === 'error' && (
        <p role="alert" className="vault-error">
          {view.text}
        </p>
      )}
    </section>
  );
}
