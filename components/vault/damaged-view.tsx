import { RestoreBackupForm } from './restore-backup-form';

/** The stored vault fails its integrity check: say so, touch nothing, offer the way out. */
export function DamagedView() {
  return (
    <section className="vault-view">
      <h2>Vault damaged</h2>
      <p role="alert" className="vault-error">
        Vault damaged: the stored vault failed its integrity check, so it cannot be opened. Nothing has been changed or
        deleted.
      </p>
      <p>
        Restore a backup to continue. The backup&apos;s password becomes your master password; the damaged data is kept
        aside, untouched.
      </p>
      <RestoreBackupForm />
    </section>
  );
}
