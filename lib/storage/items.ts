import { storage } from 'wxt/utils/storage';
import type { PendingScan } from '@/lib/qr/pending-scan';

/**
 * Every storage item the extension keeps, in one place, each with a version.
 * Bump `version` and add a migration (with its own test) whenever an item's shape changes.
 *
 * Nothing secret may be declared in `local:` or `sync:` unless it is ciphertext.
 * `session:` is readable only by trusted extension contexts (not content scripts).
 */

/** Non-secret preferences, edited on the options page. */
export interface Settings {
  /** Minutes without use before the vault locks itself. */
  autoLockMinutes: number;
  /** Fill automatically when exactly one account matches the page. */
  autoFill: boolean;
  /** Seconds after copying a code before the clipboard is cleared (0: never). */
  clipboardClearSeconds: number;
}

export const DEFAULT_SETTINGS: Settings = {
  autoLockMinutes: 15,
  autoFill: true,
  clipboardClearSeconds: 30,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** When the service worker last started (diagnostics only; never secret). */
export const workerStartedAtItem = storage.defineItem<number>('session:workerStartedAt', {
  fallback: 0,
});

/** QR scans started from a context menu, waiting for their scan window (trusted contexts only). */
export const qrScansItem = storage.defineItem<PendingScan[]>('session:qrScans', { fallback: [], version: 1 });
