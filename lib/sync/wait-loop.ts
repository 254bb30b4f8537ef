import { browser, type Browser } from 'wxt/browser';
import { deliverCode } from '@/lib/fill-policy/deliver';
import { matchingAccounts, originOf } from '@/lib/sites/match';
import { skyvernKeySavedItem, skyvernWaitsItem } from '@/lib/storage/items';
import { getUnlockedAccounts } from '@/lib/vault/service';
import { SkyvernError } from './errors';
import { fetchRecentCodes, savedConnection } from './service';
import { assignCodes, POLL_MS, WAIT_MS, waitKey, withBaseline, type SyncWait } from './waits';

/**
 * Fills pages that wait for a pushed code. A frame whose code field no vault account fills is remembered
 * (`noteWaitingFrame`); while any frame waits, the background polls Skyvern every POLL_MS, for up to
 * 15 minutes, and fills a code created after the wait began into that frame through the usual fill path
 * (which never overwrites what the user typed). The wait ends with the fill, the tab's next page load,
 * the tab's closing, or the deadline. An alarm wakes a stopped service worker to carry on.
 */

const ALARM = 'otpilot-skyvern-wait';
/** While the key is refused or the vault is locked, ask less often. */
const REFUSED_POLL_MS = 30_000;
let timer: ReturnType<typeof setTimeout> | undefined;
let polling = false;
/** Codes already filled somewhere (one code, one page). */
const used = new Set<string>();
/** Frames just filled: the fill itself focuses the field, and the page asks again; that is no new wait. */
const justFilled = new Map<string, number>();
const REFILL_QUIET_MS = 30_000;

let chain: Promise<unknown> = Promise.resolve();
/** Read-modify-write of the waits, one at a time. */
function mutate(change: (waits: SyncWait[]) => SyncWait[]): Promise<SyncWait[]> {
  const next = chain.then(async () => {
    const before = await skyvernWaitsItem.getValue();
    const waits = change(before);
    // Most calls change nothing (every navigation and closed tab in the browser asks): no write then.
    if (waits.length === before.length && waits.every((w, i) => w === before[i])) return waits;
    await skyvernWaitsItem.setValue(waits);
    if (waits.length === 0) await browser.alarms.clear(ALARM);
    return waits;
  });
  chain = next.catch(() => undefined);
  return next;
}

/** Called when a frame with a code field asked what it may fill (autofillQuery). */
export async function noteWaitingFrame(sender: Browser.runtime.MessageSender, vaultMatched: boolean): Promise<void> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (vaultMatched || tabId === undefined || frameId === undefined) return;
  if (!(await skyvernKeySavedItem.getValue())) return;
  // The frame's own origin first (the one a code is delivered to), then its tab's.
  const own = originOf(sender.origin ?? sender.url);
  if (!own) return;
  const hosts = [own, originOf(sender.tab?.url)].filter((h): h is string => !!h);
  const now = Date.now();
  const key = waitKey({ tabId, frameId });
  if (now - (justFilled.get(key) ?? -Infinity) < REFILL_QUIET_MS) return;
  await mutate((waits) =>
    waits.some((w) => waitKey(w) === key)
      ? waits
      : [...waits, { tabId, frameId, startedAt: now, deadline: now + WAIT_MS, hosts, baseline: null, polled: false }],
  );
  void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  schedule(0);
}

function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void poll(), delay);
}

async function poll(): Promise<void> {
  if (polling) return;
  polling = true;
  try {
    const now = Date.now();
    const waits = (await skyvernWaitsItem.getValue()).filter((w) => w.deadline > now);
    if (waits.length === 0) {
      await mutate((all) => all.filter((w) => w.deadline > now));
      await browser.alarms.clear(ALARM); // also when nothing was left to remove (an alarm that outlived its waits)
      return;
    }
    const connection = await savedConnection();
    let delay = connection ? POLL_MS : REFUSED_POLL_MS;
    const updated = new Map<string, SyncWait>();
    const done = new Set<string>();
    if (connection) {
      try {
        const codes = await fetchRecentCodes(connection, now);
        for (const w of waits) updated.set(waitKey(w), withBaseline(w, codes, now));
        const accounts = await getUnlockedAccounts();
        for (const { wait, code, fill } of assignCodes([...updated.values()], codes, used)) {
          done.add(waitKey(wait));
          // A vault account for this site (the vault was locked when the frame asked) still wins.
          if (accounts && wait.hosts.some((origin) => matchingAccounts(accounts, origin).length > 0)) continue;
          used.add(code.id);
          justFilled.set(waitKey(wait), Date.now());
          void fillFrame(wait, fill);
        }
      } catch (error) {
        // Overloaded or unreachable: the next tick tries again. Refused (bad key, no permission): slower,
        // until the user fixes it in the options (the popup shows the reason).
        delay = error instanceof SkyvernError && !error.retry ? REFUSED_POLL_MS : POLL_MS;
      }
    }
    // A wait whose first poll could not list the codes (locked, refused, unreachable) has no baseline:
    // a code pushed meanwhile must not be taken for an old one. Its creation time alone decides.
    for (const w of waits) if (!w.polled && !updated.has(waitKey(w))) updated.set(waitKey(w), { ...w, polled: true });
    const left = await mutate((all) =>
      all.filter((w) => w.deadline > now && !done.has(waitKey(w))).map((w) => updated.get(waitKey(w)) ?? w),
    );
    if (left.length > 0) schedule(delay);
  } finally {
    polling = false;
  }
}

/** Through the fill policy's one delivery path: that one frame, if it still shows the origin it waited at. */
function fillFrame(wait: SyncWait, code: string): Promise<boolean> {
  const origin = wait.hosts[0] ?? '';
  return deliverCode({ tabId: wait.tabId, frameId: wait.frameId, origin, code, way: 'pushed-auto' });
}

/** Something changed (the vault unlocked, a key was saved): poll now if a frame waits. */
export function wakeWaitLoop(): void {
  void skyvernWaitsItem.getValue().then((waits) => waits.length > 0 && schedule(0));
}

/** Wires the tab and alarm events; picks up waits a stopped worker left behind. */
export function registerWaitLoop(): void {
  browser.tabs.onRemoved.addListener((tabId) => void mutate((all) => all.filter((w) => w.tabId !== tabId)));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    // Another page in the tab: its frames ask again if they have a code field. (A reload keeps the wait.)
    if (change.status === 'loading' && change.url !== undefined)
      void mutate((all) => all.filter((w) => w.tabId !== tabId));
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) schedule(0);
  });
  wakeWaitLoop();
}
