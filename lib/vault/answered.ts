import type { OnceWrite } from '@/lib/messaging/page-send';
import { answeredRequestsItem } from '@/lib/storage/items';
import { open, seal } from './cipher';
import { fromUtf8, utf8 } from './encoding';
import { createMutex } from './mutex';
import { vault } from './service';

/** How long an answer is kept for a retry, and how many at most. */
export const KEEP_MS = 2 * 60_000;
const MAX_KEPT = 50;

type Entry = Awaited<ReturnType<typeof answeredRequestsItem.getValue>>[number];

const runLocked = createMutex();
const running = new Map<string, Promise<unknown>>();

/** A request id as pages make them (`lib/messaging/page-send.ts`), or null for anything else. */
function requestIdOf(data: unknown): string | null {
  const id = (data as { requestId?: unknown } | undefined)?.requestId;
  return typeof id === 'string' && /^[\w-]{8,64}$/.test(id) ? id : null;
}

function update(apply: (all: Entry[], now: number) => Entry[]): Promise<void> {
  return runLocked(async () => {
    const now = Date.now();
    const kept = (await answeredRequestsItem.getValue()).filter((e) => now - e.at < KEEP_MS);
    await answeredRequestsItem.setValue(apply(kept, now).slice(-MAX_KEPT));
  });
}

const aad = (type: string, id: string) => utf8(`otpilot-answer|${type}|${id}`);

/**
 * Runs a write a page asked for at most once per request id (`data.requestId`): a replay gets the first answer,
 * sealed meanwhile with the vault key in storage.session. A replay of a request whose worker stopped before it
 * answered runs again with `unfinished` set, so that the task can recognise its own earlier work.
 */
export async function once<T>(type: OnceWrite, data: unknown, task: (unfinished: boolean) => Promise<T>): Promise<T> {
  const id = requestIdOf(data);
  if (!id) return task(false);
  const key = `${type}|${id}`;
  const inFlight = running.get(key);
  if (inFlight) return inFlight as Promise<T>;
  const run = (async () => {
    const entry = (await answeredRequestsItem.getValue()).find((e) => e.id === id && e.type === type);
    if (entry?.sealed) {
      const master = await vault.masterKey().catch(() => null);
      const opened = master && (await open(master.key, entry.sealed, aad(type, id)).catch(() => null));
      if (opened) return JSON.parse(fromUtf8(opened)) as T;
    }
    if (!entry) await update((all, now) => [...all, { id, type, at: now, sealed: null }]);
    const answer = await task(entry !== undefined);
    const master = await vault.masterKey().catch(() => null);
    if (master) {
      const sealed = await seal(master.key, utf8(JSON.stringify(answer)), aad(type, id));
      await update((all, now) => [
        ...all.filter((e) => !(e.id === id && e.type === type)),
        { id, type, at: now, sealed },
      ]);
    }
    return answer;
  })();
  running.set(key, run);
  try {
    return await run;
  } finally {
    running.delete(key);
  }
}
