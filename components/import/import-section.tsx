import { useId, useState, type FormEvent } from 'react';
import { PasswordField } from '@/components/vault/password-field';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import type { ImportResult } from '@/lib/import/import-file';
import { MAX_IMPORT_BYTES, tooLarge } from '@/lib/import/problems';
import { ImportError } from '@/lib/import/types';
import { sendFromPage } from '@/lib/messaging/page-send';
import { asFailure } from '@/lib/messaging/result';
import { ImportPreview } from './import-preview';
import { PasteTextField } from './paste-text-field';
import { plural } from '@/components/plural';

interface Picked {
  name: string;
  bytes: Uint8Array;
}
type Message = { ok: boolean; text: string } | null;

/**
 * Options: import another authenticator's export file. The file is read here (decrypted with its password when
 * needed), its accounts are shown, and only on "Import N accounts" are they added to the vault; accounts already there
 * (same secret, issuer and account name) are skipped, so nothing in the vault changes or is lost.
 */
export function ImportSection() {
  const id = useId();
  const { state } = useVaultStatus();
  const [picked, setPicked] = useState<Picked | null>(null);
  const [needsPassword, setNeedsPassword] = useState(false);
  const [password, setPassword] = useState('');
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [message, setMessage] = useState<Message>(null);
  const [busy, setBusy] = useState(false);

  async function open(file: Picked, pw?: string) {
    setBusy(true);
    setMessage(null);
    try {
      // The readers (XML, CSV, zip, key derivations) load only when a file is chosen.
      const { importFile } = await import('@/lib/import/import-file');
      setPreview(await importFile(file.name, file.bytes, pw));
      setNeedsPassword(false);
      setPassword('');
    } catch (e) {
      const error = e instanceof ImportError ? e : new ImportError('bad-file', 'This file could not be read.');
      if (error.kind === 'password-needed' || error.kind === 'wrong-password') setNeedsPassword(true);
      setMessage({ ok: error.kind === 'password-needed', text: error.message });
    } finally {
      setBusy(false);
    }
  }

  function reset() {
    setPreview(null);
    setNeedsPassword(false);
    setPassword('');
    setMessage(null);
    setPicked(null);
  }

  async function choose(file: File | undefined) {
    reset();
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setMessage({ ok: false, text: tooLarge().message });
    const bytes = await file.arrayBuffer().catch(() => null);
    if (!bytes) return setMessage({ ok: false, text: 'The file could not be read from disk.' });
    const chosen = { name: file.name, bytes: new Uint8Array(bytes) };
    setPicked(chosen);
    await open(chosen);
  }

  /** Pasted text is read like a file of that text (and so may be an encrypted export, asking for its password). */
  async function readPasted(text: string) {
    reset();
    const pasted = { name: 'pasted text', bytes: new TextEncoder().encode(text) };
    setPicked(pasted);
    await open(pasted);
  }

  function submitPassword(e: FormEvent) {
    e.preventDefault();
    if (!picked) return;
    if (!password) return setMessage({ ok: false, text: 'Enter the password of the file.' });
    void open(picked, password);
  }

  async function importAccounts() {
    if (!preview) return;
    setBusy(true);
    const answer = await sendFromPage('accountsImport', { accounts: preview.accounts }).catch(asFailure);
    setBusy(false);
    if (!answer.ok) return setMessage({ ok: false, text: `Nothing was imported: ${answer.error}` });
    const dupes = answer.skipped.length
      ? ` ${plural(answer.skipped.length, 'duplicate')} skipped (same secret, issuer and account name already in the vault): ${answer.skipped.join(', ')}.`
      : '';
    setPreview(null);
    setMessage({ ok: true, text: `Added ${plural(answer.added, 'account')}.${dupes}` });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Import from another app</h2>
      <p className="vault-note">
        Aegis, 2FAS, Bitwarden, andOTP, Proton Authenticator, Stratum, FreeOTP, FreeOTP+, Steam, Duo, Authy, TOTP
        Authenticator, Battle.net, Authenticator Plus exports and otpauth:// lists. The file is read on this device
        only.
      </p>
      <div className="vault-field">
        <label htmlFor={`${id}-file`}>Import file</label>
        <input id={`${id}-file`} type="file" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} />
      </div>
      <PasteTextField busy={busy} onRead={(text) => void readPasted(text)} />
      {needsPassword && (
        <form onSubmit={submitPassword} aria-busy={busy}>
          <PasswordField
            label="File password"
            value={password}
            onChange={setPassword}
            autoComplete="current-password"
          />
          <button type="submit" disabled={busy}>
            Open file
          </button>
        </form>
      )}
      {busy && <p className="vault-note">Reading…</p>}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vault-note' : 'vault-error'}>
          {message.text}
        </p>
      )}
      {preview && (
        <>
          <ImportPreview result={preview} />
          {state === 'locked' && (
            <p className="vault-error">The vault is locked: unlock it to import these accounts.</p>
          )}
          {(state === 'empty' || state === 'damaged') && (
            <p className="vault-error">There is no usable vault yet: create or restore one before importing.</p>
          )}
          {state === 'unlocked' && (
            <button
              type="button"
              disabled={busy || preview.accounts.length === 0}
              onClick={() => void importAccounts()}
            >
              Import {plural(preview.accounts.length, 'account')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
