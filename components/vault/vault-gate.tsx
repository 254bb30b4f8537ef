import type { ReactNode } from 'react';
import { CreateVaultView } from './create-vault-view';
import { DamagedView } from './damaged-view';
import { UnlockView } from './unlock-view';
import { useVaultStatus } from './use-vault-status';
import './vault.css';
import { i18n } from '#i18n';

/** Shows first-run, locked or damaged views; renders `children` only while the vault is unlocked. */
export function VaultGate({ children }: { children: ReactNode }) {
  const { state, refresh } = useVaultStatus();
  switch (state) {
    case 'loading':
      return <p role="status">{i18n.t('popup.opening')}</p>;
    case 'empty':
      return <CreateVaultView onDone={refresh} />;
    case 'locked':
      return <UnlockView onDone={refresh} />;
    case 'damaged':
      return <DamagedView />;
    case 'unlocked':
      return <>{children}</>;
  }
}
