import { useId, useState, type FormEvent } from 'react';
import { PasswordField } from '@/components/vault/password-field';
import { StrengthMeter } from '@/components/vault/strength-meter';
import { UnlockView } from '@/components/vault/unlock-view';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import '@/components/vault/vault.css';
import { sendFromPage } from '@/lib/messaging/page-send';

/** Options: change the master password (the vault is re-encrypted; an interrupted change keeps the old one). */
export function ChangePasswordSection() {
  const id = useId();
  const { state, refresh } = useVaultStatus();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (next !== confirm) return setMessage({ ok: false, text: 'The new passwords do not match.' });
    setBusy(true);
    setMessage(null);
    const answer = await sendFromPage('vaultChangePassword', { current, next }).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    setBusy(false);
    if (!answer.ok) return setMessage({ ok: false, text: answer.error });
    setCurrent('');
    setNext('');
    setConfirm('');
    setMessage({ ok: true, text: 'Master password changed.' });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Change master password</h2>
      {state === 'locked' ? (
        <UnlockView onDone={refresh} />
      ) : state !== 'unlocked' ? (
        <p className="vault-note">Create your vault in the toolbar popup, or restore a backup below.</p>
      ) : (
        <form className="vault-section" onSubmit={submit} aria-busy={busy}>
          <PasswordField
            label="Current master password"
            value={current}
            onChange={setCurrent}
            autoComplete="current-password"
          />
          <PasswordField
            label="New master password"
            value={next}
            onChange={setNext}
            autoComplete="new-password"
            describedBy={`${id}-s`}
          />
          <StrengthMeter password={next} id={`${id}-s`} />
          <PasswordField
            label="Confirm new master password"
            value={confirm}
            onChange={setConfirm}
            autoComplete="new-password"
          />
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vault-note' : 'vault-error'}>
              {message.text}
            </p>
          )}
          <button type="submit" disabled={busy}>
            Change password
          </button>
        </form>
      )}
    </section>
  );
}
