import { useState, type FormEvent } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { StrengthMeter } from './strength-meter';
import { PasswordField } from './password-field';
import { MIN_PASSWORD_LENGTH } from '@/lib/vault/strength';

/** First run: choose the master password. */
export function CreateVaultView({ onDone }: { onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < MIN_PASSWORD_LENGTH)
      return setError(`The master password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
    if (password !== confirm) return setError('The two passwords do not match.');
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
      <h2>Create your vault</h2>
      <p>
        Your accounts are encrypted with a master password. It cannot be recovered: keep it safe, and export backups.
      </p>
      <PasswordField
        label="Master password"
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        autoFocus
        describedBy="vault-strength"
      />
      <StrengthMeter password={password} id="vault-strength" />
      <PasswordField
        label="Confirm master password"
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
        Create vault
      </button>
    </form>
  );
}
