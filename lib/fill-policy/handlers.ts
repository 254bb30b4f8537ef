import { browser } from 'wxt/browser';
import { handle } from '@/lib/messaging/handle';
import { frameSender, type Sender } from '@/lib/messaging/sender';
import { originOf } from '@/lib/sites/match';
import { settingsItem } from '@/lib/storage/items';
import { codeSlot } from '@/lib/otp/window';
import { getUnlockedAccounts, getVaultState } from '@/lib/vault/service';
import { accountLabel } from '@/lib/otp/label';
import { codeForFill } from './code';
import { deliverCode } from './deliver';
import { pageShowsFrame } from './frame-check';
import { frameSeen, readTab, updateTab } from './frames';
import { openPopup } from './open-popup';
import {
  codeRequest,
  offerFor,
  popupTarget,
  withAutoFill,
  withAutoRequest,
  withRejection,
  withUserAction,
  type FrameContext,
} from './policy';

type FrameSender = FrameContext & { tabId: number; frameId: number };

/**
 * A content script's frame as the browser describes it: its own origin (`sender.origin`, else the frame's
 * URL; never the tab's), its tab's top origin, and whether it is the top frame. `handle` let in only such senders,
 * and only payloads of the protocol's shape: a page cannot choose what the background believes about it.
 */
function frameOf(sender: Sender): FrameSender {
  const frame = frameSender(sender)!;
  const { tabId, frameId, origin, topOrigin } = frame;
  return { tabId, frameId, frameOrigin: origin, topOrigin, isTop: frameId === 0 };
}

/** The background's side of autofill: what a frame may offer, its codes, and fills the user asks for. */
export function registerAutofillHandlers(): void {
  handle('autofillQuery', async ({ sender }) => {
    const frame = frameOf(sender);
    const [state, accounts, settings, tab] = await Promise.all([
      getVaultState(),
      getUnlockedAccounts(),
      settingsItem.getValue(),
      frameSeen(frame.tabId, frame.frameId, frame.frameOrigin!, false),
    ]);
    const offer = offerFor(frame, accounts ?? [], settings.autoFill, tab);
    return {
      locked: state === 'locked',
      empty: state === 'empty' || (state === 'unlocked' && !accounts),
      autoFill: offer.autoFill,
      matches: offer.matches.map((a) => ({ id: a.id, label: accountLabel(a.issuer, a.accountName) })),
      // Other accounts' names stay out of web pages: "Choose account..." opens the popup instead.
      others: [],
      ...(offer.thirdParty && { thirdParty: offer.thirdParty }),
      ...(offer.notice && { notice: offer.notice }),
    };
  });

  handle('autofillCode', async ({ data, sender }) => {
    const frame = frameOf(sender);
    const pick = data.pick === true;
    const [accounts, settings] = await Promise.all([getUnlockedAccounts(), settingsItem.getValue()]);
    if (!accounts) return { ok: false, error: 'OTPilot is locked.' };
    const account = accounts.find((a) => a.id === data.accountId);
    if (!account) return { ok: false, error: 'This account does not belong to this site.' };
    const now = Date.now();
    const slot = codeSlot(account, now);
    const tab = await updateTab(frame.tabId, (t) => (pick ? withUserAction(t) : withAutoRequest(t, now)));
    const verdict = codeRequest(frame, account, accounts, { pick, autoFillOn: settings.autoFill, slot }, tab);
    if (!verdict.ok) return verdict;
    if (!pick)
      await updateTab(frame.tabId, (t) =>
        withAutoFill(t, { frameId: frame.frameId, accountId: account.id, slot, at: now }),
      );
    return { ok: true, code: await codeForFill(account) };
  });

  handle('autofillFrameCheck', async ({ sender }) => {
    const frame = frameOf(sender);
    return { seen: frame.isTop || (await pageShowsFrame(frame.tabId, frame.frameOrigin!)) };
  });

  handle('autofillFocus', async ({ sender }) => {
    const frame = frameOf(sender);
    await frameSeen(frame.tabId, frame.frameId, frame.frameOrigin!, true);
    return { ok: true };
  });

  handle('autofillRejected', async ({ sender }) => {
    const frame = frameOf(sender);
    await updateTab(frame.tabId, (t) => withRejection(t, frame.frameId, Date.now()));
    return { ok: true };
  });

  handle('autofillOpenPopup', async ({ sender }) => {
    await openPopup(frameSender(sender)!.windowId);
    return { ok: true };
  });

  handle('autofillActiveTab', async ({ data }) => {
    if (typeof data?.accountId !== 'string') return { ok: false, error: 'No account given.' };
    const accounts = await getUnlockedAccounts();
    const account = accounts?.find((a) => a.id === data.accountId);
    if (!account) return { ok: false, error: 'OTPilot is locked or the account is gone.' };
    const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    if (active?.id === undefined || (active.url !== undefined && originOf(active.url) === null)) {
      return { ok: false, error: 'The active tab is not a web page.' };
    }
    const target = popupTarget(account, await readTab(active.id), originOf(active.url));
    if (target.kind === 'none') return { ok: false, error: 'No verification code field found on this page.' };
    if (target.kind === 'confirm' && data.confirmed?.origin !== target.origin) {
      const { host, origin, website } = target;
      const error = `${host} is not a website of ${accountLabel(account.issuer, account.accountName)}.`;
      return {
        ok: false,
        error,
        confirm: { host, origin, website, account: accountLabel(account.issuer, account.accountName) },
      };
    }
    const code = await codeForFill(account);
    const filled = await deliverCode({
      tabId: active.id,
      frameId: target.frameId,
      origin: target.origin,
      code,
      way: 'popup',
    });
    return filled ? { ok: true } : { ok: false, error: 'No verification code field found on this page.' };
  });
}
