import { useId, useState } from 'react';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import { plural } from '@/components/plural';
import { onlyChosen, useChosenIds } from './export-selection';
import { exportOtpauthList, OTPAUTH_LIST_FILE_NAME } from '@/lib/export/otpauth-list';
import { NotEncryptedWarning } from './not-encrypted-warning';
import { sendFromPage } from '@/lib/messaging/page-send';
import { asFailure } from '@/lib/messaging/result';

/**
 * Options: export every account (or only those chosen in the accounts view) as a plain otpauth:// list, which other
 * authenticators import. The file is not encrypted, so it is made only after the user has read a warning and confirmed.
 */
export function OtpauthExportSection() {
  const id = useId();
  const { state } = useVaultStatus();
  const [warned, setWarned] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const chosen = useChosenIds();
  const some = chosen.length > 0;
  if (state !== 'unlocked') return null;

  async function exportList() {
    setWarned(false);
    const answer = await sendFromPage('vaultAccounts', {}).catch(asFailure);
    if (!answer.ok) return setMessage({ ok: false, text: `Nothing was exported: ${answer.error}` });
    const accounts = onlyChosen(answer.accounts, chosen);
    if (accounts.length === 0) return setMessage({ ok: false, text: 'Nothing was exported: no account to export.' });
    const url = URL.createObjectURL(new Blob([exportOtpauthList(accounts)], { type: 'text/plain' }));
    Object.assign(document.createElement('a'), { href: url, download: OTPAUTH_LIST_FILE_NAME }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ ok: true, text: `${plural(accounts.length, 'account')} saved as ${OTPAUTH_LIST_FILE_NAME}.` });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Export as otpauth:// list</h2>
      <p className="vault-note">
        One otpauth:// link a line, for moving your accounts to another authenticator.{' '}
        {some
          ? `Only the ${plural(chosen.length, 'account')} chosen in Accounts ${chosen.length === 1 ? 'is' : 'are'} exported.`
          : 'Every account is exported; choose some in Accounts to export only those.'}
      </p>
      {warned ? (
        <NotEncryptedWarning
          what="file"
          confirm="Export unencrypted list"
          onConfirm={() => void exportList()}
          onCancel={() => setWarned(false)}
        />
      ) : (
        <button type="button" onClick={() => setWarned(true)}>
          {some ? `Export ${plural(chosen.length, 'chosen account')} as otpauth:// list` : 'Export as otpauth:// list'}
        </button>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={message.ok ? 'vault-note' : 'vault-error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
