import { errorForStatus, SkyvernError } from './errors';
import { parseTotpCodes, type TotpCode } from './schema';

/** Where and as whom to ask. The key travels only in the `x-api-key` header, from the background. */
export interface SkyvernConnection {
  baseUrl: string;
  apiKey: string;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  timeoutMs?: number;
}

export interface ListTotpParams {
  totpIdentifier?: string;
  otpType?: 'totp' | 'magic_link';
  workflowRunId?: string;
  /** 1..200 (the server answers 422 outside); default 50. */
  limit?: number;
}

export const MAX_LIMIT = 200;

/** `GET {base}/v1/credentials/totp?...`; a base URL with a path prefix (a reverse proxy) keeps it. */
export function totpCodesUrl(baseUrl: string, params: ListTotpParams = {}): URL {
  const url = new URL(`${baseUrl.replace(/\/+$/, '')}/v1/credentials/totp`);
  if (params.totpIdentifier) url.searchParams.set('totp_identifier', params.totpIdentifier);
  if (params.otpType) url.searchParams.set('otp_type', params.otpType);
  if (params.workflowRunId) url.searchParams.set('workflow_run_id', params.workflowRunId);
  if (params.limit !== undefined) {
    url.searchParams.set('limit', String(Math.min(MAX_LIMIT, Math.max(1, Math.floor(params.limit)))));
  }
  return url;
}

/** A redirect not followed: browsers give an opaque answer (status 0), Node the 3xx itself. */
function isRedirect(response: Response): boolean {
  return response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400);
}

function redirectError(url: URL, response: Response): SkyvernError {
  let target = '';
  try {
    const location = response.headers.get('location');
    if (location) target = ` to ${new URL(location, url).origin}`;
  } catch {
    // an unreadable Location: the origin stays unnamed
  }
  return new SkyvernError(
    'setup',
    `${url.origin} redirected the request${target}. OTPilot does not follow redirects with the API key: set the base URL to the address the API answers at.`,
    response.status || undefined,
  );
}

/**
 * Lists pushed codes, newest first as the server sends them. The server applies no age filter:
 * callers keep only recent ones (see `recentCodes`). Throws a SkyvernError with a message fit to show.
 */
export async function listTotpCodes(connection: SkyvernConnection, params: ListTotpParams = {}): Promise<TotpCode[]> {
  const url = totpCodesUrl(connection.baseUrl, params);
  const doFetch = connection.fetch ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      method: 'GET',
      headers: { 'x-api-key': connection.apiKey, accept: 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
      // The key is a header of ours: a followed redirect would carry it to wherever the server points.
      redirect: 'manual',
      signal: AbortSignal.timeout(connection.timeoutMs ?? 15_000),
    });
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    throw new SkyvernError(
      'network',
      timedOut
        ? `${url.origin} did not answer in time. OTPilot will try again shortly.`
        : `Could not reach ${url.origin}. Check the base URL, your connection, and that OTPilot may access this site.`,
    );
  }
  if (isRedirect(response)) throw redirectError(url, response);
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = undefined;
  }
  if (!response.ok) throw errorForStatus(response.status, body ?? null, url.origin);
  const codes = body === undefined ? null : parseTotpCodes(body);
  if (!codes) {
    const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
    throw new SkyvernError(
      'response',
      `${url.origin} did not answer with a list of codes (${type}). Is the base URL a Skyvern API?`,
      response.status,
    );
  }
  return codes;
}
