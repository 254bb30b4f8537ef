import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSkyvernServer, type SkyvernServer } from '@/server/skyvern/serve';
import { clockOffset, setClockOffset } from '@/lib/clock/now';
import { clockOffsetItem } from '@/lib/storage/items';
import { credentialTotpCode, listCredentials } from './credentials-client';
import { SkyvernError } from './errors';
import { pushToSkyvern } from './push-client';

let skyvern: SkyvernServer;
beforeAll(async () => {
  skyvern = await startSkyvernServer();
});
afterAll(() => skyvern.close());

const conn = () => ({ baseUrl: skyvern.baseUrl, apiKey: skyvern.apiKey });

describe('Skyvern credentials, as the background asks for them', () => {
  it('lists every credential page by page, with identifier, 2FA type and tested URL', async () => {
    for (let i = 0; i < 105; i++) skyvern.addCredential({ name: `n${i}`, username: `u${i}` });
    skyvern.addCredential({
      name: 'Shop',
      username: 'me',
      totp_type: 'text',
      totp_identifier: '+14155550100',
      tested_url: 'https://shop.test/login',
    });
    const all = await listCredentials(conn());
    expect(all).toHaveLength(106);
    expect(all.at(-1)).toEqual({
      id: expect.stringMatching(/^cred_/),
      name: 'Shop',
      username: 'me',
      totpType: 'text',
      totpIdentifier: '+14155550100',
      testedUrl: 'https://shop.test/login',
    });
    expect(skyvern.requests.filter((r) => r.path === '/v1/credentials').map((r) => r.query.page)).toEqual(['1', '2']);
  });

  it('a stored authenticator has a code; a credential without one has none; an unknown one is an error', async () => {
    const app = skyvern.addCredential({ name: 'App', username: 'a', totp_secret: 'JBSWY3DPEHPK3PXP' });
    const plain = skyvern.addCredential({ name: 'Plain', username: 'b' });
    expect(await credentialTotpCode(conn(), app.credential_id)).toEqual({
      code: expect.stringMatching(/^\d{6}$/),
      secondsRemaining: expect.any(Number),
    });
    expect(await credentialTotpCode(conn(), plain.credential_id)).toBeNull();
    await expect(credentialTotpCode(conn(), 'cred_gone')).rejects.toBeInstanceOf(SkyvernError);
  });

  it('reads the clock offset from the Date header, and keeps it for the next start', async () => {
    skyvern.clockSkewMs = -42_000;
    try {
      await listCredentials(conn());
      expect(Math.abs(clockOffset() + 42_000)).toBeLessThan(1_500);
      await expect.poll(async () => (await clockOffsetItem.getValue())?.offsetMs ?? 0).toBeLessThan(-40_000);
    } finally {
      skyvern.clockSkewMs = 0;
      setClockOffset(0);
    }
  });

  it('pushes a selection with source "browser"', async () => {
    const row = await pushToSkyvern(conn(), 'Me@X.test ', 'Your code is 135 792');
    expect(row).toMatchObject({ code: '135792', source: 'browser', totp_identifier: 'me@x.test' });
  });
});
