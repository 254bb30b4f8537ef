import { requestAccountsEarly } from './early-accounts';

/**
 * Importing this module sends `vaultAccounts`. The popup's entry imports it first, so the request leaves
 * before React and the app's other modules are evaluated (the background decrypts meanwhile).
 */
requestAccountsEarly();
