import * as z from 'zod/mini';
import { hostOf } from '@/lib/sites/match';
import type { ProtocolMap } from './protocol';
import type { SenderKind } from './sender';

/** What a message carries (its handler's `data`). */
export type Payload<K extends keyof ProtocolMap> = Parameters<ProtocolMap[K]>[0];

type Schema<K extends keyof ProtocolMap> = z.ZodMiniType<Payload<K>, unknown>;

/**
 * Who may send a message and, for a message a web page's content script may send, the one shape its payload
 * must have (a page can put anything in it). A rule naming `web-page-frame` without a payload schema does not
 * type-check, and neither does a `ProtocolMap` message without a rule.
 */
type Rule<K extends keyof ProtocolMap> =
  | { from: readonly Exclude<SenderKind, 'web-page-frame'>[]; payload?: Schema<K> }
  | { from: readonly SenderKind[]; payload: Schema<K> };

const PAGES = ['extension-page'] as const;
/** Sent by the background to one frame's content script (checked there by shape; see `lib/autofill/start.ts`). */
const BACKGROUND = ['background'] as const;
const FRAMES = ['web-page-frame'] as const;

/** The frame's URL as the page claims it: only checked for shape (the background believes the browser's sender). */
const url = z.string().check(z.maxLength(8192));
const siteUrl = url.check(z.refine((u) => hostOf(u) !== null));
const doc = z.string().check(z.maxLength(64));
const frameAsks = z.object({ url });
const offerPick = z.object({ url: siteUrl, doc, id: z.string().check(z.maxLength(200)) });

export const PROTOCOL_RULES: { [K in keyof ProtocolMap]-?: Rule<K> } = {
  ping: { from: PAGES },

  vaultStatus: { from: PAGES },
  vaultCreate: { from: PAGES },
  vaultUnlock: { from: PAGES },
  vaultLock: { from: PAGES },
  vaultChangePassword: { from: PAGES },
  vaultAccounts: { from: PAGES },
  accountAdd: { from: PAGES },
  accountsImport: { from: PAGES },
  accountUpdate: { from: PAGES },
  accountDelete: { from: PAGES },
  accountRestore: { from: PAGES },
  accountsReorder: { from: PAGES },
  hotpAdvance: { from: PAGES },
  vaultTouch: { from: PAGES },
  vaultCanRollBack: { from: PAGES },
  vaultRollBack: { from: PAGES },
  vaultSetApiKey: { from: PAGES },
  backupExport: { from: PAGES },
  backupRestore: { from: PAGES },

  autofillQuery: { from: FRAMES, payload: frameAsks },
  autofillCode: {
    from: FRAMES,
    payload: z.object({ url, accountId: z.string().check(z.maxLength(200)), pick: z.optional(z.boolean()) }),
  },
  autofillFocus: { from: FRAMES, payload: frameAsks },
  autofillRejected: { from: FRAMES, payload: frameAsks },
  autofillFrameCheck: { from: FRAMES, payload: frameAsks },
  autofillOpenPopup: { from: FRAMES, payload: z.undefined() },
  autofillActiveTab: { from: PAGES },
  autofillJudgeFrames: { from: BACKGROUND },
  autofillFill: { from: BACKGROUND },

  qrScanPage: { from: PAGES },
  qrScanImage: { from: PAGES },

  // The offscreen document takes these from the background, an extension page of ours.
  clipboardCodeCopied: { from: PAGES },
  clipboardOffscreenFingerprint: { from: PAGES },
  clipboardOffscreenClearIf: { from: PAGES },
  clipboardOffscreenWrite: { from: PAGES },

  syncState: { from: PAGES },
  syncCodes: { from: PAGES },
  syncTest: { from: PAGES },
  syncFillActiveTab: { from: PAGES },
  syncWaiting: { from: FRAMES, payload: z.object({ url: siteUrl, visible: z.boolean(), doc }) },
  syncTyped: { from: FRAMES, payload: z.object({ url: siteUrl, value: z.string().check(z.maxLength(8192)) }) },
  syncPickPushed: { from: FRAMES, payload: offerPick },
  syncOpenLink: { from: FRAMES, payload: offerPick },
  syncOffer: { from: BACKGROUND },

  skyvernCredentials: { from: PAGES },
  skyvernAuthenticatorCodes: { from: PAGES },
  skyvernFillAuthenticatorCode: { from: PAGES },
  skyvernClock: { from: PAGES },
};
