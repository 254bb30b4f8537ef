import { describe, expect, it } from 'vitest';
import {
  AccountError,
  addAccounts,
  advanceCounter,
  deleteAccount,
  reorderAccounts,
  restoreAccount,
  updateAccount,
} from './accounts';
import type { NewAccount } from './types';

const input = (secret: string, type: NewAccount['type'] = 'totp'): NewAccount => ({
  issuer: 'Ex',
  accountName: secret,
  secret,
  type,
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
});

describe('account edits', () => {
  const { accounts } = addAccounts([], [input('AAAA'), input('BBBB', 'hotp'), input('CCCC')], 1);

  it('adds with increasing order and rejects bad input', () => {
    expect(accounts.map((a) => a.order)).toEqual([0, 1, 2]);
    expect(() => addAccounts([], [input('not base32!')], 1)).toThrow(AccountError);
    expect(() => addAccounts([], [{ ...input('AAAA'), digits: 99 }], 1)).toThrow(AccountError);
  });

  it('edits only the allowed fields', () => {
    const { account } = updateAccount(accounts, accounts[0]!.id, { issuer: 'New', pinned: true }, 9);
    expect(account).toMatchObject({ issuer: 'New', pinned: true, secret: 'AAAA', updatedAt: 9 });
  });

  it('deletes and restores (undo) the same account', () => {
    const removed = deleteAccount(accounts, accounts[1]!.id);
    expect(removed.accounts).toHaveLength(2);
    expect(restoreAccount(removed.accounts, removed.account)).toContainEqual(accounts[1]);
    expect(restoreAccount(accounts, accounts[1]!)).toBe(accounts);
  });

  it('reorders', () => {
    const ids = [accounts[2]!.id, accounts[0]!.id];
    expect(reorderAccounts(accounts, ids, 3).map((a) => a.secret)).toEqual(['CCCC', 'AAAA', 'BBBB']);
  });

  it('advances HOTP counters only', () => {
    expect(advanceCounter(accounts, accounts[1]!.id, 4).account.counter).toBe(1);
    expect(() => advanceCounter(accounts, accounts[0]!.id, 4)).toThrow(AccountError);
  });
});
