import * as z from 'zod/mini';
import { onMessage, type ProtocolMap } from './protocol';
import { PROTOCOL_RULES } from './protocol-rules';
import { isSenderOf } from './sender';

/** What a sender the protocol does not allow for this message is told. */
export const REFUSED = 'OTPilot does not take this request from here.';
/** What a sender whose payload does not have the protocol's shape is told. */
export const BAD_REQUEST = 'Bad request.';

type Handler<K extends keyof ProtocolMap> = Parameters<typeof onMessage<K>>[1];

/**
 * Registers the answer to one message, behind its rule (`protocol-rules.ts`): a sender the rule does not name is
 * refused, a payload that fails the rule's schema is a bad request, and the handler sees the parsed payload.
 * Every handler in the background and the offscreen document is registered through here.
 */
export function handle<K extends keyof ProtocolMap>(type: K, handler: Handler<K>): () => void {
  const rule = PROTOCOL_RULES[type] as { from: readonly Parameters<typeof isSenderOf>[0][]; payload?: z.ZodMiniType };
  return onMessage(type, (message) => {
    if (!rule.from.some((kind) => isSenderOf(kind, message.sender))) throw new Error(REFUSED);
    if (!rule.payload) return handler(message);
    const parsed = z.safeParse(rule.payload, message.data);
    if (!parsed.success) throw new Error(BAD_REQUEST);
    return handler({ ...message, data: parsed.data as typeof message.data });
  });
}
