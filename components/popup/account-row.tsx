import { memo, useLayoutEffect } from 'react';
import type { Account } from '@/lib/vault/types';
import { AccountAvatar } from './account-avatar';
import { codeShown } from './codes-visible';
import { Countdown } from './countdown';
import { groupCode, accountLabel } from './format';
import { useCode } from './codes';
import { usePopupStore } from './popup-store';
import { advanceHotp, copyCode, fillCode } from './row-actions';
import { useNearWindowEnd, useWindowIndex } from './ticker';
import { i18n } from '#i18n';

export interface RowNav {
  /** Arrow keys, Home/End (move focus) and Alt+arrows (move the account). */
  onKey(event: React.KeyboardEvent, index: number): void;
  onDragStart(event: React.DragEvent, id: string): void;
  onDrop(event: React.DragEvent, index: number): void;
}

interface Props {
  account: Account;
  index: number;
  matchesSite: boolean;
  canReorder: boolean;
  nav: RowNav;
}

/** One account. Memoised: it re-renders when its account changes; its code parts follow their own window. */
export const AccountRow = memo(function AccountRow({ account, index, matchesSite, canReorder, nav }: Props) {
  const label = accountLabel(account.issuer, account.accountName);
  const editOpened = usePopupStore((s) => s.editOpened);
  return (
    <div
      className={matchesSite ? 'row row-match' : 'row'}
      role="listitem"
      aria-label={label}
      draggable={canReorder}
      onDragStart={(e) => nav.onDragStart(e, account.id)}
      onDragOver={(e) => canReorder && e.preventDefault()}
      onDrop={(e) => nav.onDrop(e, index)}
    >
      <AccountAvatar issuer={account.issuer} accountName={account.accountName} icon={account.icon} />
      <div className="row-main">
        <div className="row-names">
          <span className="row-issuer">{account.issuer || account.accountName}</span>
          {account.issuer && account.accountName ? <span className="row-account">{account.accountName}</span> : null}
          {account.pinned ? (
            <span className="row-pin" title={i18n.t('account.pinned')}>
              ★
            </span>
          ) : null}
        </div>
        <div className="row-codes">
          <button
            type="button"
            className="code-button"
            data-row-index={index}
            data-account-id={account.id}
            aria-keyshortcuts={canReorder ? 'Alt+ArrowUp Alt+ArrowDown' : undefined}
            onClick={() => copyCode(account)}
            onKeyDown={(e) => nav.onKey(e, index)}
          >
            {account.type === 'hotp' ? <HotpCode account={account} /> : <TotpCode account={account} />}
            {/* The name is the visible code first, then what the button does: "260 025, Copy code for GitHub (octo)". */}
            <span className="name-comma">, </span>
            <span className="visually-hidden">{i18n.t('account.copy', { label })}</span>
          </button>
          {account.type === 'hotp' ? null : <NextCode account={account} />}
        </div>
      </div>
      <div className="row-side">
        {account.type === 'hotp' ? (
          <button type="button" className="small-button" onClick={() => advanceHotp(account)}>
            {i18n.t('account.nextCode')}
          </button>
        ) : (
          <Countdown period={account.period} />
        )}
        <div className="row-tools">
          <button
            type="button"
            className="icon-button"
            aria-label={i18n.t('account.fill', { label })}
            title={i18n.t('account.fillHere')}
            onClick={() => fillCode(account)}
          >
            ⤓
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={i18n.t('account.edit', { label })}
            title={i18n.t('account.editShort')}
            onClick={() => editOpened(account.id)}
          >
            ✎
          </button>
        </div>
      </div>
    </div>
  );
});

function CodeText({ id, code, type }: { id: string; code: string | null; type: string }) {
  // A layout effect: the code is in the DOM now (a passive effect may run only after the browser has painted).
  useLayoutEffect(() => {
    if (code !== null) codeShown(id);
  }, [id, code]);
  return (
    // 7- and 8-digit codes are set a little smaller, so that the next code still fits beside them.
    <span className={code && code.length > 6 ? 'code code-long' : 'code'} data-testid="code" id={`code-${id}`}>
      {code === null ? '··· ···' : groupCode(code, type)}
    </span>
  );
}

function TotpCode({ account }: { account: Account }) {
  const windowIndex = useWindowIndex(account.period);
  return <CodeText id={account.id} code={useCode(account, windowIndex)} type={account.type} />;
}

function HotpCode({ account }: { account: Account }) {
  return <CodeText id={account.id} code={useCode(account, 0)} type={account.type} />;
}

/** The next window's code, shown only while 10 seconds or fewer are left. */
function NextCode({ account }: { account: Account }) {
  const near = useNearWindowEnd(account.period);
  return near ? <NextCodeValue account={account} /> : null;
}

function NextCodeValue({ account }: { account: Account }) {
  const windowIndex = useWindowIndex(account.period);
  const code = useCode(account, windowIndex, true);
  return (
    <span className="next-code" data-testid="next-code">
      {i18n.t('account.next')} <span className="code-small">{code === null ? '…' : groupCode(code, account.type)}</span>
    </span>
  );
}
