import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { startAccountsEarly } from '@/components/popup/accounts-query';
import { PopupApp } from '@/components/popup/popup-app';
import { stepMark } from '@/components/popup/step-mark';
import '@/components/theme.css';
import { i18n } from '#i18n';

// The vault is read (and decrypted) here while React starts; the first render waits for it, so the list
// shows with its codes in one pass (or the vault gate, when it is locked).
stepMark('script-start');
document.documentElement.lang = i18n.t('lang');
const root = createRoot(document.getElementById('root')!);
void startAccountsEarly().then(() => {
  stepMark('render-start');
  flushSync(() => root.render(<PopupApp />));
});
