import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CodeStore, type NewCode } from './store';
import { CredentialStore, type NewCredential } from './credentials';
import { credentialRoute } from './credential-routes';

/**
 * A local stand-in for Skyvern's TOTP API (`GET`/`POST /v1/credentials/totp`) that behaves as the real
 * server does (see /work/shared/skyvern-totp-api.md): 403 for a bad, missing or expired key (never 401),
 * 404 for a key whose organisation is gone, 422 for a `limit` outside 1..200, POST answering 200 with the
 * stored row, no age filter on GET, timestamps without a time zone, no CORS headers. Node http, 127.0.0.1.
 */

export const DEMO_API_KEY = 'sk-demo-otpilot-0123456789';

export interface SkyvernServerOptions {
  port?: number;
  /** API key → organisation id. Default: the demo key. */
  keys?: Record<string, string>;
  now?: () => number;
}

export interface SkyvernServer {
  server: Server;
  baseUrl: string;
  apiKey: string;
  store: CodeStore;
  credentials: CredentialStore;
  /** How far the server's clock (its `Date` header, its codes) is ahead of this computer's, in ms. */
  clockSkewMs: number;
  /** Keys that now answer "expired"; organisations that no longer exist. */
  expiredKeys: Set<string>;
  deletedOrganizations: Set<string>;
  /** While true every request gets 503, as under overload. */
  overloaded: boolean;
  /** Every request seen (method, path and query), for tests that wait for a poll. */
  requests: { method: string; path: string; query: Record<string, string> }[];
  /** Stores a message as POST would, for the demo key's organisation (optionally back-dated). */
  push(input: NewCode, createdAtMs?: number): ReturnType<CodeStore['add']>;
  /** Saves a credential for the demo key's organisation (with `totp_secret`: an authenticator). */
  addCredential(input: NewCredential): ReturnType<CredentialStore['add']>;
  close(): Promise<void>;
}

export type Json = (res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>) => void;

const queryError = (loc: string[], type: string, msg: string, input: unknown, ctx?: object) => ({
  detail: [{ type, loc, msg, input, ...(ctx ? { ctx } : {}) }],
});

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startSkyvernServer(options: SkyvernServerOptions = {}): Promise<SkyvernServer> {
  const keys = options.keys ?? { [DEMO_API_KEY]: 'o_demo' };
  const store = new CodeStore(options.now);
  const credentials = new CredentialStore();
  const state: Pick<SkyvernServer, 'expiredKeys' | 'deletedOrganizations' | 'overloaded' | 'requests' | 'clockSkewMs'> =
    {
      expiredKeys: new Set(),
      deletedOrganizations: new Set(),
      overloaded: false,
      requests: [],
      clockSkewMs: 0,
    };
  const serverNow = () => (options.now ?? Date.now)() + state.clockSkewMs;
  /** Every answer carries the server's `Date` (as uvicorn sends it), from which clients read their clock drift. */
  const json: Json = (res, status, body, headers = {}) => {
    res
      .writeHead(status, { 'content-type': 'application/json', date: new Date(serverNow()).toUTCString(), ...headers })
      .end(JSON.stringify(body));
  };

  /** The caller's organisation, or the error answer (already sent). */
  function authenticate(req: IncomingMessage, res: ServerResponse): string | null {
    const header = req.headers['x-api-key'];
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const key = (Array.isArray(header) ? header[0] : header) ?? bearer;
    if (!key) return (void json(res, 403, { detail: 'Could not validate credentials' }), null);
    const org = keys[key];
    if (!org) return (void json(res, 403, { detail: 'Invalid credentials' }), null);
    if (state.expiredKeys.has(key)) {
      return (void json(res, 403, { detail: 'Your API key has expired. Please create a new one.' }), null);
    }
    if (state.deletedOrganizations.has(org)) return (void json(res, 404, { detail: 'Organization not found' }), null);
    return org;
  }

  function list(url: URL, org: string, res: ServerResponse): void {
    const q = url.searchParams;
    const rawLimit = q.get('limit') ?? '50';
    const limit = Number(rawLimit);
    if (!/^-?\d+$/.test(rawLimit)) {
      return json(res, 422, queryError(['query', 'limit'], 'int_parsing', 'Input should be a valid integer', rawLimit));
    }
    if (limit < 1) {
      return json(
        res,
        422,
        queryError(['query', 'limit'], 'greater_than_equal', 'Input should be greater than or equal to 1', rawLimit, {
          ge: 1,
        }),
      );
    }
    if (limit > 200) {
      return json(
        res,
        422,
        queryError(['query', 'limit'], 'less_than_equal', 'Input should be less than or equal to 200', rawLimit, {
          le: 200,
        }),
      );
    }
    const otpType = q.get('otp_type') ?? undefined;
    if (otpType !== undefined && otpType !== 'totp' && otpType !== 'magic_link') {
      return json(
        res,
        422,
        queryError(['query', 'otp_type'], 'enum', "Input should be 'totp' or 'magic_link'", otpType),
      );
    }
    json(
      res,
      200,
      store.list(org, {
        limit,
        otp_type: otpType,
        totp_identifier: q.get('totp_identifier') ?? undefined,
        workflow_run_id: q.get('workflow_run_id') ?? undefined,
      }),
    );
  }

  async function create(req: IncomingMessage, org: string, res: ServerResponse): Promise<void> {
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch {
      return json(res, 422, queryError(['body'], 'json_invalid', 'JSON decode error', null));
    }
    for (const field of ['totp_identifier', 'content'] as const) {
      if (typeof body?.[field] !== 'string') {
        return json(res, 422, queryError(['body', field], 'missing', 'Field required', body ?? null));
      }
    }
    const content = body.content as string;
    if (Buffer.byteLength(content) > 64 * 1024) return json(res, 400, { detail: 'Failed to parse otp login' });
    const text = (k: string) => (typeof body[k] === 'string' ? (body[k] as string) : null);
    const expired = text('expired_at');
    const expiredMs = expired ? Date.parse(/([zZ]|[+-]\d\d:?\d\d)$/.test(expired) ? expired : `${expired}Z`) : NaN;
    json(
      res,
      200,
      store.add(org, {
        totp_identifier: body.totp_identifier as string,
        content,
        source: text('source'),
        task_id: text('task_id'),
        workflow_id: text('workflow_id'),
        workflow_run_id: text('workflow_run_id'),
        expired_at: Number.isFinite(expiredMs) ? new Date(expiredMs).toISOString().slice(0, 23) + '000' : null,
      }),
    );
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    state.requests.push({
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
    });
    const path = url.pathname.replace(/\/+$/, '');
    const route = credentialRoute(path, req.method ?? 'GET');
    if (route === 'not-found') return json(res, 404, { detail: 'Not Found' });
    if (route === 'bad-method') return json(res, 405, { detail: 'Method Not Allowed' });
    if (state.overloaded) {
      res.setHeader('retry-after', '2');
      return json(res, 503, { detail: 'Service Unavailable' });
    }
    const org = authenticate(req, res);
    if (!org) return;
    if (route !== 'totp') {
      return void route(url, org, { credentials, json, res, now: serverNow }).catch((error: unknown) => {
        if (!res.headersSent) json(res, 500, { detail: String(error) });
      });
    }
    if (req.method === 'GET') return list(url, org, res);
    create(req, org, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { detail: String(error) });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const [apiKey, org] = Object.entries(keys)[0]!;

  return Object.assign(state, {
    server,
    baseUrl,
    apiKey,
    store,
    credentials,
    addCredential: (input: NewCredential) => credentials.add(org, input),
    push: (input: NewCode, createdAtMs?: number) => store.add(org, input, createdAtMs),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
}
