import { useId, useState, type FormEvent } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import { PasswordField } from './password-field';
import { i18n } from '#i18n';

/** Restores an exported backup file: merges into the vault, skipping accounts already there, and says what it did. */
export function RestoreBackupForm({ onDone }: { onDone?: () => void }) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) return setMessage({ ok: false, text: i18n.t('vault.chooseBackup') });
    setBusy(true);
    setMessage(null);
    const json = await file.text();
    const answer = await sendFromPage('backupRestore', { json, password }).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    setBusy(false);
    if (!answer.ok) return setMessage({ ok: false, text: answer.error });
    const skipped = answer.skipped.length
      ? ` ${i18n.t('vault.skipped', [answer.skipped.length], { names: answer.skipped.join(', ') })}`
      : '';
    setMessage({ ok: true, text: `${i18n.t('vault.restoredCount', answer.added)}${skipped}` });
    setPassword('');
    onDone?.();
  }

  return (
    <form className="vault-restore" onSubmit={submit} aria-busy={busy}>
      <div className="vault-field">
        <label htmlFor={fileId}>{i18n.t('vault.backupFile')}</label>
        <input
          id={fileId}
          type="file"
          accept=".json,application/json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
      </div>
      <PasswordField
        label={i18n.t('vault.backupPassword')}
        value={password}
        onChange={setPassword}
        autoComplete="current-password"
      />
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vault-note' : 'vault-error'}>
          {message.text}
        </p>
      )}
      <button type="submit" disabled={busy}>
        {i18n.t('vault.restore')}
      </button>
    </form>
  );
}
