import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { pendingClipboardClearItem, settingsItem, DEFAULT_SETTINGS } from '@/lib/storage/items';
import { CLEAR_ALARM, runDueClear, scheduleClear, type ClipboardDriver } from './clear-schedule';
import { createHash } from 'node:crypto';

const CODE = '492039';
const T0 = Date.UTC(2026, 0, 1);

/** Salted SHA-256, synchronous so that fake timers alone drive the schedule. */
const fingerprint = (salt: string, text: string) => createHash('sha256').update(`${salt}\u0000${text}`).digest('hex');

/** A clipboard in memory, reached the way the offscreen document reaches the real one. */
function fakeClipboard(initial: string) {
  const clip = { text: initial, checks: 0, clears: 0 };
  const driver: ClipboardDriver = {
    fingerprint: async (salt) => fingerprint(salt, clip.text),
    async clearIf(salt, expected) {
      clip.checks++;
      if (fingerprint(salt, clip.text) !== expected) return false;
      clip.text = '';
      clip.clears++;
      return true;
    },
  };
  return { clip, driver };
}

const setClearSeconds = (clipboardClearSeconds: number) =>
  settingsItem.setValue({ ...DEFAULT_SETTINGS, clipboardClearSeconds });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: T0 });
  await setClearSeconds(30);
});
afterEach(() => {
  vi.clearAllTimers();
  vi.useRealTimers();
});

describe('scheduleClear', () => {
  it('sets an alarm for the due time and its timer clears the copied code', async () => {
    const { clip, driver } = fakeClipboard(CODE);
    expect(await scheduleClear(driver)).toEqual({ clearsInSeconds: 30 });
    expect((await browser.alarms.get(CLEAR_ALARM))?.scheduledTime).toBe(T0 + 30_000);

    await vi.advanceTimersByTimeAsync(29_000);
    expect(clip.text).toBe(CODE);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(clip.text).toBe('');
    expect(await pendingClipboardClearItem.getValue()).toBeNull();
    expect(await browser.alarms.get(CLEAR_ALARM)).toBeUndefined();
  });

  it('keeps what the user copied afterwards', async () => {
    const { clip, driver } = fakeClipboard(CODE);
    await scheduleClear(driver);
    clip.text = 'my own notes';
    await vi.advanceTimersByTimeAsync(30_000);
    expect(clip.checks).toBe(1);
    expect(clip.text).toBe('my own notes');
    expect(await pendingClipboardClearItem.getValue()).toBeNull();
  });

  it('keeps only a salted fingerprint, never the code, and a fresh salt for every copy', async () => {
    const { driver } = fakeClipboard(CODE);
    await scheduleClear(driver);
    const first = await pendingClipboardClearItem.getValue();
    expect(JSON.stringify(await browser.storage.session.get(null))).not.toContain(CODE);
    expect(JSON.stringify(await browser.storage.local.get(null))).not.toContain(CODE);
    await scheduleClear(driver);
    expect((await pendingClipboardClearItem.getValue())?.fingerprint).not.toBe(first?.fingerprint);
  });

  it('schedules nothing when clearing is off (0 s) or the clipboard cannot be read', async () => {
    await setClearSeconds(0);
    const { driver } = fakeClipboard(CODE);
    expect(await scheduleClear(driver)).toEqual({ clearsInSeconds: 0 });
    await setClearSeconds(30);
    expect(await scheduleClear({ ...driver, fingerprint: async () => null })).toEqual({ clearsInSeconds: 0 });
    expect(await pendingClipboardClearItem.getValue()).toBeNull();
    expect(await browser.alarms.getAll()).toEqual([]);
  });

  it('a second copy replaces the first schedule: one alarm, cleared at the later time', async () => {
    const { clip, driver } = fakeClipboard(CODE);
    await scheduleClear(driver);
    await vi.advanceTimersByTimeAsync(20_000);
    clip.text = '111111';
    await scheduleClear(driver);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(clip.text).toBe('111111');
    expect(await browser.alarms.getAll()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(clip.text).toBe('');
  });
});

describe('runDueClear', () => {
  it('clears from the stored schedule after the worker lost its timer (the alarm path), once', async () => {
    const { clip, driver } = fakeClipboard(CODE);
    await scheduleClear(driver);
    vi.clearAllTimers(); // the worker stopped; only storage.session and the alarm remain
    expect(await runDueClear(driver, T0 + 10_000)).toBe('none'); // a stale early trigger does nothing
    expect(clip.text).toBe(CODE);
    expect(await runDueClear(driver, T0 + 30_000)).toBe('cleared');
    expect(await runDueClear(driver, T0 + 30_000)).toBe('none');
    expect(clip.clears).toBe(1);
  });

  it('the alarm and the timer firing together clear only once', async () => {
    const { clip, driver } = fakeClipboard(CODE);
    await scheduleClear(driver);
    const [a, b] = await Promise.all([runDueClear(driver, T0 + 30_000), runDueClear(driver, T0 + 30_000)]);
    expect([a, b].sort()).toEqual(['cleared', 'none']);
    expect(clip.clears).toBe(1);
  });
});
