import { registerFrameTracking } from './frames';
import { registerAutofillHandlers } from './handlers';
import { registerUserActions } from './user-actions';

/** Everything the background does to fill codes: the policy's messages, frames, the context menu and the shortcut. */
export function registerFillPolicy(): void {
  registerFrameTracking();
  registerAutofillHandlers();
  registerUserActions();
}
