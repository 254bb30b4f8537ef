import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPopup } from '@/components/popup/first-paint/paint';

/** popup.html's script: the first rows and their codes on screen, then the app (see startPopup). */
export default defineUnlistedScript(() => startPopup());
