import { createRoot } from 'react-dom/client';
import { startAccountsEarly } from '@/components/popup/accounts-query';
import { PopupApp } from '@/components/popup/popup-app';
import '@/components/theme.css';

performance.mark('otpilot:script-start');
startAccountsEarly();
createRoot(document.getElementById('root')!).render(<PopupApp />);
