import { memo } from 'react';
import { AccountAvatar } from '@/components/popup/account-avatar';
import { usePopupStore } from '@/components/popup/popup-store';
import { deleteAccount } from '@/components/popup/row-actions';
import { useExportSelection } from '@/components/export/export-selection';
import { accountLabel } from '@/lib/otp/label';
import type { Account } from '@/lib/vault/types';

/** One account in the options list: chosen for export or not, its names and websites, Edit and Delete. */
export const AccountItem = memo(function AccountItem({
  account,
  index,
  chosen,
}: {
  account: Account;
  index: number;
  chosen: boolean;
}) {
  const label = accountLabel(account.issuer, account.accountName);
  const toggled = useExportSelection((s) => s.toggled);
  const editOpened = usePopupStore((s) => s.editOpened);
  return (
    <li className={chosen ? 'account-item account-item-chosen' : 'account-item'}>
      <input
        type="checkbox"
        className="account-item-check"
        data-row-index={index}
        aria-label={`Select ${label} for export`}
        checked={chosen}
        onChange={(e) => toggled(account.id, e.target.checked)}
      />
      <AccountAvatar issuer={account.issuer} accountName={account.accountName} icon={account.icon} />
      <div className="account-item-names">
        <span className="account-item-issuer">
          {account.issuer || account.accountName || 'Unnamed account'}
          {account.pinned ? (
            <span className="row-pin" title="Pinned">
              {' '}
              ★
            </span>
          ) : null}
        </span>
        {account.issuer && account.accountName ? (
          <span className="account-item-detail">{account.accountName}</span>
        ) : null}
        {account.websites.length > 0 ? (
          <span className="account-item-detail">{account.websites.join(', ')}</span>
        ) : null}
      </div>
      <div className="account-item-tools">
        <button
          type="button"
          className="ghost-button"
          aria-label={`Edit ${label}`}
          data-edit-id={account.id}
          onClick={() => editOpened(account.id)}
        >
          Edit
        </button>
        <button
          type="button"
          className="danger-button"
          aria-label={`Delete ${label}`}
          onClick={() => void deleteAccount(account)}
        >
          Delete
        </button>
      </div>
    </li>
  );
});
