import * as rule from '@/lib/otp/account-rules';
import { STEAM_DIGITS } from '@/lib/otp/steam';
import { accountLabel } from '@/lib/otp/label';
import type { Account, AccountPatch, NewAccount } from './types';

/** Pure edits of the account list. Each returns a new list; the store persists it. */

export class AccountError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AccountError';
  }
}

/** Rejects malformed accounts with a message a user can act on. */
export function checkNewAccount(a: NewAccount): void {
  if (!a || typeof a !== 'object') throw new AccountError('Missing account');
  if (typeof a.secret !== 'string' || !/^[A-Z2-7]+$/.test(a.secret))
    throw new AccountError('The secret is not valid base32');
  if (typeof a.issuer !== 'string' || typeof a.accountName !== 'string')
    throw new AccountError('Missing issuer or account name');
  if (!rule.isOtpType(a.type)) throw new AccountError(`Unknown type ${String(a.type)}`);
  if (!rule.isOtpAlgorithm(a.algorithm)) throw new AccountError(`Unknown algorithm ${String(a.algorithm)}`);
  if (!rule.validDigits(a.type, a.digits))
    throw new AccountError(`${rule.DIGITS_RULE} (Steam Guard codes ${STEAM_DIGITS})`);
  if (!rule.validPeriod(a.period)) throw new AccountError('Period must be a positive number of seconds');
  if (!rule.validCounter(a.counter)) throw new AccountError('Counter must be zero or more');
}

export function isDuplicate(a: Pick<Account, 'secret' | 'issuer' | 'accountName'>, b: typeof a): boolean {
  return a.secret === b.secret && a.issuer === b.issuer && a.accountName === b.accountName;
}

function nextOrder(accounts: Account[]): number {
  return accounts.reduce((max, a) => Math.max(max, a.order + 1), 0);
}

export function makeAccount(input: NewAccount, order: number, now: number): Account {
  checkNewAccount(input);
  return {
    id: crypto.randomUUID(),
    issuer: input.issuer,
    accountName: input.accountName,
    secret: input.secret,
    type: input.type,
    algorithm: input.algorithm,
    digits: input.digits,
    period: input.period,
    counter: input.counter,
    websites: [...(input.websites ?? [])],
    ...(input.icon ? { icon: input.icon } : {}),
    order,
    pinned: input.pinned ?? false,
    createdAt: now,
    updatedAt: now,
  };
}

/** Adds accounts, skipping those already present (or repeated in `inputs`). */
export function addAccounts(
  accounts: Account[],
  inputs: NewAccount[],
  now: number,
): { accounts: Account[]; added: Account[]; skipped: string[] } {
  const next = [...accounts];
  const added: Account[] = [];
  const skipped: string[] = [];
  for (const input of inputs) {
    if (next.some((a) => isDuplicate(a, input))) {
      skipped.push(accountLabel(input.issuer, input.accountName));
      continue;
    }
    const account = makeAccount(input, nextOrder(next), now);
    next.push(account);
    added.push(account);
  }
  return { accounts: next, added, skipped };
}

function find(accounts: Account[], id: string): Account {
  const found = accounts.find((a) => a.id === id);
  if (!found) throw new AccountError('That account no longer exists');
  return found;
}

export function updateAccount(accounts: Account[], id: string, patch: AccountPatch, now: number) {
  const old = find(accounts, id);
  const account: Account = { ...old, updatedAt: now };
  if (typeof patch.issuer === 'string') account.issuer = patch.issuer;
  if (typeof patch.accountName === 'string') account.accountName = patch.accountName;
  if (Array.isArray(patch.websites)) account.websites = patch.websites.filter((w) => typeof w === 'string');
  if (typeof patch.pinned === 'boolean') account.pinned = patch.pinned;
  if ('icon' in patch) {
    if (typeof patch.icon === 'string' && patch.icon) account.icon = patch.icon;
    else delete account.icon;
  }
  return { accounts: accounts.map((a) => (a.id === id ? account : a)), account };
}

export function deleteAccount(accounts: Account[], id: string) {
  const account = find(accounts, id);
  return { accounts: accounts.filter((a) => a.id !== id), account };
}

/** Undo of a delete: puts the account back as it was (a no-op when it is already there). */
export function restoreAccount(accounts: Account[], account: Account): Account[] {
  if (accounts.some((a) => a.id === account.id)) return accounts;
  checkNewAccount(account);
  return [...accounts, structuredClone(account)];
}

/** Orders the given ids first, in the given order; accounts not listed keep their relative order after them. */
export function reorderAccounts(accounts: Account[], ids: string[], now: number): Account[] {
  const rank = new Map(ids.map((id, i) => [id, i]));
  const sorted = [...accounts].sort(
    (a, b) => (rank.get(a.id) ?? ids.length + a.order) - (rank.get(b.id) ?? ids.length + b.order),
  );
  return sorted.map((a, i) => (a.order === i ? a : { ...a, order: i, updatedAt: now }));
}

export function advanceCounter(accounts: Account[], id: string, now: number) {
  const old = find(accounts, id);
  if (old.type !== 'hotp') throw new AccountError('Only HOTP accounts have a counter');
  const account = { ...old, counter: old.counter + 1, updatedAt: now };
  return { accounts: accounts.map((a) => (a.id === id ? account : a)), account };
}
