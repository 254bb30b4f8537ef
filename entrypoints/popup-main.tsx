// First import, on purpose: if popup-first-paint.js has not asked for the first rows, it does, before
// the modules below are evaluated.
import '@/components/popup/early-request';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAccountsEarly } from '@/components/popup/accounts-query';
import { waitLeftMs } from '@/components/popup/early-accounts';
import { PopupApp } from '@/components/popup/popup-app';
import { stepMark } from '@/components/popup/step-mark';
import '@/components/theme.css';

/**
 * The popup's app, one module (see scripts/popup-bundle.ts) that popup-first-paint.js starts once
 * the first rows are on screen (or when the vault is locked, or the answer is slow). Render once, with
 * the list, replacing that first picture. If the background is slow to wake, render the waiting view
 * 40 ms after the rows were asked for rather than a blank popup.
 */
export default defineUnlistedScript({
  globalName: false,
  main() {
    stepMark('script-start');
    const root = createRoot(document.getElementById('root')!);
    void Promise.race([startAccountsEarly(), new Promise((r) => setTimeout(r, waitLeftMs()))]).then(() => {
      stepMark('render-start');
      flushSync(() => root.render(<PopupApp />));
    });
  },
});
