import { describe, expect, it } from 'vitest';
import {
  chooseFrame,
  codeRequest,
  emptyTab,
  isPaused,
  likelyFrame,
  offerFor,
  popupTarget,
  shortcutTarget,
  STOPPED_NOTICE,
  withAutoFill,
  withAutoRequest,
  withRejection,
  withUserAction,
  type FrameSeen,
  type TabFills,
} from './policy';

const bank = { id: 'bank', websites: ['bank.test'] };
const bank2 = { id: 'bank2', websites: ['https://bank.test'] };
const idp = { id: 'idp', websites: ['auth.provider.test'] };
const bare = { id: 'bare', websites: [] as string[] };
const accounts = [bank, idp, bare];

const BANK = 'https://bank.test';
const ADS = 'https://ads.test';
const paused: TabFills = { ...emptyTab(1), rejections: 2 };
const frame = (frameOrigin: string | null, topOrigin: string | null, frameId = 0) => ({
  frameOrigin,
  topOrigin,
  isTop: frameId === 0,
  frameId,
});

describe('offerFor (autofillQuery)', () => {
  it.each([
    // [case, frame, accounts, autoFill setting, tab, matches, autoFill, third party?, notice?]
    [
      'the account’s own page fills by itself',
      frame(BANK, BANK),
      accounts,
      true,
      emptyTab(1),
      ['bank'],
      true,
      false,
      false,
    ],
    [
      'its subdomain too',
      frame('https://login.bank.test', null),
      accounts,
      true,
      emptyTab(1),
      ['bank'],
      true,
      false,
      false,
    ],
    ['auto-fill off: the chip only', frame(BANK, BANK), accounts, false, emptyTab(1), ['bank'], false, false, false],
    [
      'two accounts: the chip only',
      frame(BANK, BANK),
      [bank, bank2],
      true,
      emptyTab(1),
      ['bank', 'bank2'],
      false,
      false,
      false,
    ],
    [
      'stopped after refusals: the chip says why',
      frame(BANK, BANK),
      accounts,
      true,
      paused,
      ['bank'],
      false,
      false,
      true,
    ],
    [
      'an ad frame on the bank: the bank’s account, as a third party',
      frame(ADS, BANK, 3),
      accounts,
      true,
      emptyTab(1),
      ['bank'],
      false,
      true,
      false,
    ],
    [
      'the sign-in frame of another site matches itself',
      frame('https://auth.provider.test', BANK, 2),
      accounts,
      true,
      emptyTab(1),
      ['idp'],
      true,
      false,
      false,
    ],
    [
      'an http downgrade gets nothing',
      frame('http://bank.test:8080', 'http://bank.test:8080'),
      accounts,
      true,
      emptyTab(1),
      [],
      false,
      false,
      false,
    ],
    [
      'a look-alike gets nothing',
      frame('https://bank.test.evil.test', 'https://bank.test.evil.test'),
      accounts,
      true,
      emptyTab(1),
      [],
      false,
      false,
      false,
    ],
    [
      'an ad frame on an unknown page gets nothing',
      frame(ADS, 'https://news.test', 4),
      accounts,
      true,
      emptyTab(1),
      [],
      false,
      false,
      false,
    ],
    ['a top frame is never a third party', frame(ADS, BANK, 0), accounts, true, emptyTab(1), [], false, false, false],
  ])('%s', (_case, where, list, autoFillOn, tab, ids, autoFill, thirdParty, notice) => {
    const offer = offerFor(where, list, autoFillOn, tab);
    expect(offer.matches.map((a) => a.id)).toEqual(ids);
    expect(offer.autoFill).toBe(autoFill);
    expect(offer.thirdParty !== undefined).toBe(thirdParty);
    expect(offer.notice === STOPPED_NOTICE).toBe(notice);
  });

  it('names both sites for a third-party frame', () => {
    expect(
      offerFor(frame('https://x.pay.test', 'https://www.bank.test', 5), accounts, true, emptyTab(1)).thirdParty,
    ).toEqual({
      frameSite: 'pay.test',
      pageSite: 'bank.test',
    });
  });
});

describe('codeRequest (autofillCode)', () => {
  const filled = withAutoFill(emptyTab(1), { frameId: 0, accountId: 'bank', slot: 7, at: 0 });
  it.each([
    // [case, frame, account, pick, auto-fill setting, slot, tab, ok]
    ['automatic, own page', frame(BANK, BANK), bank, false, true, 7, emptyTab(1), true],
    ['automatic, auto-fill off', frame(BANK, BANK), bank, false, false, 7, emptyTab(1), false],
    ['automatic, stopped after refusals', frame(BANK, BANK), bank, false, true, 7, paused, false],
    ['the user’s pick, stopped after refusals', frame(BANK, BANK), bank, true, true, 7, paused, true],
    ['automatic, again in the same window', frame(BANK, BANK), bank, false, true, 7, filled, false],
    ['automatic, the next window', frame(BANK, BANK), bank, false, true, 8, filled, true],
    ['automatic, another frame', frame(BANK, BANK, 2), bank, false, true, 7, filled, true],
    ['an ad frame on the bank, automatic', frame(ADS, BANK, 3), bank, false, true, 7, emptyTab(1), false],
    ['an ad frame on the bank, the chip’s explicit pick', frame(ADS, BANK, 3), bank, true, true, 7, emptyTab(1), true],
    ['an ad frame elsewhere, even picked', frame(ADS, 'https://news.test', 3), bank, true, true, 7, emptyTab(1), false],
    ['a top frame of another site, picked', frame(ADS, BANK, 0), bank, true, true, 7, emptyTab(1), false],
    [
      'an http downgrade, picked',
      frame('http://bank.test', 'http://bank.test'),
      bank,
      true,
      true,
      7,
      emptyTab(1),
      false,
    ],
  ])('%s', (_case, where, account, pick, autoFillOn, slot, tab, ok) => {
    expect(codeRequest(where, account, accounts, { pick, autoFillOn, slot }, tab).ok).toBe(ok);
  });

  it('automatic only when exactly one account matches the frame', () => {
    const request = { pick: false, autoFillOn: true, slot: 1 };
    expect(codeRequest(frame(BANK, BANK), bank, [bank, bank2], request, emptyTab(1)).ok).toBe(false);
  });
});

describe('choosing the one frame', () => {
  const f = (frameId: number, origin: string, focusedAt = 0, seenAt = 1): FrameSeen => ({
    frameId,
    origin,
    focusedAt,
    seenAt,
  });
  const tab = (...frames: FrameSeen[]): TabFills => ({ ...emptyTab(1), frames });

  it.each([
    ['the frame focused last', [f(0, BANK, 5), f(2, BANK, 9)], 2],
    ['else the top frame', [f(2, BANK, 0, 9), f(0, BANK, 0, 1)], 0],
    ['else the newest', [f(2, BANK, 0, 1), f(3, BANK, 0, 9)], 3],
  ])('%s', (_case, frames, id) => expect(chooseFrame(frames, () => true)?.frameId).toBe(id));

  it.each([
    // [case, tab, top origin, account, expected]
    [
      'the bank’s own frame, not the focused ad',
      tab(f(0, BANK), f(3, ADS, 9)),
      BANK,
      bank,
      { kind: 'fill', frameId: 0 },
    ],
    [
      'the bank’s frame inside a page of another site',
      tab(f(0, ADS), f(4, BANK)),
      ADS,
      bank,
      { kind: 'fill', frameId: 4 },
    ],
    ['no field reported: the top frame of the bank', tab(), BANK, bank, { kind: 'fill', frameId: 0 }],
    [
      'a look-alike: ask first',
      tab(f(0, 'https://bank.test.evil.test')),
      'https://bank.test.evil.test',
      bank,
      { kind: 'confirm', frameId: 0, host: 'bank.test.evil.test', website: 'bank.test.evil.test' },
    ],
    [
      'an http page: ask first, offer the http address',
      tab(),
      'http://bank.test:81',
      bank,
      { kind: 'confirm', frameId: 0, website: 'http://bank.test' },
    ],
    ['an account without websites fills where asked', tab(f(0, ADS)), ADS, bare, { kind: 'fill', frameId: 0 }],
    ['not a web page', tab(), null, bank, { kind: 'none' }],
  ])('popup: %s', (_case, t, top, account, expected) => {
    expect(popupTarget(account, t, top)).toMatchObject(expected);
  });

  it.each([
    ['a frame of the page’s site, though the ad was focused', tab(f(0, BANK), f(3, ADS, 9)), BANK, 0],
    ['the focused one among the page’s own', tab(f(0, BANK), f(2, 'https://login.bank.test', 5)), BANK, 2],
    ['another site’s frame when it is the only one', tab(f(3, ADS)), BANK, 3],
    ['nothing reported: the top frame', tab(), BANK, 0],
  ])('a pushed code the user fills: %s', (_case, t, top, frameId) => {
    expect(likelyFrame(t, top)?.frameId).toBe(frameId);
  });

  it.each([
    ['the bank’s frame, though the ad was focused', tab(f(0, BANK), f(3, ADS, 9)), BANK, undefined, 0],
    ['the right-clicked ad frame: the popup opens instead', tab(f(0, BANK)), BANK, { frameId: 3, origin: ADS }, null],
    ['the right-clicked bank frame', tab(), BANK, { frameId: 0, origin: BANK }, 0],
    ['an http downgrade: the popup opens instead', tab(), 'http://bank.test:81', undefined, null],
  ])('shortcut and menu: %s', (_case, t, top, clicked, frameId) => {
    expect(shortcutTarget(accounts, t, top, clicked)?.frameId ?? null).toBe(frameId);
  });
});

describe('the loop stop', () => {
  const fill = (t: TabFills, at: number, frameId = 0) => withAutoFill(t, { frameId, accountId: 'bank', slot: at, at });

  it.each([
    ['one fill, no sign of refusal', (t: TabFills) => fill(t, 0), 0],
    ['refused once (field emptied)', (t: TabFills) => withRejection(fill(t, 0), 0, 1_000), 1],
    [
      'reported twice for one fill counts once',
      (t: TabFills) => withRejection(withRejection(fill(t, 0), 0, 1_000), 0, 2_000),
      1,
    ],
    [
      'refused twice: stopped',
      (t: TabFills) => withRejection(fill(withRejection(fill(t, 0), 0, 1_000), 2_000), 0, 3_000),
      2,
    ],
    ['a late sign does not count', (t: TabFills) => withRejection(fill(t, 0), 0, 60_000), 0],
    ['another frame’s sign does not count', (t: TabFills) => withRejection(fill(t, 0), 5, 1_000), 0],
    // New frames keep asking (each one a new field): the tab asking again that soon is the refusal.
    [
      'frames asking one after another',
      (t: TabFills) => withAutoRequest(fill(withAutoRequest(fill(t, 0, 1), 1_000), 1_000, 2), 2_000),
      2,
    ],
    [
      'the user acts: it fills by itself again',
      (t: TabFills) => withUserAction(withRejection(fill(withRejection(fill(t, 0), 0, 1), 2), 0, 3)),
      0,
    ],
  ])('%s', (_case, run, rejections) => {
    const tab = run(emptyTab(1));
    expect(tab.rejections).toBe(rejections);
    expect(isPaused(tab)).toBe(rejections >= 2);
  });
});
