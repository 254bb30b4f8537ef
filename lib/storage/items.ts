import { storage } from 'wxt/utils/storage';
import { definedOnFirstUse } from './defined-on-first-use';
import type { PendingScan } from '@/lib/qr/pending-scan';
import type { IdentifierTie, TypedIdentifier } from '@/lib/sync/ties';
import { DEFAULT_BASE_URL } from '@/lib/sync/settings';
import { migrateWaitsV2, type SyncWait } from '@/lib/sync/waits';
import type { TabFills } from '@/lib/fill-policy/policy';

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

export const settingsItem = definedOnFirstUse(() =>
  storage.defineItem<Settings>('local:settings', {
    fallback: DEFAULT_SETTINGS,
    version: 1,
  }),
);

/**
 * A clipboard clear that is due (see `lib/clipboard/clear-schedule.ts`): a salted SHA-256 of what we
 * copied, never the code. Session only: it dies with the browser, as does the need to clear.
 */
export const pendingClipboardClearItem = definedOnFirstUse(() =>
  storage.defineItem<{
    salt: string;
    fingerprint: string;
    dueAt: number;
  } | null>('session:pendingClipboardClear', { fallback: null, version: 1 }),
);

/**
 * Answers to page requests that must not run twice (`lib/vault/answered.ts`), by the page's request id, so that
 * a retry after the worker stopped mid-answer gets the first answer (a restarted worker still knows it). `sealed`
 * is the answer sealed with the vault key (AES-GCM, the request id as associated data), null while the request
 * runs. Kept 2 minutes.
 */
export const answeredRequestsItem = definedOnFirstUse(() =>
  storage.defineItem<{ id: string; type: string; at: number; sealed: { iv: string; ct: string } | null }[]>(
    'session:answeredRequests',
    { fallback: [], version: 1 },
  ),
);

/**
 * The encrypted vault (see `lib/vault/record.ts`): two slots of ciphertext and a head saying which one is current.
 * A write fills the other slot, then flips the head; the previous generation stays until the next commit.
 */
export interface VaultHead {
  slot: 'a' | 'b';
  gen: number;
}
export const vaultHeadItem = definedOnFirstUse(() =>
  storage.defineItem<VaultHead | null>('local:vaultHead', { fallback: null, version: 1 }),
);
export const vaultSlotAItem = definedOnFirstUse(() =>
  storage.defineItem<string | null>('local:vaultSlotA', { fallback: null, version: 1 }),
);
export const vaultSlotBItem = definedOnFirstUse(() =>
  storage.defineItem<string | null>('local:vaultSlotB', { fallback: null, version: 1 }),
);
/** A damaged vault, set aside (untouched ciphertext) when a backup is restored in its place. */
export const vaultDamagedCopyItem = definedOnFirstUse(() =>
  storage.defineItem<{
    at: number;
    head: unknown;
    a: string | null;
    b: string | null;
  } | null>('local:vaultDamagedCopy', { fallback: null, version: 1 }),
);
/** Non-secret vault facts shown in options (the backup reminder). */
export const vaultMetaItem = definedOnFirstUse(() =>
  storage.defineItem<{ lastBackupAt: number | null }>('local:vaultMeta', {
    fallback: { lastBackupAt: null },
    version: 1,
  }),
);
/** The derived vault key (base64) while unlocked. Session only: a browser restart locks. Trusted contexts only. */
export const vaultKeyItem = definedOnFirstUse(() =>
  storage.defineItem<string | null>('session:vaultKey', { fallback: null, version: 1 }),
);
/** The vault's state as the pages see it; changes whenever the vault does (pages watch it). */
export const vaultStatusItem = definedOnFirstUse(() =>
  storage.defineItem<{
    state: 'empty' | 'locked' | 'unlocked' | 'damaged';
    rev: number;
  } | null>('session:vaultStatus', { fallback: null, version: 1 }),
);

/** QR scans started from a context menu, waiting for their scan window (trusted contexts only). */
export const qrScansItem = definedOnFirstUse(() =>
  storage.defineItem<PendingScan[]>('session:qrScans', { fallback: [], version: 1 }),
);

/** Skyvern sync (non-secret): where the API is and which TOTP identifiers to watch. The API key is in the vault. */
export interface SkyvernSettings {
  /** e.g. https://api.skyvern.com or http://localhost:8000 (checked by `lib/sync/settings.ts`). */
  baseUrl: string;
  /** Only codes for these identifiers (empty: every code of the organisation). */
  identifiers: string[];
}
export const skyvernSettingsItem = definedOnFirstUse(() =>
  storage.defineItem<SkyvernSettings>('local:skyvernSettings', {
    fallback: { baseUrl: DEFAULT_BASE_URL, identifiers: [] },
    version: 1,
  }),
);
/**
 * Whether the vault holds a Skyvern API key (a hint kept by the background, so that a locked vault still
 * knows whether to watch for codes). Never the key itself.
 */
export const skyvernKeySavedItem = definedOnFirstUse(() =>
  storage.defineItem<boolean>('local:skyvernKeySaved', {
    fallback: false,
    version: 1,
  }),
);
/**
 * Frames waiting for a pushed code (see `lib/sync/waits.ts`), so a restarted service worker goes on polling.
 * v2: each wait has its top-frame origin and the ids offered in its chip (v1 waits are dropped).
 */
export const skyvernWaitsItem = definedOnFirstUse(() =>
  storage.defineItem<SyncWait[]>('session:skyvernWaits', {
    fallback: [],
    version: 2,
    migrations: { 2: migrateWaitsV2 },
  }),
);
/**
 * The user's ties between a TOTP identifier and a site (see `lib/sync/ties.ts`): a code sent to the
 * identifier fills that site's waiting page by itself. Made by one click on the chip's offer; options list
 * and remove them. Not secret (no code, no key).
 */
export const skyvernTiesItem = definedOnFirstUse(() =>
  storage.defineItem<IdentifierTie[]>('local:skyvernTies', { fallback: [], version: 1 }),
);
/** Watched identifiers the user has just typed, and on which site (session only; no other typed value is kept). */
export const skyvernTypedItem = definedOnFirstUse(() =>
  storage.defineItem<TypedIdentifier[]>('session:skyvernTyped', { fallback: [], version: 1 }),
);
/** Pushed code ids already filled or opened (each row fills once, also across service-worker restarts). */
export const skyvernUsedItem = definedOnFirstUse(() =>
  storage.defineItem<string[]>('session:skyvernUsed', { fallback: [], version: 1 }),
);
/** Pushed code ids the user has seen in the popup (the toolbar badge counts the others). */
export const skyvernSeenItem = definedOnFirstUse(() =>
  storage.defineItem<string[]>('session:skyvernSeen', { fallback: [], version: 1 }),
);
/**
 * Per tab, for the fill policy (`lib/fill-policy/policy.ts`): the frames that reported a code field, recent
 * automatic fills and refused ones. No codes. Session only (trusted contexts), so a restarted worker keeps it.
 */
export const fillTabsItem = definedOnFirstUse(() =>
  storage.defineItem<TabFills[]>('session:fillTabs', { fallback: [], version: 1 }),
);

/**
 * This computer's clock against the Skyvern API's (`lib/clock/`): server time minus ours, from the last `Date`
 * header, so a restarted service worker computes codes at the corrected time at once. Not secret.
 */
export interface ClockOffset {
  offsetMs: number;
  measuredAt: number;
  /** The origin whose `Date` header it was read from. */
  origin: string;
}
export const clockOffsetItem = definedOnFirstUse(() =>
  storage.defineItem<ClockOffset | null>('local:clockOffset', { fallback: null, version: 1 }),
);

/**
 * Which site each TOTP identifier signs in to, as the user corrected what Skyvern's credentials say
 * (identifier → host; "" when it belongs to no site). Not secret.
 */
export const skyvernIdentifierSitesItem = definedOnFirstUse(() =>
  storage.defineItem<Record<string, string>>('local:skyvernIdentifierSites', { fallback: {}, version: 1 }),
);
/** Identifiers the user last sent a selection to Skyvern for ("Send to Skyvern"), most recent first. */
export const skyvernLastSentItem = definedOnFirstUse(() =>
  storage.defineItem<string[]>('local:skyvernLastSent', { fallback: [], version: 1 }),
);
/** Show a notification (with a Copy button) when a code is pushed. Off unless the user turns it on. */
export const skyvernNotifyItem = definedOnFirstUse(() =>
  storage.defineItem<boolean>('local:skyvernNotify', { fallback: false, version: 1 }),
);
