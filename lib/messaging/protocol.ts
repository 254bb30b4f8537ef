import { defineExtensionMessaging } from '@webext-core/messaging';
import type { AutofillMessages } from './autofill-messages';
import type { ClipboardMessages } from './clipboard-messages';
import type { CoreMessages } from './core-messages';
import type { QrMessages } from './qr-messages';
import type { SkyvernCredentialMessages } from './skyvern-credential-messages';
import type { SyncMessages } from './sync-messages';
import type { VaultMessages } from './vault-messages';

/**
 * The one protocol every extension context speaks. Each concept declares its messages
 * in its own interface (kept beside this file); this map joins them so that a sender and
 * its handler can never disagree about a message's shape.
 *
 * Web pages cannot send any of these: the manifest has no `externally_connectable`.
 * Who may send each message (and, from a content script, the payload's one shape) is in `protocol-rules.ts`;
 * the background registers its answers with `handle` (`handle.ts`), which enforces them. Registration
 * functions are named `register<Concept>Handlers`. Extension pages send through `sendFromPage` (`page-send.ts`).
 */
export type ProtocolMap = CoreMessages &
  VaultMessages &
  AutofillMessages &
  QrMessages &
  ClipboardMessages &
  SyncMessages &
  SkyvernCredentialMessages;

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
