import { QueryClientProvider } from '@tanstack/react-query';
import { queryClient } from '@/components/popup/accounts-query';
import { VaultGate } from '@/components/vault/vault-gate';
import { AccountsManager } from '@/components/options/accounts/accounts-manager';
import { SectionPanel } from './section-panel';

/** Accounts: every account of the vault, to find, edit, delete and choose for export (unlock first). */
export function AccountsSection() {
  return (
    <SectionPanel id="accounts" intro="Find, edit or delete your accounts, and choose which ones to export.">
      <div className="options-card">
        <VaultGate>
          <QueryClientProvider client={queryClient}>
            <AccountsManager />
          </QueryClientProvider>
        </VaultGate>
      </div>
    </SectionPanel>
  );
}
