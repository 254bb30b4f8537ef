import { describe, expect, it } from 'vitest';
import type { PushedCode } from './recent';
import { assignCodes, withBaseline, type SyncWait } from './waits';

const T = 1_800_000_000_000;
const wait = (extra: Partial<SyncWait> = {}): SyncWait => ({
  tabId: 1,
  frameId: 0,
  startedAt: T,
  deadline: T + 900_000,
  hosts: ['x.io'],
  baseline: null,
  polled: false,
  ...extra,
});
const code = (id: string, createdAt: number, extra: Partial<PushedCode> = {}): PushedCode => ({
  id,
  identifier: 'a@x.io',
  source: 'email',
  kind: 'code',
  value: `${id.padStart(6, '0')}`,
  createdAt,
  expiresAt: null,
  ...extra,
});

describe('assignCodes', () => {
  it('uses only codes created after the wait began, the newest, never a link', () => {
    const codes = [
      code('1', T - 1000),
      code('2', T + 1000),
      code('3', T + 2000),
      code('4', T + 3000, { kind: 'magic_link', value: 'https://x.io/l' }),
    ];
    const [pick] = assignCodes([wait()], codes, new Set());
    expect(pick?.code.id).toBe('3');
    expect(pick?.fill).toBe('000003');
    expect(assignCodes([wait()], [code('1', T - 1000)], new Set())).toEqual([]);
  });

  it('gives one code to one frame (the newest wait), skips used codes', () => {
    const a = wait({ tabId: 1, startedAt: T });
    const b = wait({ tabId: 2, startedAt: T + 500 });
    const picks = assignCodes([a, b], [code('9', T + 1000)], new Set());
    expect(picks.map((p) => p.wait.tabId)).toEqual([2]);
    expect(assignCodes([a], [code('9', T + 1000)], new Set(['9']))).toEqual([]);
  });

  it('a prompt baseline: old listed codes never count; unlisted ones tolerate a lagging server clock', () => {
    const listed = code('old', T + 5); // the server clock runs ahead, but it was there before
    const w = withBaseline(wait(), [listed], T + 2000);
    expect(w.baseline).toEqual(['old']);
    const lagging = code('new', T - 20_000); // arrived later, server clock 20 s behind
    expect(assignCodes([w], [listed, lagging], new Set()).map((p) => p.code.id)).toEqual(['new']);
    // A first poll long after the wait began (vault was locked): time alone decides.
    const late = withBaseline(wait(), [listed], T + 60_000);
    expect(late.baseline).toBeNull();
    expect(assignCodes([late], [listed, lagging], new Set()).map((p) => p.code.id)).toEqual(['old']);
  });
});
