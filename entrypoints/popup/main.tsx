import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { startAccountsEarly } from '@/components/popup/accounts-query';
import { PopupApp } from '@/components/popup/popup-app';
import '@/components/theme.css';

performance.mark('otpilot:script-start');
const root = createRoot(document.getElementById('root')!);
// Usually the accounts (asked for by popup-early.js) are already here: render once, with the list.
// If the background is slow to wake, render the waiting view after 40 ms rather than a blank popup.
void Promise.race([startAccountsEarly(), new Promise((r) => setTimeout(r, 40))]).then(() => {
  performance.mark('otpilot:render-start');
  flushSync(() => root.render(<PopupApp />));
});
