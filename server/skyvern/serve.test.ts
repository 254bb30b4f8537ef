import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSkyvernServer, type SkyvernServer } from './serve';

let s: SkyvernServer;
beforeAll(async () => {
  s = await startSkyvernServer();
});
afterAll(() => s.close());

const post = (body: unknown, key = s.apiKey) =>
  fetch(`${s.baseUrl}/v1/credentials/totp`, {
    method: 'POST',
    headers: { 'x-api-key': key, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
const get = (query = '', headers: Record<string, string> = { 'x-api-key': s.apiKey }) =>
  fetch(`${s.baseUrl}/v1/credentials/totp${query}`, { headers });

describe('local Skyvern TOTP API', () => {
  it('POST answers 200 with the stored row: short content verbatim, a bare URL as a magic link', async () => {
    const short = await post({ totp_identifier: 'a@x.io', content: 'AB-12 34', source: 'sms' });
    expect(short.status).toBe(200);
    expect(await short.json()).toMatchObject({
      code: 'AB-12 34',
      otp_type: 'totp',
      source: 'sms',
      organization_id: 'o_demo',
    });
    const link = await (await post({ totp_identifier: 'a@x.io', content: 'https://app.x.io/magic?t=abc' })).json();
    expect(link).toMatchObject({ otp_type: 'magic_link', code: 'https://app.x.io/magic?t=abc' });
    expect(link.created_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}$/);
  });

  it('longer content is extracted; nothing found is raw_pending and never listed', async () => {
    const body = await (
      await post({ totp_identifier: 'b@x.io', content: 'Your verification code is 482 913.' })
    ).json();
    expect(body).toMatchObject({ code: '482913', otp_type: 'totp' });
    const pending = await (
      await post({ totp_identifier: 'b@x.io', content: 'Thanks for your order, see you soon!' })
    ).json();
    expect(pending).toMatchObject({ code: '', otp_type: null, status: 'raw_pending' });
    const listed = await (await get('?totp_identifier=B@X.IO')).json();
    expect(listed.map((c: { code: string }) => c.code)).toEqual(['482913']);
  });

  it('403 for a missing or wrong key (also as Bearer), 422 for limit out of range, 400 for huge content', async () => {
    expect((await get('', {})).status).toBe(403);
    expect(await (await get('', { 'x-api-key': 'bad' })).json()).toEqual({ detail: 'Invalid credentials' });
    expect((await get('', { authorization: `Bearer ${s.apiKey}` })).status).toBe(200);
    const tooMany = await get('?limit=201');
    expect(tooMany.status).toBe(422);
    expect((await tooMany.json()).detail[0].loc).toEqual(['query', 'limit']);
    expect((await get('?limit=0')).status).toBe(422);
    expect((await post({ totp_identifier: 'a', content: 'x'.repeat(70_000) })).status).toBe(400);
    expect((await post({ content: 'x' })).status).toBe(422);
  });

  it('no age filter on GET: a code from an hour ago still comes back', async () => {
    s.push({ totp_identifier: 'c@x.io', content: '999999' }, Date.now() - 3_600_000);
    const listed = await (await get('?totp_identifier=c@x.io')).json();
    expect(listed[0].code).toBe('999999');
  });
});

describe('identifiers as the real server keeps them', () => {
  it('e-mail addresses are trimmed and lower-cased; anything else is kept exactly as sent', async () => {
    const mail = await (await post({ totp_identifier: '  Me@Example.COM ', content: '111111' })).json();
    expect(mail.totp_identifier).toBe('me@example.com');
    const phone = await (await post({ totp_identifier: '+1 415 555 0100', content: '222222' })).json();
    expect(phone.totp_identifier).toBe('+1 415 555 0100');
    expect((await (await get('?totp_identifier=ME@example.com')).json())[0].code).toBe('111111');
    expect(await (await get('?totp_identifier=%2B14155550100')).json()).toEqual([]);
    expect((await (await get('?totp_identifier=%2B1%20415%20555%200100')).json())[0].code).toBe('222222');
  });
});
