import { browser } from 'wxt/browser';
import { copyFromBackground } from '@/lib/clipboard/background';
import { skyvernNotifyItem } from '@/lib/storage/items';
import { notify } from './notify';
import type { PushedCode } from './recent';

/**
 * The optional notification (Options → Skyvern, off by default) when a code is pushed: "Code 123456 for
 * you@example.com" with a Copy button. Each code once; only codes pushed in the last two minutes (a code seen
 * for the first time after a restart is old news).
 */
const NOTICE = 'skyvern-code:';
const FRESH_MS = 2 * 60_000;
const shown = new Set<string>();
const copyable = new Map<string, string>();

/** The codes among `codes` to announce now (and remembers them as announced). */
export function codesToAnnounce(codes: readonly PushedCode[], now: number): PushedCode[] {
  const fresh = codes.filter((c) => c.kind === 'code' && now - c.createdAt <= FRESH_MS && !shown.has(c.id));
  for (const c of codes) shown.add(c.id);
  return fresh;
}

export async function announcePushedCodes(codes: readonly PushedCode[], now = Date.now()): Promise<void> {
  const fresh = codesToAnnounce(codes, now);
  if (fresh.length === 0 || !(await skyvernNotifyItem.getValue())) return;
  for (const code of fresh.slice(0, 3)) {
    copyable.set(`${NOTICE}${code.id}`, code.value);
    await notify(`${NOTICE}${code.id}`, 'Skyvern code', `Code ${code.value} for ${code.identifier}`, [
      { title: 'Copy' },
    ]);
  }
}

export function registerPushNotice(): void {
  browser.notifications.onButtonClicked.addListener((id) => {
    const value = copyable.get(id);
    if (value === undefined) return;
    void copyFromBackground(value).then(() => browser.notifications.clear(id));
  });
  browser.notifications.onClosed.addListener((id) => void copyable.delete(id));
}
