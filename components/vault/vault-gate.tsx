import type { ReactNode } from 'react';
import { CreateVaultView } from './create-vault-view';
import { DamagedView } from './damaged-view';
import { UnlockView } from './unlock-view';
import { useVaultStatus } from './use-vault-status';
import './vault.css';

/** Shows first-run, locked or damaged views; renders `children` only while the vault is unlocked. */
export function VaultGate({ children }: { children: ReactNode }) {
  const { state, refresh } = useVaultStatus();
  switch (state) {
    case 'loading':
      return <p role="status">Opening vault…</p>;
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
