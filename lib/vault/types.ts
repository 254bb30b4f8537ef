import type { OtpAlgorithm, OtpType } from '@/lib/otp/types';

/** One account as kept (encrypted) in the vault. Only trusted extension contexts ever see this. */
export interface Account {
  id: string;
  issuer: string;
  accountName: string;
  /** Normalised base32, upper case, no padding. */
  secret: string;
  type: OtpType;
  algorithm: OtpAlgorithm;
  digits: number;
  period: number;
  counter: number;
  /** Hosts (e.g. `github.com`) where this account's code is used; subdomains match too. */
  websites: string[];
  /** Optional icon: a data: URL or an https favicon URL. Lettered avatar when absent. */
  icon?: string;
  order: number;
  pinned: boolean;
  createdAt: number;
  updatedAt: number;
}

/** What a user or an import supplies to create an account; the vault fills in id, order and timestamps. */
export type NewAccount = Omit<Account, 'id' | 'order' | 'createdAt' | 'updatedAt' | 'pinned' | 'websites'> &
  Partial<Pick<Account, 'pinned' | 'websites' | 'icon'>>;

/** Fields a user may edit on an existing account. */
export type AccountPatch = Partial<Pick<Account, 'issuer' | 'accountName' | 'websites' | 'icon' | 'pinned'>>;

export type VaultState = 'empty' | 'locked' | 'unlocked' | 'damaged';
