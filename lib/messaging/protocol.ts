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
 * Handlers for messages a content script may send must validate the payload and the sender
 * (see `lib/messaging/sender.ts`).
 */
export type ProtocolMap = CoreMessages &
  VaultMessages &
  AutofillMessages &
  QrMessages &
  ClipboardMessages &
  SyncMessages &
  SkyvernCredentialMessages;

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>();
