import { sendMessage } from '@/lib/messaging/protocol';

/**
 * Where every pushed code is handed to a page: exactly one frame, never a broadcast to the tab, and only
 * into that frame's detected (visible) code field, never over what the user typed, and only while the frame
 * still shows the document that waited.
 * TODO(fill-policy): switch to the fill policy's delivery function once it is on main.
 */
export async function deliverPushedCode(
  target: { tabId: number; frameId: number; doc: string },
  code: string,
): Promise<boolean> {
  try {
    const answer = await sendMessage(
      'autofillFill',
      { code, onlyDetected: true, doc: target.doc },
      { tabId: target.tabId, frameId: target.frameId },
    );
    return answer?.filled === true;
  } catch {
    return false;
  }
}
