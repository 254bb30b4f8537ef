import { useEffect, useState } from 'react';
import { generateCode, nextWindowCode, type OtpParams } from '@/lib/otp/generate';
import type { Account } from '@/lib/vault/types';

/**
 * Codes computed for the popup, keyed by account, counter and window, so a row that scrolls back
 * into view (or re-renders) shows its code synchronously. Only the few windows in use are kept.
 */
const cache = new Map<string, string>();
const MAX = 4000;

function paramsOf(a: Account): OtpParams {
  return {
    type: a.type,
    secret: a.secret,
    algorithm: a.algorithm,
    digits: a.digits,
    period: a.period,
    counter: a.counter,
  };
}

function keyOf(a: Account, windowIndex: number, next: boolean): string {
  const w = a.type === 'hotp' ? `c${a.counter}` : `w${windowIndex}`;
  return `${a.id}|${a.secret.length}|${a.algorithm}|${a.digits}|${a.period}|${w}|${next ? 'n' : 'c'}`;
}

async function compute(a: Account, windowIndex: number, next: boolean): Promise<string> {
  const at = windowIndex * a.period * 1000;
  const params = paramsOf(a);
  const code = next
    ? await nextWindowCode(params, at)
    : await generateCode(params, a.type === 'hotp' ? Date.now() : at);
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
export function codeNow(a: Account): Promise<string> {
  return generateCode(paramsOf(a), Date.now());
}

/**
 * Starts computing the current codes of the first `count` accounts (in the order they will show),
 * so their rows render with a code on their first render.
 */
export async function warmCodes(accounts: readonly Account[], count: number, nowMs = Date.now()): Promise<void> {
  const pending = accounts.slice(0, count).map((a) => {
    const windowIndex = a.type === 'hotp' ? 0 : Math.floor(nowMs / 1000 / a.period);
    return cache.has(keyOf(a, windowIndex, false)) ? null : compute(a, windowIndex, false).catch(() => '');
  });
  await Promise.all(pending);
}
