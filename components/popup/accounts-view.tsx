import { useQuery } from '@tanstack/react-query';
import { stepMark } from './step-mark';
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { accountsQuery, forgetAccounts } from './accounts-query';
import { useFollowVault } from './use-follow-vault';
import { AccountList } from './account-list';
import { loadGenerator } from './codes';
import { useSiteIds } from './site-ids';
import { rowsVisible } from './codes-visible';
import { usePopupStore } from './popup-store';
import { SearchBox } from './search-box';
import { filterAccounts, sortAccounts } from './sort';
import { UndoBar } from './undo-bar';
import { FillGuardDialog } from './fill-guard';
import { PushedCodesSlot } from '@/components/sync/pushed-codes-slot';
import { i18n } from '#i18n';
import { SLOT, withElement } from '@/components/with-element';

// The forms (and the otpauth parser they use) load after the codes show, not before.
const loadAdd = () => import('./add-account-form');
const loadEdit = () => import('./edit-account-form');
const AddAccountForm = lazy(() => loadAdd().then((m) => ({ default: m.AddAccountForm })));
const EditAccountForm = lazy(() => loadEdit().then((m) => ({ default: m.EditAccountForm })));

/** What the popup shows once the vault is unlocked. */
export function AccountsView() {
  const { data, error, isPending, refetch } = useQuery(accountsQuery());
  const view = usePopupStore((s) => s.view);
  const search = usePopupStore((s) => s.search);
  const addOpened = usePopupStore((s) => s.addOpened);
  const siteIds = useSiteIds();

  // The decrypted accounts live only while this view is shown (a lock unmounts it).
  useFollowVault();

  useEffect(() => {
    stepMark('unlocked-view');
    const idle = setTimeout(() => void Promise.all([loadGenerator(), loadAdd(), loadEdit()]), 300);
    return () => {
      clearTimeout(idle);
      forgetAccounts();
    };
  }, []);

  const sorted = useMemo(() => (data ? sortAccounts(data, siteIds) : []), [data, siteIds]);
  const shown = useMemo(() => filterAccounts(sorted, search), [sorted, search]);
  const empty = !!data && data.length === 0;
  useEffect(() => {
    if (empty) rowsVisible([]);
  }, [empty]);

  const fallback = <p className="muted center">{i18n.t('popup.loading')}</p>;
  if (view.kind === 'add') {
    return (
      <Suspense fallback={fallback}>
        <AddAccountForm />
      </Suspense>
    );
  }
  if (view.kind === 'edit') {
    const account = data?.find((a) => a.id === view.id);
    if (account) {
      return (
        <Suspense fallback={fallback}>
          <EditAccountForm key={account.id} account={account} />
        </Suspense>
      );
    }
  }

  return (
    <>
      <div className="toolbar">
        <SearchBox />
        <button type="button" className="primary-button" onClick={addOpened}>
          {i18n.t('popup.addAccount')}
        </button>
      </div>
      {isPending ? <p className="muted center">{i18n.t('popup.openingAccounts')}</p> : null}
      {error ? (
        <div className="empty" role="alert">
          <p>{i18n.t('popup.openFailed', { error: error.message })}</p>
          <button type="button" className="ghost-button" onClick={() => refetch()}>
            {i18n.t('popup.tryAgain')}
          </button>
        </div>
      ) : null}
      {empty ? (
        <div className="empty">
          <p className="empty-title">{i18n.t('popup.emptyTitle')}</p>
          <p>{withElement(i18n.t('popup.emptyHelp', { add: SLOT }), <strong>{i18n.t('popup.addAccount')}</strong>)}</p>
        </div>
      ) : null}
      {data && !empty && shown.length === 0 ? (
        <p className="muted center">{i18n.t('popup.noMatch', { search })}</p>
      ) : null}
      {shown.length > 0 ? <AccountList accounts={shown} siteIds={siteIds} canReorder={!search.trim()} /> : null}
      <PushedCodesSlot />
      <UndoBar />
      <FillGuardDialog />
    </>
  );
}
