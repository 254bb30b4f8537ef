import { elementScroll, type Virtualizer } from '@tanstack/react-virtual';

/**
 * Two virtualiser hooks that keep the list's first render free of forced layouts. By default the
 * library reads the list's size and writes its scroll position (0 to 0) while the list mounts; each
 * forces a style and layout pass in the middle of React's commit, before the codes are on screen.
 */
type ListVirtualizer = Virtualizer<HTMLDivElement, Element>;

/** The list's size from a ResizeObserver only (it reports after the browser's own layout); `initialRect` until then. */
export function observeRectLazily(
  instance: ListVirtualizer,
  report: (rect: { width: number; height: number }) => void,
): (() => void) | undefined {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return undefined;
  const observer = new ResizeObserver(() => report({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/** The library's scrolling, minus the mount-time write of offset 0 to a list that has never scrolled. */
export function scrollWithoutMountWrite(): (
  offset: number,
  options: { adjustments?: number; behavior?: ScrollBehavior },
  instance: ListVirtualizer,
) => void {
  let first = true;
  return (offset, options, instance) => {
    const mountWrite = first && offset === 0 && !options.adjustments;
    first = false;
    if (!mountWrite) elementScroll(offset, options, instance);
  };
}
