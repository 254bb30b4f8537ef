import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { useExportSelection } from '@/components/export/export-selection';
import { accountsQuery, forgetAccounts } from '@/components/popup/accounts-query';
import { usePopupStore } from '@/components/popup/popup-store';
import { SearchBox } from '@/components/popup/search-box';
import { filterAccounts, sortAccounts } from '@/components/popup/sort';
import { UndoBar } from '@/components/popup/undo-bar';
import { useFollowVault } from '@/components/popup/use-follow-vault';
import { AccountItem } from './account-item';
import { ChooseAll } from './choose-all';
import '@/components/popup/popup.css';
import './accounts.css';

// The popup's own edit form (names, websites, icon, pin, delete), loaded when first opened.
const EditAccountForm = lazy(() =>
  import('@/components/popup/edit-account-form').then((m) => ({ default: m.EditAccountForm })),
);

/** The vault's accounts on the options page: search, edit, delete (with undo) and the choice of what to export. */
export function AccountsManager() {
  const { data, error, isPending, refetch } = useQuery(accountsQuery());
  const view = usePopupStore((s) => s.view);
  const search = usePopupStore((s) => s.search);
  const chosen = useExportSelection((s) => s.chosen);
  const pruned = useExportSelection((s) => s.pruned);
  useFollowVault();

  // The decrypted accounts live only while this view is shown (a lock or another section unmounts it).
  useEffect(
    () => () => {
      forgetAccounts();
      usePopupStore.getState().listShown();
      usePopupStore.getState().undoUsed();
    },
    [],
  );
  useFocusAfterEdit(view.kind === 'edit' ? view.id : null);
  // After a delete the row is gone: focus goes to Undo.
  const deleted = usePopupStore((s) => s.deleted);
  useEffect(() => {
    if (deleted) document.querySelector<HTMLElement>('.options-accounts .status-bar button')?.focus();
  }, [deleted]);
  useEffect(() => {
    if (data) pruned(data.map((a) => a.id));
  }, [data, pruned]);

  const sorted = useMemo(() => (data ? sortAccounts(data, null) : []), [data]);
  const shown = useMemo(() => filterAccounts(sorted, search), [sorted, search]);
  const chosenSet = useMemo(() => new Set(chosen), [chosen]);

  if (view.kind === 'edit') {
    const account = data?.find((a) => a.id === view.id);
    if (account) {
      return (
        <div className="options-accounts">
          <Suspense fallback={<p className="muted">Loading…</p>}>
            <EditAccountForm key={account.id} account={account} />
          </Suspense>
        </div>
      );
    }
  }

  return (
    <div className="options-accounts">
      <div className="toolbar">
        <SearchBox />
      </div>
      {isPending ? <p className="muted">Opening your accounts…</p> : null}
      {error ? (
        <div className="empty" role="alert">
          <p>Could not open your accounts: {error.message}</p>
          <button type="button" className="ghost-button" onClick={() => refetch()}>
            Try again
          </button>
        </div>
      ) : null}
      {data && data.length === 0 ? (
        <div className="empty">
          <p className="empty-title">No accounts yet</p>
          <p>
            Add one in the toolbar popup, or bring them in from another app in{' '}
            <a href="#import-export">Import &amp; export</a>.
          </p>
        </div>
      ) : null}
      {data && data.length > 0 && shown.length === 0 ? (
        <p className="muted">No account matches &ldquo;{search}&rdquo;.</p>
      ) : null}
      {shown.length > 0 ? (
        <>
          <ChooseAll shown={shown} chosen={chosenSet} />
          <ul className="account-items" aria-label="Accounts">
            {shown.map((account, index) => (
              <AccountItem key={account.id} account={account} index={index} chosen={chosenSet.has(account.id)} />
            ))}
          </ul>
        </>
      ) : null}
      <UndoBar />
    </div>
  );
}

/** Back from the edit form (saved or cancelled): focus goes to that account's Edit. */
function useFocusAfterEdit(editing: string | null): void {
  const last = useRef<string | null>(null);
  useEffect(() => {
    const id = last.current;
    last.current = editing;
    if (editing || !id) return;
    document.querySelector<HTMLElement>(`[data-edit-id="${CSS.escape(id)}"]`)?.focus();
  }, [editing]);
}
