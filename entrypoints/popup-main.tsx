import { flushSync } from 'react-dom';
import { stepMark } from '@/components/popup/step-mark';
import { createRoot } from 'react-dom/client';
import { startAccountsEarly } from '@/components/popup/accounts-query';
import { PopupApp } from '@/components/popup/popup-app';
import '@/components/theme.css';

stepMark('script-start');
const root = createRoot(document.getElementById('root')!);
// Usually the accounts (asked for by popup-early.js) are already here: render once, with the list.
// If the background is slow to wake, render the waiting view after 40 ms rather than a blank popup.
void Promise.race([startAccountsEarly(), new Promise((r) => setTimeout(r, 40))]).then(() => {
  stepMark('render-start');
  flushSync(() => root.render(<PopupApp />));
});
