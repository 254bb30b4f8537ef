import { browser } from 'wxt/browser';
import { settingsItem } from '@/lib/storage/items';

export const AUTO_LOCK_ALARM = 'vault-auto-lock';

/** (Re)starts the idle timer: the vault locks `autoLockMinutes` after the last activity (0: never). */
export async function scheduleAutoLock(): Promise<void> {
  const { autoLockMinutes } = await settingsItem.getValue();
  await browser.alarms.clear(AUTO_LOCK_ALARM);
  if (autoLockMinutes > 0) await browser.alarms.create(AUTO_LOCK_ALARM, { delayInMinutes: autoLockMinutes });
}

export async function cancelAutoLock(): Promise<void> {
  await browser.alarms.clear(AUTO_LOCK_ALARM);
}

/** Must be called synchronously when the service worker starts, so that a waking alarm finds its listener. */
export function listenForAutoLock(lock: () => Promise<void>): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_LOCK_ALARM) void lock();
  });
}
