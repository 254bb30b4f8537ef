import { useState, type FormEvent } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { StrengthMeter } from './strength-meter';
import { PasswordField } from './password-field';
import { MIN_PASSWORD_LENGTH } from '@/lib/vault/strength';
import { i18n } from '#i18n';

/** First run: choose the master password. */
export function CreateVaultView({ onDone }: { onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH) return setError(i18n.t('vault.tooShort', [MIN_PASSWORD_LENGTH]));
    if (password !== confirm) return setError(i18n.t('vault.mismatch'));
    setBusy(true);
    setError('');
    const answer = await sendFromPage('vaultCreate', { password }).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    setBusy(false);
    if (answer.ok) onDone();
    else setError(answer.error);
  }

  return (
    <form className="vault-view" onSubmit={submit} aria-busy={busy}>
      <h2>{i18n.t('vault.createTitle')}</h2>
      <p>{i18n.t('vault.createIntro')}</p>
      <PasswordField
        label={i18n.t('vault.masterPassword')}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        autoFocus
        describedBy="vault-strength"
      />
      <StrengthMeter password={password} id="vault-strength" />
      <PasswordField
        label={i18n.t('vault.confirmPassword')}
        value={confirm}
        onChange={setConfirm}
        autoComplete="new-password"
      />
      {error && (
        <p role="alert" className="vault-error">
          {error}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {i18n.t('vault.create')}
      </button>
    </form>
  );
}
