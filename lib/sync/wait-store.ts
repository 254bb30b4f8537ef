import { skyvernUsedItem, skyvernWaitsItem } from '@/lib/storage/items';
import { waitKey, type SyncWait } from './waits';

/** The waits and the used code ids in storage.session: read-modify-write one at a time. */

let chain: Promise<unknown> = Promise.resolve();
const MAX_USED = 500;

/** Changes the stored waits (no write when nothing changed: most calls change nothing). */
export function mutateWaits(change: (waits: SyncWait[]) => SyncWait[]): Promise<SyncWait[]> {
  const next = chain.then(async () => {
    const before = await skyvernWaitsItem.getValue();
    const waits = change(before);
    if (waits.length === before.length && waits.every((w, i) => w === before[i])) return waits;
    await skyvernWaitsItem.setValue(waits);
    return waits;
  });
  chain = next.catch(() => undefined);
  return next;
}

/** Drops the waits in `done` and those past their deadline; answers the rest. */
export function finishWaits(done: ReadonlySet<string>, now = Date.now()): Promise<SyncWait[]> {
  return mutateWaits((all) => all.filter((w) => w.deadline > now && !done.has(waitKey(w))));
}

/** The wait of a frame (or of a tab's newest waiting frame). */
export async function waitOf(tabId: number, frameId?: number): Promise<SyncWait | undefined> {
  const waits = (await skyvernWaitsItem.getValue()).filter((w) => w.tabId === tabId);
  return frameId === undefined ? waits.at(-1) : waits.find((w) => w.frameId === frameId);
}

/** Frames just filled: the fill itself focuses the field and the page asks again; that is no new wait. */
const justFilled = new Map<string, number>();
const REFILL_QUIET_MS = 30_000;
const frameDoc = (w: Pick<SyncWait, 'tabId' | 'frameId' | 'doc'>) => `${waitKey(w)}|${w.doc}`;

export function noteFilled(wait: SyncWait, now = Date.now()): void {
  for (const [key, at] of justFilled) if (now - at > REFILL_QUIET_MS) justFilled.delete(key);
  justFilled.set(frameDoc(wait), now);
}

export function filledLately(wait: Pick<SyncWait, 'tabId' | 'frameId' | 'doc'>, now = Date.now()): boolean {
  return now - (justFilled.get(frameDoc(wait)) ?? -Infinity) < REFILL_QUIET_MS;
}

/** Code ids already filled or opened: a row fills once, also after a service-worker restart. */
export async function usedIds(): Promise<Set<string>> {
  return new Set(await skyvernUsedItem.getValue());
}

export function markUsed(id: string): Promise<void> {
  const next = chain.then(async () => {
    const used = await skyvernUsedItem.getValue();
    if (!used.includes(id)) await skyvernUsedItem.setValue([id, ...used].slice(0, MAX_USED));
  });
  chain = next.catch(() => undefined);
  return next;
}
