import { describe, expect, it } from 'vitest';
import type { PushedCode } from './recent';
import {
  admitWait,
  MAX_WAITS,
  MAX_WAITS_PER_TAB,
  migrateWaitsV2,
  planWaits,
  withBaseline,
  type SyncWait,
} from './waits';

const T = 1_800_000_000_000;
const BANK = 'https://bank.test';
const wait = (extra: Partial<SyncWait> = {}): SyncWait => ({
  tabId: 1,
  frameId: 0,
  doc: 'd1',
  origin: BANK,
  startedAt: T,
  deadline: T + 900_000,
  hosts: ['bank.test'],
  baseline: null,
  polled: false,
  offered: [],
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
const everywhere = () => true;
const onlyBank = (_: string, origin: string) => origin === BANK;

describe('planWaits: what fills by itself', () => {
  it('uses only codes created after the wait began, the newest, never a link', () => {
    const codes = [
      code('1', T - 1000),
      code('2', T + 1000),
      code('3', T + 2000),
      code('4', T + 3000, { kind: 'magic_link', value: 'https://bank.test/l' }),
    ];
    const [pick] = planWaits([wait()], codes, new Set(), everywhere).fills;
    expect(pick?.code.id).toBe('3');
    expect(pick?.fill).toBe('000003');
    expect(planWaits([wait()], [code('1', T - 1000)], new Set(), everywhere).fills).toEqual([]);
  });

  it('gives one code to one frame (the newest wait), skips used codes', () => {
    const a = wait({ tabId: 1, startedAt: T });
    const b = wait({ tabId: 2, startedAt: T + 500 });
    const picks = planWaits([a, b], [code('9', T + 1000)], new Set(), everywhere).fills;
    expect(picks.map((p) => p.wait.tabId)).toEqual([2]);
    expect(planWaits([a], [code('9', T + 1000)], new Set(['9']), everywhere).fills).toEqual([]);
  });

  it('fills only a tied site; a newer wait elsewhere gets the offer and does not take the code', () => {
    const bank = wait({ tabId: 1, startedAt: T });
    const evil = wait({ tabId: 2, startedAt: T + 500, origin: 'https://evil.test', hosts: ['evil.test'] });
    const plan = planWaits([bank, evil], [code('9', T + 1000)], new Set(), onlyBank);
    expect(plan.fills.map((f) => f.wait.tabId)).toEqual([1]);
    expect(plan.offers).toEqual([]); // the filled code is offered nowhere else
    const untied = planWaits([evil], [code('9', T + 1000)], new Set(), onlyBank);
    expect(untied.fills).toEqual([]);
    expect(untied.offers[0]?.codes.map((c) => c.id)).toEqual(['9']);
  });

  it('offers the newest code per identifier and only the links to the page’s own site', () => {
    const evil = wait({ origin: 'https://evil.test' });
    const codes = [
      code('1', T + 1000),
      code('2', T + 2000),
      code('3', T + 3000, { identifier: 'b@x.io' }),
      code('4', T + 4000, { kind: 'magic_link', value: 'https://bank.test/magic' }),
      code('5', T + 5000, { kind: 'magic_link', value: 'https://evil.test/magic', identifier: 'c@x.io' }),
    ];
    const [offer] = planWaits([evil], codes, new Set(), () => false).offers;
    expect(offer?.codes.map((c) => c.id)).toEqual(['3', '2']);
    expect(offer?.links.map((c) => c.id)).toEqual(['5']);
  });

  it('a prompt baseline: old listed codes never count; unlisted ones tolerate a lagging server clock', () => {
    const listed = code('old', T + 5); // the server clock runs ahead, but it was there before
    const w = withBaseline(wait(), [listed], T + 2000);
    expect(w.baseline).toEqual(['old']);
    const lagging = code('new', T - 20_000); // arrived later, server clock 20 s behind
    expect(planWaits([w], [listed, lagging], new Set(), everywhere).fills.map((p) => p.code.id)).toEqual(['new']);
    // A first poll long after the wait began (vault was locked): time alone decides.
    const late = withBaseline(wait(), [listed], T + 60_000);
    expect(late.baseline).toBeNull();
    expect(planWaits([late], [listed, lagging], new Set(), everywhere).fills.map((p) => p.code.id)).toEqual(['old']);
  });

  it('a row parsed later (stored raw_pending) still fills while the wait lives', () => {
    const w = withBaseline(wait(), [], T + 1000);
    expect(planWaits([w], [], new Set(), everywhere).fills).toEqual([]);
    expect(planWaits([w], [code('late', T + 2000)], new Set(), everywhere).fills.map((f) => f.code.id)).toEqual([
      'late',
    ]);
  });
});

describe('admitWait', () => {
  it('caps waits per tab and in all, and never adds a frame twice', () => {
    let waits: SyncWait[] = [];
    for (let frameId = 0; frameId < MAX_WAITS_PER_TAB; frameId++) waits = admitWait(waits, wait({ frameId }))!;
    expect(waits).toHaveLength(MAX_WAITS_PER_TAB);
    expect(admitWait(waits, wait({ frameId: 99 }))).toBeNull();
    expect(admitWait(waits, wait({ frameId: 0 }))).toBeNull();
    // The tab's next page: its top frame's new document ends the old page's waits.
    expect(admitWait(waits, wait({ frameId: 0, doc: 'd2' }))?.filter((w) => w.tabId === 1)).toHaveLength(1);
    for (let tabId = 2; waits.length < MAX_WAITS; tabId++) waits = admitWait(waits, wait({ tabId }))!;
    expect(admitWait(waits, wait({ tabId: 999 }))).toBeNull();
  });

  it('drops waits stored before they had an origin', () => {
    expect(migrateWaitsV2([{ tabId: 1, frameId: 0 }])).toEqual([]);
  });
});
