import { clockNow } from '@/lib/clock/now';
import { generateCode } from '@/lib/otp/generate';
import { codeSlot, periodOf, windowStartMs } from '@/lib/otp/window';
import { matchingAccounts } from '@/lib/sites/match';
import { sortAccounts } from './display-order';
import type { Account } from './types';

/** A code computed ahead for the popup: `at` is the TOTP/Steam window index, or the HOTP counter. */
export interface ReadyCode {
  id: string;
  at: number;
  code: string;
}

/**
 * The first `count` accounts in the popup's order and their current codes, computed where the code
 * generator is already loaded and warm (the background), so the popup's first render shows them
 * without loading one. Accounts whose code cannot be computed have none (the row shows why later).
 * `origin` (the active tab's) may still be on its way (the tab is looked up meanwhile): the codes of the
 * first rows of the order without a matching site are computed while it comes, those of the rows it moves
 * up after. `siteIds`: the accounts whose websites match that origin.
 */
export async function firstRows(
  accounts: readonly Account[],
  origin: string | null | Promise<string | null>,
  count: number,
  nowMs = clockNow(),
): Promise<{ rows: Account[]; codes: ReadyCode[]; siteIds: string[] }> {
  const started = new Map<string, Promise<ReadyCode | null>>();
  const codeOf = (a: Account) => {
    let code = started.get(a.id);
    if (!code) started.set(a.id, (code = computeCode(a, nowMs)));
    return code;
  };
  const withoutSite = sortAccounts(accounts, null).slice(0, count);
  withoutSite.forEach(codeOf);
  const siteIds = new Set(matchingAccounts(accounts, await origin).map((a) => a.id));
  const rows = siteIds.size === 0 ? withoutSite : sortAccounts(accounts, siteIds).slice(0, count);
  const codes = await Promise.all(rows.map(codeOf));
  return { rows, codes: codes.filter((c): c is ReadyCode => c !== null), siteIds: [...siteIds] };
}

async function computeCode(a: Account, nowMs: number): Promise<ReadyCode | null> {
  const at = codeSlot(a, nowMs);
  const when = a.type === 'hotp' ? nowMs : windowStartMs(periodOf(a), at);
  try {
    return { id: a.id, at, code: await generateCode(a, when) };
  } catch {
    return null;
  }
}
