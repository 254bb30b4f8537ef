import { onMessage } from './protocol';
import { isOwnSender } from './sender';

/** Registers the background's answers to the core messages. */
export function registerCoreHandlers(startedAt: number): void {
  onMessage('ping', ({ sender }) => {
    if (!isOwnSender(sender)) throw new Error('Unknown sender');
    return { ok: true, startedAt };
  });
}
