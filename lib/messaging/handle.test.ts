import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver, fromPage as page } from './deliver.test-support';
import { BAD_REQUEST, handle, REFUSED } from './handle';
import { removeAllListeners } from './protocol';

const frame = (frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  url: 'https://example.com/login',
  origin: 'https://example.com',
  frameId,
  tab: { id: 3, url: 'https://example.com/login' },
});

describe('handle', () => {
  let seen: unknown[];
  beforeEach(() => {
    fakeBrowser.reset();
    removeAllListeners();
    seen = [];
    handle('vaultTouch', () => {
      seen.push('touch');
      return { ok: true };
    });
    handle('autofillFocus', ({ data }) => {
      seen.push(data);
      return { ok: true };
    });
  });

  it('answers an extension page a page-only message', async () => {
    expect((await deliver('vaultTouch', page())).res).toEqual({ ok: true });
    expect(seen).toEqual(['touch']);
  });

  it('refuses a content script a page-only message, and runs nothing', async () => {
    expect((await deliver('vaultTouch', frame())).err?.message).toBe(REFUSED);
    expect(seen).toEqual([]);
  });

  it('refuses a web page, another extension and a page of another extension', async () => {
    const senders = [
      { url: 'https://evil.example/', origin: 'https://evil.example' },
      { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
      { id: fakeBrowser.runtime.id, url: 'https://evil.example/', origin: 'https://evil.example' },
    ];
    for (const sender of senders) expect((await deliver('vaultTouch', sender)).err?.message).toBe(REFUSED);
    expect(seen).toEqual([]);
  });

  it('takes a content script message from any frame of a web page, with the protocol payload only', async () => {
    expect((await deliver('autofillFocus', frame(0), { url: 'https://example.com/login' })).res).toEqual({ ok: true });
    expect((await deliver('autofillFocus', frame(7), { url: 'https://example.com/x', extra: 1 })).res).toEqual({
      ok: true,
    });
    expect(seen).toEqual([{ url: 'https://example.com/login' }, { url: 'https://example.com/x' }]);
  });

  it('refuses a content script message from our own pages and from a tab frame that is no web page', async () => {
    expect((await deliver('autofillFocus', page(), { url: 'https://example.com/' })).err?.message).toBe(REFUSED);
    const blank = { ...frame(2), url: 'about:blank', origin: 'null' };
    expect((await deliver('autofillFocus', blank, { url: 'about:blank' })).err?.message).toBe(REFUSED);
    expect(seen).toEqual([]);
  });

  it('answers a bad payload "Bad request." and runs nothing', async () => {
    for (const data of [undefined, { url: 42 }, { url: 'x'.repeat(8193) }, 'https://example.com/']) {
      expect((await deliver('autofillFocus', frame(), data)).err?.message).toBe(BAD_REQUEST);
    }
    expect(seen).toEqual([]);
  });
});
