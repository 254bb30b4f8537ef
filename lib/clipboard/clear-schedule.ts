import { browser } from 'wxt/browser';
import { pendingClipboardClearItem, settingsItem } from '@/lib/storage/items';
import { randomSalt } from './fingerprint';

/** What the schedule needs from the clipboard (the offscreen document in the extension, a fake in tests). */
export interface ClipboardDriver {
  /** sha256(salt + clipboard text), or null when the clipboard cannot be read. */
  fingerprint(salt: string): Promise<string | null>;
  /** Empties the clipboard only if it still gives `fingerprint`; true when it did. */
  clearIf(salt: string, fingerprint: string): Promise<boolean>;
}

export const CLEAR_ALARM = 'clipboard-clear';
/** A trigger this much before the due time belongs to an older schedule (alarms never fire early). */
const EARLY_SLACK_MS = 500;

let timer: ReturnType<typeof setTimeout> | undefined;
let queue: Promise<unknown> = Promise.resolve();
/** Runs one step at a time: the alarm and the timer may both fire for the same clear. */
const serial = <T>(task: () => Promise<T>): Promise<T> => {
  const next = queue.then(task);
  queue = next.catch(() => undefined);
  return next;
};

/**
 * A code was just copied: remember a salted fingerprint of the clipboard (not the code) and clear it
 * after `clipboardClearSeconds`, by alarm (survives the worker) and by timer (exact while it lives).
 */
export function scheduleClear(driver: ClipboardDriver, nowMs = Date.now()): Promise<{ clearsInSeconds: number }> {
  return serial(async () => {
    await cancelPending();
    const { clipboardClearSeconds: seconds } = await settingsItem.getValue();
    if (!(seconds > 0)) return { clearsInSeconds: 0 };
    const salt = randomSalt();
    const fingerprint = await driver.fingerprint(salt);
    if (fingerprint === null) return { clearsInSeconds: 0 };
    const dueAt = nowMs + seconds * 1000;
    await pendingClipboardClearItem.setValue({ salt, fingerprint, dueAt });
    await browser.alarms.create(CLEAR_ALARM, { when: dueAt });
    timer = setTimeout(() => void runDueClear(driver).catch(() => undefined), seconds * 1000);
    return { clearsInSeconds: seconds };
  });
}

/** Clears the clipboard if a clear is due and it still holds what we copied. */
export function runDueClear(driver: ClipboardDriver, nowMs = Date.now()): Promise<'cleared' | 'kept' | 'none'> {
  return serial(async () => {
    const pending = await pendingClipboardClearItem.getValue();
    if (!pending || pending.dueAt - EARLY_SLACK_MS > nowMs) return 'none';
    await cancelPending();
    return (await driver.clearIf(pending.salt, pending.fingerprint)) ? 'cleared' : 'kept';
  });
}

async function cancelPending(): Promise<void> {
  if (timer) clearTimeout(timer);
  timer = undefined;
  await pendingClipboardClearItem.removeValue();
  await browser.alarms.clear(CLEAR_ALARM);
}
