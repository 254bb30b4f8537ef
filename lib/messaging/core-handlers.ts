import { onMessage } from './protocol';
import { isContentScriptSender, isOwnSender } from './sender';

/** Registers the background's answers to the core messages. */
export function registerCoreHandlers(startedAt: number): void {
  onMessage('ping', ({ sender }) => {
    if (!isOwnSender(sender)) throw new Error('Unknown sender');
    return { ok: true, startedAt };
  });

  onMessage('contentHello', ({ data, sender }) => {
    if (!isContentScriptSender(sender)) throw new Error('Only content scripts say hello');
    if (typeof data?.url !== 'string' || !/^https?:/.test(data.url)) throw new Error('Bad hello');
    return { ok: true };
  });
}
