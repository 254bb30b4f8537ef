import { useEffect, useState } from 'react';
import { clockNow } from '@/lib/clock/now';
import { windowStartMs } from '@/lib/otp/window';
import type { ReadyCode } from '@/lib/vault/first-codes';
import type { Account } from '@/lib/vault/types';

/**
 * The code generator loads after the first render: the background sends the codes of the rows on
 * screen with the accounts (`seedCodes`), so the popup's first paint does not wait for it.
 */
let generator: Promise<typeof import('@/lib/otp/generate')> | undefined;
export function loadGenerator(): Promise<typeof import('@/lib/otp/generate')> {
  generator ??= import('@/lib/otp/generate');
  return generator;
}

/**
 * Codes computed for the popup, keyed by account, counter and window, so a row that scrolls back
 * into view (or re-renders) shows its code synchronously. Only the few windows in use are kept.
 */
const cache = new Map<string, string>();
const MAX = 4000;

function keyOf(a: Account, windowIndex: number, next: boolean): string {
  const w = a.type === 'hotp' ? `c${a.counter}` : `w${windowIndex}`;
  return `${a.id}|${a.secret.length}|${a.algorithm}|${a.digits}|${a.period}|${w}|${next ? 'n' : 'c'}`;
}

async function compute(a: Account, windowIndex: number, next: boolean): Promise<string> {
  const at = windowStartMs(a.period, windowIndex);
  const { generateCode, nextWindowCode } = await loadGenerator();
  const code = next ? await nextWindowCode(a, at) : await generateCode(a, a.type === 'hotp' ? clockNow() : at);
  if (cache.size > MAX) cache.clear();
  cache.set(keyOf(a, windowIndex, next), code);
  return code;
}

/** The code of `account` for window `windowIndex` (or its counter), or null while it is computed. */
export function useCode(account: Account, windowIndex: number, next = false): string | null {
  const key = keyOf(account, windowIndex, next);
  const [state, setState] = useState<{ key: string; code: string } | null>(null);
  const cached = cache.get(key) ?? (state?.key === key ? state.code : null);
  useEffect(() => {
    if (cache.has(key)) return;
    let live = true;
    compute(account, windowIndex, next).then(
      (code) => live && setState({ key, code }),
      () => live && setState({ key, code: '' }),
    );
    return () => {
      live = false;
    };
  }, [key, account, windowIndex, next]);
  return cached;
}

/** The current code, computed now (for copy and fill, which must not use a stale window). */
export async function codeNow(a: Account): Promise<string> {
  const { generateCode } = await loadGenerator();
  return generateCode(a, clockNow());
}

/** Takes the codes the background computed for the first rows (see `lib/vault/first-codes.ts`). */
export function seedCodes(accounts: readonly Account[], codes: readonly ReadyCode[]): void {
  const byId = new Map(accounts.map((a) => [a.id, a]));
  for (const { id, at, code } of codes) {
    const a = byId.get(id);
    if (a && (a.type !== 'hotp' || a.counter === at)) cache.set(keyOf(a, a.type === 'hotp' ? 0 : at, false), code);
  }
}
