import { browser } from 'wxt/browser';
import { skyvernSeenItem, skyvernUsedItem } from '@/lib/storage/items';
import type { PushedCode } from './recent';

/**
 * The toolbar badge counts pushed codes and links the user has not seen yet: listed by the last poll,
 * neither shown in the popup nor already filled or opened. Opening the popup clears it.
 */

const MAX_REMEMBERED = 500;
const COLOR = '#1b3a8a';

async function show(count: number): Promise<void> {
  try {
    await browser.action.setBadgeBackgroundColor({ color: COLOR });
    await browser.action.setBadgeText({ text: count > 0 ? String(Math.min(count, 99)) : '' });
  } catch {
    // No toolbar (some browsers' headless modes): nothing to show.
  }
}

/** Called after every successful poll with what it listed. */
export async function countNewCodes(codes: readonly PushedCode[]): Promise<void> {
  const [seen, used] = await Promise.all([skyvernSeenItem.getValue(), skyvernUsedItem.getValue()]);
  const known = new Set([...seen, ...used]);
  await show(codes.filter((c) => !known.has(c.id)).length);
}

/** The popup has shown these codes: they are no longer new. */
export async function markCodesSeen(codes: readonly PushedCode[]): Promise<void> {
  const seen = await skyvernSeenItem.getValue();
  const fresh = codes.map((c) => c.id).filter((id) => !seen.includes(id));
  if (fresh.length > 0) await skyvernSeenItem.setValue([...fresh, ...seen].slice(0, MAX_REMEMBERED));
  await show(0);
}

/** Locked: the codes are forgotten, and so is their count. */
export function clearBadge(): Promise<void> {
  return show(0);
}
