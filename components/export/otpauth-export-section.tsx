import { useId, useState } from 'react';
import { useVaultStatus } from '@/components/vault/use-vault-status';
import { exportOtpauthList, OTPAUTH_LIST_FILE_NAME } from '@/lib/export/otpauth-list';
import { sendFromPage } from '@/lib/messaging/page-send';
import { asFailure } from '@/lib/messaging/result';

/**
 * Options: export every account as a plain otpauth:// list, which other authenticators import. The file is not
 * encrypted, so it is made only after the user has read a warning and confirmed.
 */
export function OtpauthExportSection() {
  const id = useId();
  const { state } = useVaultStatus();
  const [warned, setWarned] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (state !== 'unlocked') return null;

  async function exportList() {
    setWarned(false);
    const answer = await sendFromPage('vaultAccounts', {}).catch(asFailure);
    if (!answer.ok) return setMessage({ ok: false, text: `Nothing was exported: ${answer.error}` });
    const url = URL.createObjectURL(new Blob([exportOtpauthList(answer.accounts)], { type: 'text/plain' }));
    Object.assign(document.createElement('a'), { href: url, download: OTPAUTH_LIST_FILE_NAME }).click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ ok: true, text: `${answer.accounts.length} accounts saved as ${OTPAUTH_LIST_FILE_NAME}.` });
  }

  return (
    <section className="vault-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Export as otpauth:// list</h2>
      <p className="vault-note">One otpauth:// link a line, for moving your accounts to another authenticator.</p>
      {warned ? (
        <div role="alert">
          <p className="vault-error">
            This file is not encrypted: anyone who gets it can make your codes. Import it, then delete it.
          </p>
          <button type="button" onClick={() => void exportList()}>
            Export unencrypted list
          </button>{' '}
          <button type="button" onClick={() => setWarned(false)}>
            Cancel
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setWarned(true)}>
          Export as otpauth:// list
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
