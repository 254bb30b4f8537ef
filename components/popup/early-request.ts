import { requestAccountsEarly } from './early-accounts';

/**
 * The app's first import: asks for the first rows now, unless popup-first-paint.js already did (it
 * usually has), before React and the app's other modules are evaluated.
 */
void requestAccountsEarly();
