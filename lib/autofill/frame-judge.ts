import { FRAME_CHECK } from './gate';
import { isVisibleFrame } from './visibility';

/**
 * The top page's word on its frames, for a subframe the browser will not vouch for (see `frame-seen.ts`):
 * the frame element is judged where it is drawn, as a field is (size, opacity, covered), and a transparent
 * frame is never seen. Only the top page judges (its direct frames): deeper frames rely on the browser.
 */

/** A page with more frames than this is not judged (an ad farm): its frames are not vouched for. */
const MAX_FRAMES = 50;

/** The origin a frame element was told to load (an empty, about:blank or srcdoc frame is the page's own). */
function loadsFrom(frame: Element): string | null {
  const src = frame.getAttribute('src')?.trim();
  if (frame.hasAttribute('srcdoc') || !src || src === 'about:blank') return location.origin;
  try {
    return new URL(src, document.baseURI).origin;
  } catch {
    return null;
  }
}

/**
 * Does this page show its frames from `origin`? Every one of them must be seen: the background cannot tell
 * which of two frames of one origin asked, so one hidden frame of that origin makes the answer no.
 */
export function showsFramesFrom(origin: string): boolean {
  if (window !== window.top) return false;
  const frames = document.querySelectorAll<HTMLElement>('iframe, frame');
  if (frames.length > MAX_FRAMES) return false;
  const from = Array.from(frames).filter((frame) => loadsFrom(frame) === origin);
  return from.length > 0 && from.every(isVisibleFrame);
}

/** In a direct subframe of the top page: wakes the page's detector, which then answers the background. */
export function wakeTopPage(): void {
  if (window.parent === window.top && window !== window.top) window.parent.postMessage(FRAME_CHECK, '*');
}
