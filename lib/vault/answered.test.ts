import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver, fromPage as page } from '@/lib/messaging/deliver.test-support';
import { removeAllListeners } from '@/lib/messaging/protocol';
import { answeredRequestsItem } from '@/lib/storage/items';
import { testAccount } from './account.test-support';
import { registerVaultHandlers } from './handlers';

const {
  id: _id,
  order: _o,
  createdAt: _c,
  updatedAt: _u,
  ...account
} = testAccount('a', {
  issuer: 'Examplebank',
  secret: 'JBSWY3DPEHPK3PXP',
});

describe('writes a page may send again (request ids)', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    removeAllListeners();
    registerVaultHandlers();
    expect((await deliver('vaultCreate', page(), { password: 'correct horse battery' })).res).toEqual({ ok: true });
  }, 60_000);

  it('answers a replayed accountAdd with its first answer, adds once, and keeps no secret in the clear', async () => {
    const first = await deliver('accountAdd', page(), { account, requestId: 'req-00000001' });
    expect(first.res).toMatchObject({ ok: true, account: { issuer: account.issuer } });
    const replay = await deliver('accountAdd', page(), { account, requestId: 'req-00000001' });
    expect(replay.res).toEqual(first.res);
    const stored = JSON.stringify(await answeredRequestsItem.getValue());
    expect(stored).not.toContain('JBSWY3DPEHPK3PXP');
    expect(stored).not.toContain(account.issuer);
    // Another request (no id, or a new one) for the same account is a duplicate, as before.
    const again = await deliver('accountAdd', page(), { account, requestId: 'req-00000002' });
    expect(again.res).toMatchObject({ ok: false, error: expect.stringContaining('already in the vault') });
    const all = (await deliver('vaultAccounts', page())).res as { total: number };
    expect(all.total).toBe(1);
  }, 60_000);

  it('answers the added account when the first run stopped after saving but before answering', async () => {
    const first = await deliver('accountAdd', page(), { account, requestId: 'req-00000003' });
    // The worker stopped before it remembered the answer: only the "started" mark is left.
    await answeredRequestsItem.setValue([{ id: 'req-00000003', type: 'accountAdd', at: Date.now(), sealed: null }]);
    const replay = await deliver('accountAdd', page(), { account, requestId: 'req-00000003' });
    expect(replay.res).toEqual(first.res);
    expect(((await deliver('vaultAccounts', page())).res as { total: number }).total).toBe(1);
  }, 60_000);
});
