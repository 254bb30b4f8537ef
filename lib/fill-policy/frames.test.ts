import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { frameSeen, readTab, updateTab } from './frames';
import { withRejection } from './policy';

beforeEach(() => fakeBrowser.reset());

describe('the frames a tab reported', () => {
  it('keeps the focus a frame reported when it asks again, and forgets it when the frame shows another origin', async () => {
    await frameSeen(1, 0, 'https://bank.test', true);
    const focusedAt = (await readTab(1)).frames[0]!.focusedAt;
    expect(focusedAt).toBeGreaterThan(0);
    await frameSeen(1, 0, 'https://bank.test', false);
    expect((await readTab(1)).frames).toMatchObject([{ frameId: 0, focusedAt }]);
    await frameSeen(1, 0, 'https://ads.test', false);
    expect((await readTab(1)).frames).toMatchObject([{ frameId: 0, origin: 'https://ads.test', focusedAt: 0 }]);
  });

  it('keeps tabs apart and at most 16 frames a tab', async () => {
    for (let id = 0; id < 40; id++) await frameSeen(2, id, 'https://ads.test', false);
    await frameSeen(3, 0, 'https://bank.test', false);
    const frames = (await readTab(2)).frames.map((f) => f.frameId);
    expect(frames).toHaveLength(16);
    expect(frames.at(-1)).toBe(39);
    expect((await readTab(3)).frames).toHaveLength(1);
  });

  it('writes nothing when nothing changed', async () => {
    const tab = await updateTab(4, (t) => withRejection(t, 0, Date.now()));
    expect(tab.rejections).toBe(0);
    expect(await fakeBrowser.storage.session.get('fillTabs')).toEqual({});
  });
});
