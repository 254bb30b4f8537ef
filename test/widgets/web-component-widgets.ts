/**
 * Web-component OTP inputs: Ionic's <ion-input-otp>, registered the way Ionic documents for
 * plain JavaScript (`initialize`, then the element's `defineCustomElement`). The value it reports
 * in its own `ionInput` events is mirrored into <output id="state">.
 */
import { initialize } from '@ionic/core/components';
import { defineCustomElement } from '@ionic/core/components/ion-input-otp.js';
import '@ionic/core/css/core.css';

initialize();
defineCustomElement();

if (document.body.dataset.widget === 'ionic-input-otp') {
  document.getElementById('root')!.innerHTML =
    `<form><ion-input-otp length="6"></ion-input-otp><output id="state"></output></form>`;
  const state = document.getElementById('state')!;
  document.querySelector('ion-input-otp')!.addEventListener('ionInput', (event) => {
    state.textContent = String((event as CustomEvent<{ value?: string | null }>).detail.value ?? '');
  });
}
