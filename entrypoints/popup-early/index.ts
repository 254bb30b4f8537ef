import { requestAccountsEarly } from '@/components/popup/early-accounts';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/**
 * A classic script the popup loads first (popup-early.js), so the background starts decrypting the
 * accounts while the popup's app bundle is still loading.
 */
export default defineUnlistedScript(() => requestAccountsEarly());
