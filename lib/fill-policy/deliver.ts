import { sendMessage } from '@/lib/messaging/protocol';
import { updateTab } from './frames';
import { isPaused, userWays, withAutoFill, withUserAction, type FillWay } from './policy';

/**
 * The one path by which the background sends a code into a page: to ONE frame (`frameId`, never the
 * whole tab), with the origin the policy chose that frame for (the content script refuses the code if
 * its frame shows another origin by then). For Skyvern's pushed codes (`lib/sync`), call it with
 * `way: 'pushed-auto'` (a code arriving unasked: refused while OTPilot stopped filling by itself on the
 * tab, and only into a detected code field) or `'pushed-pick'` (the user's click).
 *
 *     await deliverCode({ tabId, frameId, origin, code, way: 'pushed-auto' });
 *
 * The chip's and the automatic fills are answers to the frame's own `autofillCode` (see handlers.ts).
 */
export async function deliverCode(target: {
  tabId: number;
  frameId: number;
  origin: string;
  code: string;
  way: FillWay;
  /** A pushed code for a waiting page: only while the frame still shows that document (see `syncWaiting`). */
  doc?: string;
  /** For the loop rule: which account and window (automatic ways only). */
  accountId?: string;
  slot?: number;
}): Promise<boolean> {
  const { tabId, frameId, origin, code, way } = target;
  const automatic = !userWays.has(way);
  const tab = await updateTab(tabId, (t) => (automatic ? t : withUserAction(t)));
  if (automatic && isPaused(tab)) return false;
  let filled = false;
  try {
    const data = { code, origin, onlyDetected: automatic, ...(target.doc ? { doc: target.doc } : {}) };
    const answer = await sendMessage('autofillFill', data, { tabId, frameId });
    filled = answer?.filled === true;
  } catch {
    filled = false;
  }
  if (filled && automatic) {
    const fill = { frameId, accountId: target.accountId ?? way, slot: target.slot ?? Date.now(), at: Date.now() };
    await updateTab(tabId, (t) => withAutoFill(t, fill));
  }
  return filled;
}
