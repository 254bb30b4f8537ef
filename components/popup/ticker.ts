import { useSyncExternalStore } from 'react';
import { clockNow } from '@/lib/clock/now';
import { secondsLeft, windowIndex } from '@/lib/otp/window';
import { NEXT_CODE_SECONDS } from './countdown-thresholds';

/**
 * One clock for the whole popup (this computer's, corrected by the offset measured against Skyvern's, `clockNow`). A single timer, aligned to the next whole second, notifies
 * subscribers; each component selects only what it needs (its window index, its seconds left),
 * so React re-renders a row's code only when that row's window changes.
 */
const listeners = new Set<() => void>();
let now = clockNow();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
  now = clockNow();
  for (const l of listeners) l();
  schedule();
}

function schedule() {
  timer = setTimeout(tick, 1000 - (clockNow() % 1000) + 5);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!timer) {
    now = clockNow();
    schedule();
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearTimeout(timer);
      timer = undefined;
    }
  };
}

/** The current time, for code that is not React (copy, fill). */
export function nowMs(): number {
  return timer ? now : clockNow();
}

/** The index of the current `period`-second window; changes once per window. */
export function useWindowIndex(period: number): number {
  return useSyncExternalStore(subscribe, () => windowIndex(period, nowMs()));
}

/** Whole seconds left in the current window; changes once a second. */
export function useSecondsLeft(period: number): number {
  return useSyncExternalStore(subscribe, () => secondsLeft(period, nowMs()));
}

/** True while `threshold` seconds or fewer are left in the window; changes twice per window. */
export function useNearWindowEnd(period: number, threshold = NEXT_CODE_SECONDS): boolean {
  return useSyncExternalStore(subscribe, () => secondsLeft(period, nowMs()) <= threshold);
}
