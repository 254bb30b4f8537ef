import { defineBackground } from 'wxt/utils/define-background';
import { registerFillPolicy } from '@/lib/fill-policy';
import { registerCoreHandlers } from '@/lib/messaging/core-handlers';
import { registerVaultHandlers } from '@/lib/vault/handlers';
import { registerQrHandlers } from '@/lib/qr/background';
import { registerClipboardHandlers } from '@/lib/clipboard/background';
import { registerSyncBackground } from '@/lib/sync/handlers';

export default defineBackground({
  type: 'module',
  main() {
    const startedAt = Date.now();
    registerCoreHandlers(startedAt);
    registerFillPolicy();
    registerVaultHandlers();
    registerQrHandlers();
    registerClipboardHandlers();
    registerSyncBackground();
  },
});
