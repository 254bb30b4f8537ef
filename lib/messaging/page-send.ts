import { sendMessage, type ProtocolMap } from './protocol';

type Type = keyof ProtocolMap;
type Data<K extends Type> = Parameters<ProtocolMap[K]>[0];
type Answer<K extends Type> = ReturnType<typeof sendMessage<K>>;

/** What a page says when the background could not answer, even after the retries. */
export const NOT_ANSWERED = "OTPilot's background did not answer. Try again.";

/** Waits before each retry: the worker is starting again. */
export const RETRY_DELAYS_MS = [50, 250, 1000] as const;

/**
 * Writes that must not happen twice: each send carries one request id, and the background answers a replay
 * with the first answer (`lib/vault/answered.ts`).
 */
export const ONCE_WRITES = [
  'vaultCreate',
  'vaultChangePassword',
  'accountAdd',
  'accountsImport',
  'accountDelete',
  'accountRestore',
  'hotpAdvance',
  'vaultRollBack',
  'backupRestore',
] as const satisfies readonly Type[];
/** A write the background runs once per request id (its handler wraps it in `once`). */
export type OnceWrite = (typeof ONCE_WRITES)[number];
const ONCE = new Set<Type>(ONCE_WRITES);

/** Acts outside the vault (fills a page, opens a window): sent again only when it never reached the background. */
const NOT_TWICE = new Set<Type>([
  'autofillActiveTab',
  'syncFillActiveTab',
  'skyvernFillAuthenticatorCode',
  'qrScanPage',
  'qrScanImage',
]);

/** The browser's words for "the message never reached a listener" (safe to send again, whatever it is). */
const NOT_DELIVERED = /Could not establish connection|Receiving end does not exist/i;
/** The browser's words for "the listener went away before answering" (it may have acted). */
const CUT_OFF =
  /message (port|channel) closed|No response|went out of scope|context invalidated|before a response was received/i;

function browserError(error: unknown): 'not-delivered' | 'cut-off' | null {
  const text = error instanceof Error ? error.message : String(error);
  if (NOT_DELIVERED.test(text)) return 'not-delivered';
  return CUT_OFF.test(text) ? 'cut-off' : null;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How OTPilot's pages (popup, options, scan window) ask the background. A worker that stops mid-answer (Chrome
 * stops idle service workers) is not the user's problem: reads and request-id writes are sent again after 50,
 * 250 and 1000 ms, and a browser error that remains becomes `NOT_ANSWERED`. The background's own errors (its
 * refusals, a bad request) are thrown as they are.
 */
export async function sendFromPage<K extends Type>(
  type: K,
  ...[data]: Data<K> extends undefined ? [data?: Data<K>] : [data: Data<K>]
): Answer<K> {
  const payload = (ONCE.has(type) ? { ...(data ?? {}), requestId: crypto.randomUUID() } : data) as Data<K>;
  for (let attempt = 0; ; attempt++) {
    try {
      return await sendMessage(type, payload as never);
    } catch (error) {
      const kind = browserError(error);
      if (kind === null) throw error;
      const retry = kind === 'not-delivered' || !NOT_TWICE.has(type);
      if (!retry || attempt >= RETRY_DELAYS_MS.length) throw new Error(NOT_ANSWERED);
      await sleep(RETRY_DELAYS_MS[attempt]!);
    }
  }
}
