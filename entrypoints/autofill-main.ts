import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startAutofill } from '@/lib/autofill/start';

/** The detector, filler and chip, loaded by the gate into a frame that may hold a code field. */
export default defineUnlistedScript(() => {
  // Only ever useful inside our content script's world (where the extension APIs exist).
  if (globalThis.chrome?.runtime?.id) startAutofill();
});
