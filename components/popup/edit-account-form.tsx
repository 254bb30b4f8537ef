import { useId, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import type { Account } from '@/lib/vault/types';
import { AccountAvatar } from './account-avatar';
import { accountLabel, parseWebsites } from './format';
import { usePopupStore } from './popup-store';
import { deleteAccount, formSaved } from './row-actions';
import { asFailure } from '@/lib/messaging/result';

function iconError(icon: string): string {
  if (!icon) return '';
  if (/^https:\/\/\S+$/.test(icon) || /^data:image\//.test(icon)) return '';
  return 'Use an https:// image address (or leave it empty for letters).';
}

/** Edit an account's names, websites, icon and pin; delete it (with undo in the list). */
export function EditAccountForm({ account }: { account: Account }) {
  const id = useId();
  const { listShown } = usePopupStore.getState();
  const [issuer, setIssuer] = useState(account.issuer);
  const [accountName, setAccountName] = useState(account.accountName);
  const [websites, setWebsites] = useState(account.websites.join(', '));
  const [icon, setIcon] = useState(account.icon ?? '');
  const [pinned, setPinned] = useState(account.pinned);
  const [error, setError] = useState('');
  const iconProblem = iconError(icon.trim());
  const firstSite = parseWebsites(websites)[0];

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (iconProblem) return;
    if (!issuer.trim() && !accountName.trim()) return setError('Keep an issuer or an account name so you can find it.');
    const answer = await sendFromPage('accountUpdate', {
      id: account.id,
      patch: {
        issuer: issuer.trim(),
        accountName: accountName.trim(),
        websites: parseWebsites(websites),
        icon: icon.trim() || undefined,
        pinned,
      },
    }).catch(asFailure);
    if (!answer.ok) return setError(answer.error);
    formSaved(answer.account, 'Saved');
  }

  return (
    <form className="sheet" onSubmit={save} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="sheet-title-with-icon">
        <AccountAvatar
          issuer={issuer}
          accountName={accountName}
          icon={iconProblem ? undefined : icon.trim() || undefined}
        />
        Edit {accountLabel(account.issuer, account.accountName)}
      </h2>
      <label htmlFor={`${id}-issuer`}>Issuer</label>
      <input id={`${id}-issuer`} value={issuer} autoFocus onChange={(e) => setIssuer(e.target.value)} />
      <label htmlFor={`${id}-account`}>Account name</label>
      <input id={`${id}-account`} value={accountName} onChange={(e) => setAccountName(e.target.value)} />
      <label htmlFor={`${id}-websites`}>Websites</label>
      <input
        id={`${id}-websites`}
        value={websites}
        onChange={(e) => setWebsites(e.target.value)}
        placeholder="github.com"
      />
      <label htmlFor={`${id}-icon`}>Icon address</label>
      <div className="inline-field">
        <input
          id={`${id}-icon`}
          value={icon}
          onChange={(e) => setIcon(e.target.value)}
          placeholder="Letters when empty"
          aria-invalid={iconProblem ? true : undefined}
          aria-describedby={`${id}-icon-help`}
        />
        {firstSite ? (
          <button type="button" className="ghost-button" onClick={() => setIcon(`https://${firstSite}/favicon.ico`)}>
            Use site icon
          </button>
        ) : null}
      </div>
      <p id={`${id}-icon-help`} className={iconProblem ? 'field-error' : 'field-help'}>
        {iconProblem || 'An image from the web is loaded only if you set one here.'}
      </p>
      <label className="check">
        <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> Pin to the top
      </label>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="sheet-actions">
        <button type="button" className="danger-button" onClick={() => deleteAccount(account)}>
          Delete
        </button>
        <span className="spacer" />
        <button type="button" className="ghost-button" onClick={listShown}>
          Cancel
        </button>
        <button type="submit" className="primary-button">
          Save
        </button>
      </div>
    </form>
  );
}
