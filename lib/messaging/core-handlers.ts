import { handle } from './handle';

/** Registers the background's answers to the core messages. */
export function registerCoreHandlers(startedAt: number): void {
  handle('ping', () => {
    return { ok: true, startedAt };
  });
}
