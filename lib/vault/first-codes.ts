import { generateCode } from '@/lib/otp/generate';
import { sortAccounts } from './display-order';
import type { Account } from './types';

/** A code computed ahead for the popup: `at` is the TOTP/Steam window index, or the HOTP counter. */
export interface ReadyCode {
  id: string;
  at: number;
  code: string;
}

/** Which window (or counter) a code of `account` at `nowMs` belongs to. */
export function codeSlot(account: Pick<Account, 'type' | 'period' | 'counter'>, nowMs: number): number {
  return account.type === 'hotp' ? account.counter : Math.floor(nowMs / 1000 / account.period);
}

/**
 * The current codes of the first `count` accounts in the popup's order, computed where the code
 * generator is already loaded and warm (the background), so the popup's first render shows them
 * without loading one. Accounts whose code cannot be computed are left out (the row shows why later).
 * `host` may still be on its way (the active tab is looked up meanwhile): the first rows of the order
 * without a matching site are computed while it comes, and the rows a matching site moves up after.
 */
export async function firstCodes(
  accounts: readonly Account[],
  host: string | null | Promise<string | null>,
  count: number,
  nowMs = Date.now(),
): Promise<ReadyCode[]> {
  const started = new Map<string, Promise<ReadyCode | null>>();
  const codeOf = (a: Account) => {
    let code = started.get(a.id);
    if (!code) started.set(a.id, (code = computeCode(a, nowMs)));
    return code;
  };
  sortAccounts(accounts, null).slice(0, count).forEach(codeOf);
  const first = sortAccounts(accounts, await host).slice(0, count);
  const codes = await Promise.all(first.map(codeOf));
  return codes.filter((c): c is ReadyCode => c !== null);
}

async function computeCode(a: Account, nowMs: number): Promise<ReadyCode | null> {
  const at = codeSlot(a, nowMs);
  const when = a.type === 'hotp' ? nowMs : at * a.period * 1000;
  try {
    return { id: a.id, at, code: await generateCode(a, when) };
  } catch {
    return null;
  }
}
