import { QueryClientProvider } from '@tanstack/react-query';
import { stepMark } from './step-mark';
import { lazy, Suspense, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { LockButton } from '@/components/vault/lock-button';
import { SiteAccessNotice } from '@/components/site-access/site-access-notice';
import { SITE_ACCESS_CAN_BE_WITHHELD } from '@/lib/site-access/site-access';
import { earlyAccountsOutcome, queryClient, startAccountsEarly } from './accounts-query';
import { vaultStatusItem } from '@/lib/storage/items';
import { AccountsView } from './accounts-view';
import { useVaultTouch } from './use-vault-touch';
import './popup.css';
import { i18n } from '#i18n';

// The first-run, locked and damaged views load only when the vault is not already unlocked.
const VaultGate = lazy(() => import('@/components/vault/vault-gate').then((m) => ({ default: m.VaultGate })));

/** The toolbar popup: the vault gate, then every code at a glance. */
export function PopupApp() {
  useVaultTouch();
  const fast = useFastPath();
  useEffect(() => {
    stepMark('first-render');
  }, []);
  return (
    <QueryClientProvider client={queryClient}>
      <main className="popup">
        <header className="app-header">
          <img src="/icon/32.png" alt="" width={20} height={20} />
          <h1>OTPilot</h1>
          <span className="spacer" />
          <a
            className="header-link"
            href={browser.runtime.getURL('/options.html')}
            target="_blank"
            rel="noreferrer"
            onClick={(e) => {
              e.preventDefault();
              void browser.runtime.openOptionsPage();
            }}
          >
            {i18n.t('popup.options')}
          </a>
        </header>
        {SITE_ACCESS_CAN_BE_WITHHELD ? <SiteAccessNotice className="empty" buttonClassName="primary-button" /> : null}
        {fast === 'pending' ? (
          <p role="status" className="muted center">
            {i18n.t('popup.opening')}
          </p>
        ) : fast === 'unlocked' ? (
          <Unlocked />
        ) : (
          <Suspense fallback={<p className="muted center">{i18n.t('popup.opening')}</p>}>
            <VaultGate>
              <Unlocked />
            </VaultGate>
          </Suspense>
        )}
      </main>
    </QueryClientProvider>
  );
}

function Unlocked() {
  return (
    <>
      <div className="header-lock">
        <LockButton className="small-button" />
      </div>
      <AccountsView />
    </>
  );
}

/**
 * "unlocked" when the early `vaultAccounts` answer proved the vault open (the list shows at once);
 * "gate" when it did not, or as soon as the vault locks: then VaultGate decides what to show.
 */
function useFastPath(): 'pending' | 'unlocked' | 'gate' {
  const [fast, setFast] = useState<'pending' | 'unlocked' | 'gate'>(() => {
    const known = earlyAccountsOutcome();
    return known === undefined ? 'pending' : known ? 'unlocked' : 'gate';
  });
  useEffect(() => {
    let live = true;
    startAccountsEarly().then((ok) => live && setFast((f) => (f === 'pending' ? (ok ? 'unlocked' : 'gate') : f)));
    const unwatch = vaultStatusItem.watch((status) => {
      if (status && status.state !== 'unlocked') setFast('gate');
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return fast;
}
