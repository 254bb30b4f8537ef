import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeAllListeners } from '@/lib/messaging/protocol';
import { vaultHeadItem } from '@/lib/storage/items';
import { testAccount } from './account.test-support';
import { sealBackupWithPassword } from './backup';
import { registerVaultHandlers } from './handlers';
import { newKdfParams } from './kdf';
import { TEST_COST } from './memory-io';
import { MIN_PASSWORD_LENGTH } from './strength';

/** Delivers a protocol message as the browser would, from the given sender, and waits for the answer. */
function deliver(type: string, sender: object, data?: unknown) {
  const message = { id: 1, type, data, timestamp: Date.now() };
  return new Promise<{ res?: unknown; err?: { message: string } }>((resolve) => {
    // The real event passes sendResponse as a third argument; @webext-core/messaging answers through it.
    const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
    void trigger(message, sender, resolve);
  });
}

describe('vault message handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    removeAllListeners();
    registerVaultHandlers();
  });

  const page = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });
  const contentScript = () => ({ id: fakeBrowser.runtime.id, url: 'https://example.com/login', tab: { id: 3 } });

  it('answers our extension pages', async () => {
    expect((await deliver('vaultStatus', page())).res).toEqual({ state: 'empty' });
  });

  it('does not let a backup with a short password become the master password', async () => {
    const short = 'x'.repeat(MIN_PASSWORD_LENGTH - 1);
    const json = await sealBackupWithPassword([], short, newKdfParams(TEST_COST), Date.now());
    const answer = (await deliver('backupRestore', page(), { json, password: short })).res as {
      ok: boolean;
      error: string;
    };
    expect(answer.ok).toBe(false);
    expect(answer.error).toContain(`shorter than ${MIN_PASSWORD_LENGTH} characters`);
    expect(await vaultHeadItem.getValue()).toBeNull();
    expect((await deliver('vaultStatus', page())).res).toEqual({ state: 'empty' });
  });

  it('does not seal a backup with a password shorter than the minimum', async () => {
    const answer = (await deliver('backupExport', page(), { password: 'short' })).res as { ok: boolean; error: string };
    expect(answer).toEqual({
      ok: false,
      error: `The backup password needs at least ${MIN_PASSWORD_LENGTH} characters.`,
    });
  });

  it('rejects content scripts and other extensions, for every vault message, and touches nothing', async () => {
    const types = [
      'vaultStatus',
      'vaultCreate',
      'vaultUnlock',
      'vaultLock',
      'vaultChangePassword',
      'vaultAccounts',
      'accountAdd',
      'accountsImport',
      'accountUpdate',
      'accountDelete',
      'accountRestore',
      'accountsReorder',
      'hotpAdvance',
      'vaultTouch',
      'vaultSetApiKey',
      'vaultCanRollBack',
      'vaultRollBack',
      'backupExport',
      'backupRestore',
    ];
    for (const type of types) {
      for (const sender of [
        contentScript(),
        { id: 'another-extension', url: 'chrome-extension://another-extension/x.html' },
      ]) {
        const answer = await deliver(type, sender, { password: 'password1' });
        expect(answer.err, `${type} from ${sender.url}`).toBeTruthy();
        expect(answer.res).toBeUndefined();
      }
    }
    expect(await vaultHeadItem.getValue()).toBeNull();
  });

  it('answers every account in the user’s order, with the first rows’ codes and the total', async () => {
    expect((await deliver('vaultCreate', page(), { password: 'correct horse battery' })).res).toEqual({ ok: true });
    const accounts = ['a', 'b', 'c', 'd'].map((id) => {
      const { id: _id, order: _order, createdAt: _c, updatedAt: _u, ...rest } = testAccount(id, { pinned: id === 'c' });
      return rest;
    });
    await deliver('accountsImport', page(), { accounts });
    const all = (await deliver('vaultAccounts', page())).res as {
      accounts: { issuer: string }[];
      codes: { code: string }[];
      total: number;
    };
    expect(all.accounts.map((a) => a.issuer)).toEqual(['a', 'b', 'c', 'd']);
    expect(all.codes).toHaveLength(4);
    expect(all.total).toBe(4);
  }, 60_000);
});
