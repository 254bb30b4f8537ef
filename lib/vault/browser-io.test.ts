import { describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { browserVaultIo } from './browser-io';

describe('browserVaultIo head', () => {
  it('keeps the head it wrote and sees one written from another context', async () => {
    expect(await browserVaultIo.getHead()).toBeNull();
    await browserVaultIo.setHead({ slot: 'a', gen: 1 });
    expect(await browserVaultIo.getHead()).toEqual({ slot: 'a', gen: 1 });
    // Another context (or a restore) writes storage directly: the change is seen on the next read.
    await browser.storage.local.set({ vaultHead: { slot: 'b', gen: 2 } });
    await new Promise((r) => setTimeout(r, 0));
    expect(await browserVaultIo.getHead()).toEqual({ slot: 'b', gen: 2 });
    await browser.storage.local.remove('vaultHead');
    await new Promise((r) => setTimeout(r, 0));
    expect(await browserVaultIo.getHead()).toBeNull();
  });
});
