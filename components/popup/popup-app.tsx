import { QueryClientProvider } from '@tanstack/react-query';
import { browser } from 'wxt/browser';
import { LockButton } from '@/components/vault/lock-button';
import { VaultGate } from '@/components/vault/vault-gate';
import { queryClient } from './accounts-query';
import { AccountsView } from './accounts-view';
import { useVaultTouch } from './use-vault-touch';
import './popup.css';

/** The toolbar popup: the vault gate, then every code at a glance. */
export function PopupApp() {
  useVaultTouch();
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
            Options
          </a>
        </header>
        <VaultGate>
          <div className="header-lock">
            <LockButton />
          </div>
          <AccountsView />
        </VaultGate>
      </main>
    </QueryClientProvider>
  );
}
