import { useState } from 'react';
import type { MigrationExport } from '@/lib/export/google-migration';
import { accountLabel } from '@/lib/otp/label';
import type { Account } from '@/lib/vault/types';
import { QrCodeImage } from './qr-code-image';

/** Google Authenticator export QR codes one at a time ("QR n of m", Previous / Next), and the accounts left out. */
export function MigrationQrViewer({ exported, onHide }: { exported: MigrationExport<Account>; onHide(): void }) {
  const [index, setIndex] = useState(0);
  const { batches, leftOut } = exported;
  const batch = batches[index];
  const total = batches.length;
  return (
    <div className="qr-viewer">
      {batch ? (
        <>
          <p role="status">
            QR {index + 1} of {total}
          </p>
          <QrCodeImage text={batch.uri} width={560} alt={`QR code ${index + 1} of ${total} for Google Authenticator`} />
          <ul aria-label={`Accounts in QR ${index + 1}`} className="vault-note">
            {batch.accounts.map((a) => (
              <li key={a.id}>{accountLabel(a.issuer, a.accountName)}</li>
            ))}
          </ul>
          <div className="qr-viewer-nav">
            <button type="button" disabled={index === 0} onClick={() => setIndex(index - 1)}>
              Previous
            </button>
            <button type="button" disabled={index >= total - 1} onClick={() => setIndex(index + 1)}>
              Next
            </button>
          </div>
        </>
      ) : (
        <p role="status">None of these accounts can be exported as Google Authenticator QR codes.</p>
      )}
      {leftOut.length > 0 && (
        <>
          <h3>Accounts left out</h3>
          <ul aria-label="Accounts left out" className="vault-error">
            {leftOut.map(({ account, reason }) => (
              <li key={account.id}>
                {accountLabel(account.issuer, account.accountName)}: {reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" onClick={onHide}>
        Hide QR codes
      </button>
    </div>
  );
}
