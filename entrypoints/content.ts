import { defineContentScript } from 'wxt/utils/define-content-script';
import { startAutofill } from '@/lib/autofill/start';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  runAt: 'document_idle',
  main() {
    void startAutofill();
  },
});
