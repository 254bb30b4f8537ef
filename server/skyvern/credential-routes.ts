import type { ServerResponse } from 'node:http';
import { credentialResponse, currentCode, type CredentialStore } from './credentials';
import type { Json } from './serve';

interface Context {
  credentials: CredentialStore;
  json: Json;
  res: ServerResponse;
  /** The server's clock (it may be set apart from this computer's in tests). */
  now: () => number;
}
type Handler = (url: URL, org: string, ctx: Context) => Promise<void>;

const intError = (name: string, raw: string) => ({
  detail: [
    { type: 'greater_than_equal', loc: ['query', name], msg: 'Input should be greater than or equal to 1', input: raw },
  ],
});

/** `GET /v1/credentials?page=&page_size=`: the organisation's credentials, public fields only. */
const listCredentials: Handler = async (url, org, { credentials, json, res }) => {
  const read = (name: string, fallback: number) => {
    const raw = url.searchParams.get(name);
    return raw === null ? fallback : /^\d+$/.test(raw) && Number(raw) >= 1 ? Number(raw) : raw;
  };
  const page = read('page', 1);
  const size = read('page_size', 10);
  if (typeof page !== 'number') return json(res, 422, intError('page', page));
  if (typeof size !== 'number') return json(res, 422, intError('page_size', size));
  json(res, 200, credentials.page(org, page, size).map(credentialResponse));
};

/** `GET /v1/credentials/{id}/totp-code`: the current code of a stored authenticator, never its secret. */
function totpCode(id: string): Handler {
  return async (_url, org, { credentials, json, res, now }) => {
    const credential = credentials.get(org, id);
    if (!credential) return json(res, 404, { detail: 'Credential not found' });
    if (!credential.totp_secret) {
      return json(res, 400, { detail: 'This credential has no authenticator (TOTP) secret' });
    }
    json(res, 200, await currentCode(credential.totp_secret, now()), { 'cache-control': 'no-store' });
  };
}

/**
 * Which route a request is for: `'totp'` (the pushed codes, handled by serve.ts), a credential handler, or why not.
 * Paths come without trailing slashes.
 */
export function credentialRoute(path: string, method: string): 'totp' | Handler | 'not-found' | 'bad-method' {
  if (path === '/v1/credentials/totp') return method === 'GET' || method === 'POST' ? 'totp' : 'bad-method';
  if (path === '/v1/credentials') return method === 'GET' ? listCredentials : 'bad-method';
  const id = /^\/v1\/credentials\/([^/]+)\/totp-code$/.exec(path)?.[1];
  if (id) return method === 'GET' ? totpCode(decodeURIComponent(id)) : 'bad-method';
  return 'not-found';
}
