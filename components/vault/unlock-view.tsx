import { useState, type FormEvent } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { PasswordField } from './password-field';
import { i18n } from '#i18n';

/** Locked: ask for the master password. */
export function UnlockView({ onDone }: { onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError('');
    const answer = await sendFromPage('vaultUnlock', { password }).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    setBusy(false);
    if (answer.ok) {
      setPassword('');
      onDone();
    } else setError(answer.error);
  }

  return (
    <form className="vault-view" onSubmit={submit} aria-busy={busy}>
      <h2>{i18n.t('vault.locked')}</h2>
      <PasswordField
        label={i18n.t('vault.masterPassword')}
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
        autoFocus
      />
      {error && (
        <p role="alert" className="vault-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy || !password}>
        {i18n.t('vault.unlock')}
      </button>
    </form>
  );
}
