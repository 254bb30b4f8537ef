import { browser } from 'wxt/browser';
import { matchingAccounts } from '@/lib/sites/match';
import { handle } from '@/lib/messaging/handle';
import type { Sender } from '@/lib/messaging/sender';
import { skyvernKeySavedItem, skyvernSettingsItem, skyvernTiesItem, skyvernTypedItem } from '@/lib/storage/items';
import { getUnlockedAccounts, getVaultState } from '@/lib/vault/service';
import { deliverPushedCode } from './deliver';
import { fillableCode } from './recent';
import { listedCode, listedIdentifiers } from './service';
import { linkFitsSite, MAX_TYPED, originOf, siteHasIdentifier, typedIdentifier, withTie } from './ties';
import { pollSoon, wakeWaitLoop } from './wait-loop';
import { filledLately, finishWaits, markUsed, mutateWaits, noteFilled, usedIds, waitOf } from './wait-store';
import { admitWait, WAIT_MS, waitKey, type SyncWait } from './waits';

/**
 * What content scripts may tell the background about pushed codes. Each message is about the frame that
 * sent it, and only a frame of its tab's own site (the top frame's origin) counts: a third-party frame
 * can neither wait for a code, nor report a typed identifier, nor pick an offer.
 */

/** The sender's frame when it is of its tab's own site (`handle` let in only content scripts of web page tabs). */
function ownSiteFrame(sender: Sender) {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  const origin = originOf(sender.origin ?? sender.url);
  const top = originOf(sender.tab?.url) ?? (frameId === 0 ? origin : null);
  if (tabId === undefined || frameId === undefined || !origin || origin !== top) return null;
  return { tabId, frameId, origin, hosts: [origin] };
}

const failed = (error: string) => ({ ok: false as const, error });

/** The code or link `data.id`, when it was offered to this very document and is not used yet. */
async function offeredHere(sender: Sender, data: { url: string; doc: string; id: string }) {
  const frame = ownSiteFrame(sender);
  const wait = frame ? await waitOf(frame.tabId, frame.frameId) : undefined;
  if (!wait || wait.doc !== data.doc || !wait.offered.includes(data.id)) return null;
  const code = listedCode(data.id);
  if (!code || (await usedIds()).has(code.id)) return null;
  return { wait, code };
}

async function endWait(wait: SyncWait, codeId: string): Promise<void> {
  noteFilled(wait);
  await markUsed(codeId);
  await finishWaits(new Set([waitKey(wait)]));
}

export function registerSyncPageHandlers(): void {
  handle('syncWaiting', async ({ sender, data }) => {
    const frame = ownSiteFrame(sender);
    const doc = data.doc;
    if (!frame || !data.visible) return { waiting: false };
    if (!(await skyvernKeySavedItem.getValue())) return { waiting: false };
    const now = Date.now();
    if (filledLately({ ...frame, doc }, now)) return { waiting: false };
    if ((await getVaultState()) !== 'unlocked') {
      // Locked: only a site the user tied to an identifier (or just typed one on) may wait to be filled.
      const [ties, typed] = await Promise.all([skyvernTiesItem.getValue(), skyvernTypedItem.getValue()]);
      if (!siteHasIdentifier(frame.origin, ties, typed, now)) return { waiting: false };
    } else {
      const accounts = await getUnlockedAccounts();
      if (accounts && matchingAccounts(accounts, frame.origin).length > 0) return { waiting: false };
    }
    const wait: SyncWait = {
      ...frame,
      doc,
      startedAt: now,
      deadline: now + WAIT_MS,
      baseline: null,
      polled: false,
      offered: [],
    };
    let admitted = false;
    await mutateWaits((all) => {
      const next = admitWait(all, wait);
      admitted = next !== null;
      return next ?? all;
    });
    if (admitted) pollSoon();
    return { waiting: admitted };
  });

  handle('syncTyped', async ({ sender, data }) => {
    const frame = ownSiteFrame(sender);
    if (!frame) return { ok: true as const };
    const { identifiers } = await skyvernSettingsItem.getValue();
    const identifier = typedIdentifier(data.value, [...identifiers, ...listedIdentifiers()]);
    if (!identifier) return { ok: true as const };
    const typed = await skyvernTypedItem.getValue();
    await skyvernTypedItem.setValue(withTie(typed, { identifier, origin: frame.origin, at: Date.now() }, MAX_TYPED));
    wakeWaitLoop();
    return { ok: true as const };
  });

  handle('syncPickPushed', async ({ sender, data }) => {
    const offer = await offeredHere(sender, data);
    const fill = offer?.code.kind === 'code' ? fillableCode(offer.code.value) : null;
    if (!offer || !fill) return failed('This code is gone or was not offered here.');
    const { wait, code } = offer;
    // One click ties the identifier to this site: its next codes fill here by themselves.
    const ties = await skyvernTiesItem.getValue();
    await skyvernTiesItem.setValue(withTie(ties, { identifier: code.identifier, origin: wait.origin, at: Date.now() }));
    if (!(await deliverPushedCode(wait, fill, 'pushed-pick'))) return failed('No visible code field to fill.');
    await endWait(wait, code.id);
    return { ok: true as const };
  });

  handle('syncOpenLink', async ({ sender, data }) => {
    const offer = await offeredHere(sender, data);
    if (!offer || offer.code.kind !== 'magic_link' || !linkFitsSite(offer.code.value, offer.wait.origin)) {
      return failed('This link is gone or was not offered here.');
    }
    await endWait(offer.wait, offer.code.id);
    await browser.tabs.update(offer.wait.tabId, { url: offer.code.value });
    return { ok: true as const };
  });
}
