import type { Account } from '@/lib/vault/types';

/** "Issuer (account name)", or whichever of the two exists: how the chip and the guard name an account. */
export function choiceLabel(account: Pick<Account, 'issuer' | 'accountName'>): string {
  if (account.issuer && account.accountName) return `${account.issuer} (${account.accountName})`;
  return account.issuer || account.accountName || 'Account';
}
