import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSkyvernServer, type SkyvernServer } from '@/server/skyvern/serve';
import { listTotpCodes, totpCodesUrl } from './client';
import { SkyvernError } from './errors';
import { recentCodes } from './recent';

let skyvern: SkyvernServer;
beforeAll(async () => {
  skyvern = await startSkyvernServer();
});
afterAll(() => skyvern.close());

const conn = () => ({ baseUrl: skyvern.baseUrl, apiKey: skyvern.apiKey });
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as SkyvernError,
  );

describe('listTotpCodes against a local Skyvern-like server', () => {
  it('sends the key in x-api-key and the query parameters', async () => {
    skyvern.push({ totp_identifier: 'Ann@Example.com', content: 'Your code is 123456', source: 'email' });
    const codes = await listTotpCodes(conn(), { totpIdentifier: 'ann@example.com', otpType: 'totp', limit: 5 });
    // The real server keeps e-mail identifiers trimmed and lower-cased.
    expect(codes[0]).toMatchObject({ code: '123456', otp_type: 'totp', totp_identifier: 'ann@example.com' });
    expect(skyvern.requests.at(-1)?.query).toEqual({
      totp_identifier: 'ann@example.com',
      otp_type: 'totp',
      limit: '5',
    });
  });

  it('keeps the limit within 1..200 and a base URL path prefix', () => {
    expect(totpCodesUrl('https://x.test/proxy/', { limit: 999 }).href).toBe(
      'https://x.test/proxy/v1/credentials/totp?limit=200',
    );
    expect(totpCodesUrl('https://x.test', { limit: 0 }).searchParams.get('limit')).toBe('1');
  });

  it('403: shows the server detail, for a wrong and for an expired key', async () => {
    const wrong = await failure(listTotpCodes({ ...conn(), apiKey: 'nope' }));
    expect(wrong).toBeInstanceOf(SkyvernError);
    expect(wrong.kind).toBe('auth');
    expect(wrong.message).toContain('Invalid credentials');
    expect(wrong.message).not.toContain('nope');
    skyvern.expiredKeys.add(skyvern.apiKey);
    const expired = await failure(listTotpCodes(conn()));
    skyvern.expiredKeys.clear();
    expect(expired.message).toContain('Your API key has expired');
  });

  it('404 organisation, 503 overload (retry), 422 detail', async () => {
    skyvern.deletedOrganizations.add('o_demo');
    const org = await failure(listTotpCodes(conn()));
    skyvern.deletedOrganizations.clear();
    expect(org.kind).toBe('organization');
    expect(org.message).toContain('Organization not found');

    skyvern.overloaded = true;
    const busy = await failure(listTotpCodes(conn()));
    skyvern.overloaded = false;
    expect(busy.kind).toBe('unavailable');
    expect(busy.retry).toBe(true);
    expect(busy.message).toMatch(/try again/i);
    expect(busy.retryAfterMs).toBe(2_000); // the server's Retry-After, honoured by the poller

    const fetch422: typeof fetch = (input) =>
      globalThis.fetch(String(input).replace('limit=', 'limit=0&x='), { headers: { 'x-api-key': skyvern.apiKey } });
    const invalid = await failure(listTotpCodes({ ...conn(), fetch: fetch422 }, { limit: 3 }));
    expect(invalid.kind).toBe('invalid');
    expect(invalid.message).toContain('limit: Input should be greater than or equal to 1');
  });

  it('network failure and a non-JSON answer get their own messages', async () => {
    const down = await failure(listTotpCodes({ baseUrl: 'http://127.0.0.1:9', apiKey: 'k' }));
    expect(down.kind).toBe('network');
    expect(down.message).toContain('Could not reach http://127.0.0.1:9');
    const html: typeof fetch = async () =>
      new Response('<html>hello</html>', { status: 200, headers: { 'content-type': 'text/html' } });
    const notJson = await failure(listTotpCodes({ ...conn(), fetch: html }));
    expect(notJson.kind).toBe('response');
    expect(notJson.message).toContain('text/html');
  });

  it('old codes come back from the server; recentCodes drops them (and raw_pending never shows)', async () => {
    const now = Date.now();
    skyvern.push({ totp_identifier: 'old@x.io', content: '111111' }, now - 11 * 60_000);
    skyvern.push({ totp_identifier: 'old@x.io', content: 'Hello, nothing to see here' });
    skyvern.push({ totp_identifier: 'old@x.io', content: '222222' });
    const all = await listTotpCodes(conn(), { totpIdentifier: 'old@x.io' });
    expect(all.map((c) => c.code)).toEqual(['222222', '111111']);
    expect(all[0]!.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
    expect(recentCodes(all, { now }).map((c) => c.value)).toEqual(['222222']);
  });

  it('does not follow a redirect with the key, and says where it pointed', async () => {
    const redirector = createServer((req, res) => {
      res.writeHead(307, { location: `${skyvern.baseUrl}${req.url}` }).end();
    });
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    const { port } = redirector.address() as AddressInfo;
    const before = skyvern.requests.length;
    try {
      const error = await failure(listTotpCodes({ ...conn(), baseUrl: `http://127.0.0.1:${port}` }));
      expect(error.kind).toBe('setup');
      expect(error.message).toContain(
        `http://127.0.0.1:${port} redirected the request to ${new URL(skyvern.baseUrl).origin}`,
      );
      expect(error.message).not.toContain(skyvern.apiKey);
      expect(skyvern.requests.length).toBe(before);
    } finally {
      redirector.close();
    }
  });

  it('asks the browser not to follow redirects (its answer is then opaque)', async () => {
    let init: RequestInit | undefined;
    const opaque: typeof fetch = async (_input, i) => {
      init = i;
      return Object.defineProperty(new Response(null), 'type', { value: 'opaqueredirect' });
    };
    const error = await failure(listTotpCodes({ ...conn(), fetch: opaque }));
    expect(init?.redirect).toBe('manual');
    expect(error.message).toContain('redirected the request. OTPilot does not follow redirects');
  });
});
