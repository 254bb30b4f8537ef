import { useEffect, useId, useState } from 'react';
import { PasswordField } from '@/components/vault/password-field';
import { RestoreBackupForm } from '@/components/vault/restore-backup-form';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import { sendFromPage } from '@/lib/messaging/page-send';
import { vaultMetaItem } from '@/lib/storage/items';
import { MIN_PASSWORD_LENGTH } from '@/lib/vault/strength';

const MONTH = 30 * 24 * 3600 * 1000;

function download(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: fileName });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Options: export an encrypted backup file, restore one (merge), and a reminder when none is recent. */
export function BackupSection() {
  const id = useId();
  const { state } = useVaultStatus();
  const [lastBackupAt, setLastBackupAt] = useState<number | null>(null);
  const [stale, setStale] = useState(true);
  const [ownPassword, setOwnPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    const show = (at: number | null) => {
      setLastBackupAt(at);
      setStale(at === null || Date.now() - at > MONTH);
    };
    void vaultMetaItem.getValue().then((m) => show(m.lastBackupAt));
    return vaultMetaItem.watch((m) => show(m.lastBackupAt));
  }, []);

  async function exportBackup() {
    if (ownPassword && password.length < MIN_PASSWORD_LENGTH)
      return setMessage({
        ok: false,
        text: `The backup password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
      });
    setMessage(null);
    const answer = await sendFromPage('backupExport', ownPassword ? { password } : {}).catch((err: Error) => ({
      ok: false as const,
      error: err.message,
    }));
    if (!answer.ok) return setMessage({ ok: false, text: answer.error });
    download(answer.fileName, answer.json);
    setPassword('');
    setMessage({ ok: true, text: `Backup saved as ${answer.fileName}.` });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Backup</h2>
      <p className={stale && state === 'unlocked' ? 'vault-error' : 'vault-note'}>
        Last backup: {lastBackupAt === null ? 'never' : new Date(lastBackupAt).toLocaleString()}
        {stale && state === 'unlocked'
          ? '. Export a backup and keep it somewhere safe: it is the only way back if this browser loses its data.'
          : ''}
      </p>
      {state === 'unlocked' && (
        <div className="vault-section">
          <label>
            <input type="checkbox" checked={ownPassword} onChange={(e) => setOwnPassword(e.target.checked)} /> Protect
            the backup with its own password (otherwise: the master password)
          </label>
          {ownPassword && (
            <PasswordField
              label="New backup password"
              value={password}
              onChange={setPassword}
              autoComplete="new-password"
            />
          )}
          <button type="button" onClick={() => void exportBackup()}>
            Export backup
          </button>
          {message && (
            <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vault-note' : 'vault-error'}>
              {message.text}
            </p>
          )}
        </div>
      )}
      {state === 'locked' ? (
        <p className="vault-note">Unlock the vault to export or restore a backup.</p>
      ) : (
        state !== 'loading' && (
          <>
            <h3>Restore a backup</h3>
            <p className="vault-note">
              {state === 'unlocked'
                ? 'Accounts already in the vault are skipped.'
                : 'With no vault yet, the backup’s password becomes your master password.'}
            </p>
            <RestoreBackupForm />
          </>
        )
      )}
    </section>
  );
}
