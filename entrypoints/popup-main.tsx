// First import, on purpose: it sends `vaultAccounts` before the modules below are evaluated.
import '@/components/popup/early-request';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAccountsEarly } from '@/components/popup/accounts-query';
import { PopupApp } from '@/components/popup/popup-app';
import { stepMark } from '@/components/popup/step-mark';
import '@/components/theme.css';

/**
 * The popup's app (popup.html loads it as one module; see scripts/popup-bundle.ts). Usually the
 * accounts are here within a few ms: render once, with the list. If the background is slow to wake,
 * render the waiting view after 40 ms rather than a blank popup.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    stepMark('script-start');
    const root = createRoot(document.getElementById('root')!);
    void Promise.race([startAccountsEarly(), new Promise((r) => setTimeout(r, 40))]).then(() => {
      stepMark('render-start');
      flushSync(() => root.render(<PopupApp />));
    });
  },
});
