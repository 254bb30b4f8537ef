import { sendMessage } from '@/lib/messaging/protocol';

/** The top page's detector may still be loading when a subframe first asks (it was woken just before). */
const TRIES = 6;
const GAP_MS = 150;

/**
 * Does the tab's top page show its frames from `origin` (see `lib/autofill/frame-judge.ts`)? Asked only for
 * a subframe in view that the browser will not vouch for; no answer means no.
 */
export async function pageShowsFrame(tabId: number, origin: string): Promise<boolean> {
  for (let i = 0; i < TRIES; i++) {
    const answer = await sendMessage('autofillJudgeFrames', { origin }, { tabId, frameId: 0 }).catch(() => null);
    if (answer) return answer.seen === true;
    await new Promise((resolve) => setTimeout(resolve, GAP_MS * (i + 1)));
  }
  return false;
}
