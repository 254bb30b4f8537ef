import type { ImportResult } from '@/lib/import/import-file';
import { accountLabel } from '@/lib/otp/label';

/** What a file holds: the accounts that will be imported, and the entries that cannot be, with the reason. */
export function ImportPreview({ result }: { result: ImportResult }) {
  const { accounts, skipped } = result;
  return (
    <div className="import-preview">
      <p className="vault-note">
        {result.format}: {accounts.length} account{accounts.length === 1 ? '' : 's'} found
        {skipped.length > 0 ? `, ${skipped.length} that cannot be imported` : ''}.
      </p>
      {accounts.length > 0 && (
        <ul aria-label="Accounts found">
          {accounts.map((a, i) => (
            <li key={i}>
              {accountLabel(a.issuer, a.accountName)} <small>· {a.type.toUpperCase()}</small>
            </li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <ul aria-label="Entries that cannot be imported" className="vault-error">
          {skipped.map((s, i) => (
            <li key={i}>
              {s.name}: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
