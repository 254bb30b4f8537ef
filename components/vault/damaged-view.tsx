import { useEffect, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { RestoreBackupForm } from './restore-backup-form';

/** The stored vault fails its integrity check: say so, touch nothing, offer the ways out. */
export function DamagedView() {
  const [canRollBack, setCanRollBack] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    sendFromPage('vaultCanRollBack', undefined).then(
      (r) => setCanRollBack(r.available),
      () => setCanRollBack(false),
    );
  }, []);

  async function rollBack() {
    const answer = await sendFromPage('vaultRollBack', undefined).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    if (!answer.ok) setError(answer.error);
  }

  return (
    <section className="vault-view">
      <h2>Vault damaged</h2>
      <p role="alert" className="vault-error">
        Vault damaged: the stored vault failed its integrity check, so it cannot be opened. Nothing has been changed or
        deleted.
      </p>
      {canRollBack && (
        <>
          <p>The previously saved version is intact. Going back to it may lose your most recent change.</p>
          <button type="button" onClick={() => void rollBack()}>
            Use the previous version
          </button>
          {error && <p className="vault-error">{error}</p>}
        </>
      )}
      <p>
        Or restore a backup. The backup&apos;s password becomes your master password; the damaged data is kept aside,
        untouched.
      </p>
      <RestoreBackupForm />
    </section>
  );
}
