import { deliverCode } from '@/lib/fill-policy/deliver';

/**
 * Where every pushed code is handed to a page: the fill policy's one delivery path (one frame, never a
 * broadcast, the frame's origin checked again there), and only while the frame still shows the document
 * that waited. By itself (`pushed-auto`): only into a detected code field, refused while the policy has
 * stopped filling by itself on the tab; after the user's click on the chip's offer: `pushed-pick`.
 */
export function deliverPushedCode(
  target: { tabId: number; frameId: number; origin: string; doc: string },
  code: string,
  way: 'pushed-auto' | 'pushed-pick' = 'pushed-auto',
): Promise<boolean> {
  return deliverCode({ ...target, code, way });
}
