import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { hostOf } from './sort';

let pending: Promise<string | null> | undefined;
let known: string | null = null;

/**
 * The host the first rows were ordered for (see early-accounts.ts): the first render uses it.
 */
export function knowActiveHost(host: string | null): void {
  known = host;
}

/**
 * The host of the tab the popup was opened over. The URL is only visible when the user clicked the
 * toolbar button (activeTab) or granted the host; otherwise (or on extension pages) it is null.
 */
export function activeHost(): Promise<string | null> {
  pending ??= browser.tabs
    .query({ active: true, currentWindow: true })
    .then(([tab]) => hostOf(tab?.url))
    .catch(() => null);
  return pending;
}

export function useActiveHost(): string | null {
  const [host, setHost] = useState<string | null>(known);
  useEffect(() => {
    let live = true;
    activeHost().then((h) => live && setHost(h));
    return () => {
      live = false;
    };
  }, []);
  return host;
}
