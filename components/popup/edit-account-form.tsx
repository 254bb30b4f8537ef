import { useId, useState } from 'react';
import { sendFromPage } from '@/lib/messaging/page-send';
import type { Account } from '@/lib/vault/types';
import { AccountAvatar } from './account-avatar';
import { AccountQr } from './account-qr';
import { accountLabel, parseWebsites } from './format';
import { usePopupStore } from './popup-store';
import { deleteAccount, formSaved } from './row-actions';
import { asFailure } from '@/lib/messaging/result';
import { i18n } from '#i18n';

function iconError(icon: string): string {
  if (!icon) return '';
  if (/^https:\/\/\S+$/.test(icon) || /^data:image\//.test(icon)) return '';
  return i18n.t('form.iconError');
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
    if (!issuer.trim() && !accountName.trim()) return setError(i18n.t('form.editNeedsName'));
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
        {i18n.t('account.edit', { label: accountLabel(account.issuer, account.accountName) })}
      </h2>
      <label htmlFor={`${id}-issuer`}>{i18n.t('form.issuer')}</label>
      <input id={`${id}-issuer`} value={issuer} autoFocus onChange={(e) => setIssuer(e.target.value)} />
      <label htmlFor={`${id}-account`}>{i18n.t('form.accountName')}</label>
      <input id={`${id}-account`} value={accountName} onChange={(e) => setAccountName(e.target.value)} />
      <label htmlFor={`${id}-websites`}>{i18n.t('form.websites')}</label>
      <input
        id={`${id}-websites`}
        value={websites}
        onChange={(e) => setWebsites(e.target.value)}
        placeholder="github.com"
      />
      <label htmlFor={`${id}-icon`}>{i18n.t('form.icon')}</label>
      <div className="inline-field">
        <input
          id={`${id}-icon`}
          value={icon}
          onChange={(e) => setIcon(e.target.value)}
          placeholder={i18n.t('form.iconPlaceholder')}
          aria-invalid={iconProblem ? true : undefined}
          aria-describedby={`${id}-icon-help`}
        />
        {firstSite ? (
          <button type="button" className="ghost-button" onClick={() => setIcon(`https://${firstSite}/favicon.ico`)}>
            {i18n.t('form.useSiteIcon')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-icon-help`} className={iconProblem ? 'field-error' : 'field-help'}>
        {iconProblem || i18n.t('form.iconHelp')}
      </p>
      <label className="check">
        <input type="checkbox" checked={pinned} onChange={(e) => setPinned(e.target.checked)} /> {i18n.t('form.pin')}
      </label>
      <AccountQr account={account} />
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="sheet-actions">
        <button type="button" className="danger-button" onClick={() => deleteAccount(account)}>
          {i18n.t('common.delete')}
        </button>
        <span className="spacer" />
        <button type="button" className="ghost-button" onClick={listShown}>
          {i18n.t('common.cancel')}
        </button>
        <button type="submit" className="primary-button">
          {i18n.t('common.save')}
        </button>
      </div>
    </form>
  );
}
