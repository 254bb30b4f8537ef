import { registerAutofillHandlers } from './handlers';
import { registerUserActions } from './user-actions';

/** Everything the background does for autofill: messages, the context menu and the shortcut. */
export function registerAutofillService(): void {
  registerAutofillHandlers();
  registerUserActions();
}
