import type { Account } from './types';

/** A TOTP account for tests (RFC 6238's usual demo secret), with `over` applied. */
export function testAccount(id: string, over: Partial<Account> = {}): Account {
  return {
    id,
    issuer: id,
    accountName: `${id}@example.com`,
    secret: 'JBSWY3DPEHPK3PXP',
    type: 'totp',
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    counter: 0,
    websites: [],
    order: 0,
    pinned: false,
    createdAt: 0,
    updatedAt: 0,
    ...over,
  };
}
