import { useEffect, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { RestoreBackupForm } from './restore-backup-form';
import { i18n } from '#i18n';

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
      <h2>{i18n.t('vault.damagedTitle')}</h2>
      <p role="alert" className="vault-error">
        {i18n.t('vault.damaged')}
      </p>
      {canRollBack && (
        <>
          <p>{i18n.t('vault.previousIntact')}</p>
          <button type="button" onClick={() => void rollBack()}>
            {i18n.t('vault.usePrevious')}
          </button>
          {error && <p className="vault-error">{error}</p>}
        </>
      )}
      <p>{i18n.t('vault.orRestore')}</p>
      <RestoreBackupForm />
    </section>
  );
}
