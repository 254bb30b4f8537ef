import { defineBackground } from 'wxt/utils/define-background';
import { registerFillPolicy } from '@/lib/fill-policy';
import { registerCoreHandlers } from '@/lib/messaging/core-handlers';
import { registerVaultHandlers } from '@/lib/vault/handlers';
import { registerQrHandlers } from '@/lib/qr/background';
import { registerClipboardHandlers } from '@/lib/clipboard/background';
import { registerSyncHandlers } from '@/lib/sync/handlers';
import { loadClockOffset } from '@/lib/clock/record';
import { registerSkyvernCredentialHandlers } from '@/lib/sync/credential-handlers';
import { registerSendToSkyvern } from '@/lib/sync/send-to-skyvern';

export default defineBackground({
  type: 'module',
  main() {
    const startedAt = Date.now();
    void loadClockOffset();
    registerCoreHandlers(startedAt);
    registerFillPolicy();
    registerVaultHandlers();
    registerQrHandlers();
    registerClipboardHandlers();
    registerSyncHandlers();
    registerSkyvernCredentialHandlers();
    registerSendToSkyvern();
  },
});
