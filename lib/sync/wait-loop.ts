import { browser } from 'wxt/browser';
import { sendMessage } from '@/lib/messaging/protocol';
import { skyvernTiesItem, skyvernTypedItem, skyvernWaitsItem } from '@/lib/storage/items';
import { matchingAccounts } from '@/lib/sites/match';
import { getUnlockedAccounts } from '@/lib/vault/service';
import { countNewCodes } from './badge';
import { IDLE_POLL_MS, pollDelay } from './cadence';
import { deliverPushedCode } from './deliver';
import { chipOffers } from './offer-labels';
import { fetchRecentCodes, pollHealth, savedConnection } from './service';
import { mayFillItself } from './ties';
import { finishWaits, markUsed, mutateWaits, noteFilled, usedIds } from './wait-store';
import { planWaits, waitKey, withBaseline, type SyncWait } from './waits';

const docKey = (w: SyncWait) => `${waitKey(w)}|${w.doc}`;

/**
 * Polls Skyvern for the pages that wait for a pushed code (see `page-handlers.ts` for how a wait starts):
 * about every second while a wait is young, slower later, backing off on errors (`cadence.ts`). A code
 * fills by itself only a site tied to its identifier (`ties.ts`); every other waiting page gets the offer
 * in its chip. With no page waiting, an alarm polls once a minute to keep the toolbar badge true. An alarm
 * also wakes a stopped service worker, which picks the waits up from storage.session.
 */

const ALARM = 'otpilot-skyvern-poll';
let timer: ReturnType<typeof setTimeout> | undefined;
let polling = false;
/** A poll asked for while one ran (the vault unlocked meanwhile): run again right after. */
let again = false;
let lastPollAt = 0;

/** Waits whose first poll could not list the codes get no baseline: their creation time alone decides. */
const markPolled = (all: SyncWait[]) => all.map((w) => (w.polled ? w : { ...w, polled: true }));

function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(() => void poll(), delay);
}

/** Starts polling now for a new wait (and keeps an alarm to come back after a worker restart). */
export function pollSoon(): void {
  void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  schedule(0);
}

async function poll(): Promise<void> {
  if (polling) {
    again = true;
    return;
  }
  polling = true;
  again = false;
  try {
    const now = Date.now();
    const waits = (await skyvernWaitsItem.getValue()).filter((w) => w.deadline > now);
    const connection = await savedConnection();
    // Locked or no key: nothing can be asked; unlocking wakes the loop (wakeWaitLoop).
    if (!connection) {
      if (waits.some((w) => !w.polled))
        await mutateWaits((all) => all.map((w) => (w.polled ? w : { ...w, polled: true })));
      return;
    }
    lastPollAt = now;
    // A new wait's first list is its baseline: it must be asked for after the wait began (not reused).
    const firstPolls = waits.filter((w) => !w.polled).map((w) => w.startedAt);
    const askedSince = firstPolls.length > 0 ? Math.max(...firstPolls) : 0;
    const codes = await fetchRecentCodes(connection, now, askedSince).catch(() => null);
    if (codes) {
      void countNewCodes(codes);
      await handleWaits(waits, codes, now);
    } else if (waits.some((w) => !w.polled)) {
      await mutateWaits(markPolled);
    }
    const left = await finishWaits(new Set(), now);
    if (left.length === 0) return;
    const health = pollHealth();
    const youngest = Math.min(...left.map((w) => Date.now() - w.startedAt));
    schedule(pollDelay({ youngestWaitMs: youngest, failures: health.failures, retryAfterMs: health.waitMs }));
  } finally {
    polling = false;
    if (again) schedule(0);
  }
}

async function handleWaits(waits: SyncWait[], codes: Parameters<typeof planWaits>[1], now: number): Promise<void> {
  if (waits.length === 0) return;
  const [ties, typed, accounts, used] = await Promise.all([
    skyvernTiesItem.getValue(),
    skyvernTypedItem.getValue(),
    getUnlockedAccounts(),
    usedIds(),
  ]);
  const polled = waits.map((w) => withBaseline(w, codes, now));
  const plan = planWaits(polled, codes, used, (identifier, origin) =>
    mayFillItself(identifier, origin, ties, typed, now),
  );
  const done = new Set<string>();
  for (const { wait, code, fill } of plan.fills) {
    // A vault account for this site (the vault was locked when the frame asked) still wins.
    if (accounts && matchingAccounts(accounts, wait.origin).length > 0) continue;
    if (await deliverPushedCode(wait, fill)) {
      noteFilled(wait);
      await markUsed(code.id);
      done.add(docKey(wait));
    }
  }
  const offered = new Map<string, string[]>();
  for (const { wait, codes: offerCodes, links } of plan.offers) {
    const ids = [...offerCodes, ...links].map((c) => c.id);
    if (ids.every((id) => wait.offered.includes(id))) continue;
    const shown = await sendMessage('syncOffer', { doc: wait.doc, ...chipOffers(offerCodes, links, now) }, wait).catch(
      () => null,
    );
    // No answer, or another document in the frame: that page is gone.
    if (!shown?.shown) done.add(docKey(wait));
    else offered.set(waitKey(wait), [...new Set([...wait.offered, ...ids])]);
  }
  const updated = new Map(polled.map((w) => [waitKey(w), { ...w, offered: offered.get(waitKey(w)) ?? w.offered }]));
  await mutateWaits((all) =>
    all
      .filter((w) => !done.has(docKey(w)))
      .map((w) => {
        const next = updated.get(waitKey(w));
        return next && next.doc === w.doc ? next : w;
      }),
  );
}

/** Something changed (the vault unlocked, a key was saved, an identifier typed): poll now. */
export function wakeWaitLoop(): void {
  void skyvernWaitsItem.getValue().then((waits) => (waits.length > 0 ? pollSoon() : schedule(0)));
}

/** Wires the tab and alarm events; picks up waits a stopped worker left behind. */
export function registerWaitLoop(): void {
  browser.tabs.onRemoved.addListener((tabId) => void mutateWaits((all) => all.filter((w) => w.tabId !== tabId)));
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== ALARM) return;
    void skyvernWaitsItem.getValue().then((waits) => {
      // No page waits: once a minute is enough for the badge.
      if (waits.length > 0 || Date.now() - lastPollAt >= IDLE_POLL_MS - 1_000) schedule(0);
    });
  });
  void browser.alarms.create(ALARM, { periodInMinutes: 0.5 });
  wakeWaitLoop();
}
