import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { removeAllListeners } from '@/lib/messaging/protocol';
import { notifyVaultChanged, vault } from '@/lib/vault/service';
import { startSkyvernServer, type SkyvernServer } from '@/server/skyvern/serve';
import { registerSyncHandlers } from './handlers';
import { fetchRecentCodes, listedCode } from './service';

let skyvern: SkyvernServer;
beforeAll(async () => {
  skyvern = await startSkyvernServer();
});
afterAll(() => skyvern.close());

describe('pushed codes kept in the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    removeAllListeners();
    fakeBrowser.permissions.contains = async () => true;
    registerSyncHandlers();
  });

  it('are forgotten when the vault locks', async () => {
    await vault.create('correct horse battery');
    skyvern.push({ totp_identifier: 'ann@example.com', content: 'Your code is 246810', source: 'email' });
    const [code] = await fetchRecentCodes({ baseUrl: skyvern.baseUrl, apiKey: skyvern.apiKey, identifiers: [] });
    expect(code && listedCode(code.id)?.value).toBe('246810');

    await vault.lock();
    await notifyVaultChanged();
    expect(listedCode(code!.id)).toBeUndefined();
  }, 60_000);
});
