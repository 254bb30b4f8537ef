import { browser } from 'wxt/browser';
import { fillTabsItem } from '@/lib/storage/items';
import { emptyTab, type TabFills } from './policy';

/**
 * The fill policy's memory per tab (see `policy.ts`): frames that reported a code field, the one focused
 * last, recent automatic fills and refusals. In storage.session, so that a service worker stopped while
 * the user waits for an SMS still knows the frames when the shortcut comes; changed one at a time.
 */

/** Frames remembered per tab. */
const MAX_FRAMES = 16;

let chain: Promise<unknown> = Promise.resolve();

/** Reads a tab's record, applies `change`, stores the result (nothing is written when nothing changed). */
export function updateTab(tabId: number, change: (tab: TabFills) => TabFills): Promise<TabFills> {
  const next = chain.then(async () => {
    const all = await fillTabsItem.getValue();
    const before = all.find((t) => t.tabId === tabId) ?? emptyTab(tabId);
    const after = change(before);
    if (after !== before) await fillTabsItem.setValue([...all.filter((t) => t.tabId !== tabId), after]);
    return after;
  });
  chain = next.catch(() => undefined);
  return next;
}

export const readTab = (tabId: number): Promise<TabFills> => updateTab(tabId, (tab) => tab);

function dropTab(tabId: number): void {
  const next = chain.then(async () => {
    const all = await fillTabsItem.getValue();
    if (all.some((t) => t.tabId === tabId)) await fillTabsItem.setValue(all.filter((t) => t.tabId !== tabId));
  });
  chain = next.catch(() => undefined);
}

/** A frame reported a code field (or the user focused one): it is a place a code may go. */
export function frameSeen(tabId: number, frameId: number, origin: string, focused: boolean): Promise<TabFills> {
  const now = Date.now();
  return updateTab(tabId, (tab) => {
    const old = tab.frames.find((f) => f.frameId === frameId && f.origin === origin);
    const frame = { frameId, origin, seenAt: now, focusedAt: focused ? now : (old?.focusedAt ?? 0) };
    // A page that keeps adding frames does not grow the record: the MAX_FRAMES that reported last stay.
    const others = tab.frames.filter((f) => f.frameId !== frameId);
    return { ...tab, frames: [...others.slice(-(MAX_FRAMES - 1)), frame] };
  });
}

/** Another page in the tab forgets its frames (the refusals stay: a page reloading itself is no escape). */
export function registerFrameTracking(): void {
  browser.tabs.onRemoved.addListener((tabId) => dropTab(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void updateTab(tabId, (tab) => (tab.frames.length ? { ...tab, frames: [] } : tab));
  });
}
