import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCode } from '../../lib/otp/generate';
import { startSkyvernServer, type SkyvernServer } from './serve';

let s: SkyvernServer;
beforeAll(async () => {
  s = await startSkyvernServer();
});
afterAll(() => s.close());

const get = (path: string, key = s.apiKey) => fetch(`${s.baseUrl}${path}`, { headers: { 'x-api-key': key } });
const SECRET = 'JBSWY3DPEHPK3PXP';

describe('local Skyvern credentials API', () => {
  it('GET /v1/credentials lists credentials with their 2FA type, identifier and tested URL, never a secret', async () => {
    const withApp = s.addCredential({
      name: 'Acme portal',
      username: 'ops@acme.test',
      totp_secret: SECRET,
      tested_url: 'https://acme.test/login',
    });
    s.addCredential({ name: 'Mail login', username: 'me', totp_type: 'email', totp_identifier: 'me@x.io' });
    const response = await get('/v1/credentials?page_size=50');
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toContainEqual({
      credential_id: withApp.credential_id,
      credential: { username: 'ops@acme.test', totp_type: 'authenticator' },
      credential_type: 'password',
      name: 'Acme portal',
      vault_type: 'bitwarden',
      tested_url: 'https://acme.test/login',
    });
    expect(body.find((c: { name: string }) => c.name === 'Mail login').credential).toEqual({
      username: 'me',
      totp_type: 'email',
      totp_identifier: 'me@x.io',
    });
    expect(JSON.stringify(body)).not.toContain(SECRET);
    expect((await get('/v1/credentials?page=0')).status).toBe(422);
    expect((await get('/v1/credentials', 'bad')).status).toBe(403);
  });

  it('pages like the real route: page_size defaults to 10', async () => {
    for (let i = 0; i < 12; i++) s.addCredential({ name: `n${i}`, username: `u${i}` });
    expect((await (await get('/v1/credentials')).json()).length).toBe(10);
    const second = await (await get('/v1/credentials?page=2')).json();
    expect(second.length).toBeGreaterThan(0);
  });

  it('GET …/totp-code answers the current code and seconds left, not cached; 400 without authenticator, 404 unknown', async () => {
    const app = s.addCredential({ name: 'App', username: 'a', totp_secret: SECRET });
    const plain = s.addCredential({ name: 'Plain', username: 'b' });
    const response = await get(`/v1/credentials/${app.credential_id}/totp-code`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const { code, seconds_remaining } = await response.json();
    const now = Date.now();
    const possible = await Promise.all(
      [now - 2000, now].map((t) =>
        generateCode({ type: 'totp', secret: SECRET, algorithm: 'SHA1', digits: 6, period: 30, counter: 0 }, t),
      ),
    );
    expect(possible).toContain(code);
    expect(seconds_remaining).toBeGreaterThanOrEqual(1);
    expect(seconds_remaining).toBeLessThanOrEqual(30);
    expect((await get(`/v1/credentials/${plain.credential_id}/totp-code`)).status).toBe(400);
    expect((await get('/v1/credentials/cred_nope/totp-code')).status).toBe(404);
  });

  it('every answer carries a Date header from the server clock, errors included', async () => {
    s.clockSkewMs = 42_000;
    try {
      for (const response of [await get('/v1/credentials'), await get('/v1/credentials', 'bad'), await get('/nope')]) {
        const date = Date.parse(response.headers.get('date') ?? '');
        expect(Math.abs(date - (Date.now() + 42_000))).toBeLessThan(3_000);
      }
    } finally {
      s.clockSkewMs = 0;
    }
  });
});
