import { useState } from 'react';
import { decodeMigrationUri, type MigrationBatch } from '@/lib/import/google-migration';
import { sendFromPage } from '@/lib/messaging/page-send';
import { asFailure } from '@/lib/messaging/result';
import { batchProgress, useBatchStore } from './batch-store';
import { label } from './confirm-add';

/** A Google Authenticator export QR: its accounts, its place in the batch, and an Import button. */
export function MigrationImport({ uri }: { uri: string }) {
  const [state, setState] = useState<{ busy?: boolean; done?: string; error?: string }>({});
  const imported = useBatchStore((s) => s.imported);
  const batchQrImported = useBatchStore((s) => s.batchQrImported);
  let batch: MigrationBatch;
  try {
    batch = decodeMigrationUri(uri);
  } catch (error) {
    return (
      <p role="alert" className="qr-error">
        This Google Authenticator export cannot be read: {(error as Error).message}
      </p>
    );
  }
  const { accounts, skipped: unusable } = batch;
  const { index, size } = batch.batch;
  async function importAll() {
    setState({ busy: true });
    const answer = await sendFromPage('accountsImport', { accounts }).catch(asFailure);
    if (!answer.ok) return setState({ error: answer.error });
    batchQrImported(batch.batch.id, batch.batch.index);
    const skipped = answer.skipped.length ? ` ${answer.skipped.length} already in the vault were skipped.` : '';
    setState({ done: `Imported ${answer.added} account${answer.added === 1 ? '' : 's'}.${skipped}` });
  }
  return (
    <section className="qr-import" aria-label="Google Authenticator export">
      <h3>Google Authenticator export</h3>
      {size > 1 && <p className="qr-progress">{batchProgress(index, size, imported[batch.batch.id] ?? [])}</p>}
      <ul aria-label="Accounts to import">
        {accounts.map((a, i) => (
          <li key={i}>
            {label(a)} <small>({a.type.toUpperCase()})</small>
          </li>
        ))}
      </ul>
      {unusable.length > 0 && (
        <ul aria-label="Accounts that cannot be imported" className="qr-error">
          {unusable.map((entry, i) => (
            <li key={i}>
              {entry.name || 'Unnamed account'}: {entry.reason}
            </li>
          ))}
        </ul>
      )}
      {state.done ? (
        <p role="status">{state.done}</p>
      ) : (
        <button type="button" onClick={() => void importAll()} disabled={state.busy || accounts.length === 0}>
          Import {accounts.length} account{accounts.length === 1 ? '' : 's'}
        </button>
      )}
      {state.error && <p role="alert">{state.error}</p>}
    </section>
  );
}
