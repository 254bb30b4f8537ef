import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: { type: string; data: unknown }[] = [];
let failures: string[] = [];
vi.mock('./protocol', () => ({
  sendMessage: vi.fn(async (type: string, data: unknown) => {
    sent.push({ type, data });
    const failure = failures.shift();
    if (failure) throw new Error(failure);
    return { ok: true };
  }),
}));

const { NOT_ANSWERED, sendFromPage } = await import('./page-send');
const CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

describe('sendFromPage', () => {
  beforeEach(() => {
    sent.length = 0;
    failures = [];
  });

  it('sends a write again with the same request id when the worker stopped mid-answer', async () => {
    failures = [CLOSED, 'Could not establish connection. Receiving end does not exist.'];
    expect(await sendFromPage('accountDelete', { id: 'x' })).toEqual({ ok: true });
    expect(sent).toHaveLength(3);
    const ids = new Set(sent.map((s) => (s.data as { requestId: string }).requestId));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/^[\w-]{8,64}$/);
  });

  it('sends reads again, and gives up with a friendly message, never the browser’s', async () => {
    failures = [CLOSED, CLOSED, CLOSED, CLOSED];
    await expect(sendFromPage('vaultStatus')).rejects.toThrow(NOT_ANSWERED);
    expect(sent).toHaveLength(4);
  });

  it('does not send a fill again once it may have reached the background', async () => {
    failures = [CLOSED];
    await expect(sendFromPage('autofillActiveTab', { accountId: 'a' })).rejects.toThrow(NOT_ANSWERED);
    expect(sent).toHaveLength(1);
  });

  it('passes the background’s own errors through, unretried', async () => {
    failures = ['OTPilot does not take this request from here.'];
    await expect(sendFromPage('vaultStatus')).rejects.toThrow('OTPilot does not take this request from here.');
    expect(sent).toHaveLength(1);
  });
});
