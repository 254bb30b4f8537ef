import { noteServerDate } from '@/lib/clock/record';
import { parseRetryAfter } from './cadence';
import { errorForStatus, SkyvernError } from './errors';

/** Where and as whom to ask. The key travels only in the `x-api-key` header, from the background. */
export interface SkyvernConnection {
  baseUrl: string;
  apiKey: string;
  /** Injected in tests; the global fetch otherwise. */
  fetch?: typeof fetch;
  timeoutMs?: number;
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

/** `{base}/v1/...`; a base URL with a path prefix (a reverse proxy) keeps it. */
export function apiUrl(baseUrl: string, path: string): URL {
  return new URL(`${baseUrl.replace(/\/+$/, '')}/v1/${path}`);
}

/**
 * One call to the Skyvern API: the answer's JSON (undefined when it is not JSON) and the response. Every answer's
 * `Date` header tells how far this computer's clock is off. Throws a SkyvernError fit to show for a failure.
 */
export async function requestJson(
  connection: SkyvernConnection,
  url: URL,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<{ body: unknown; response: Response }> {
  const doFetch = connection.fetch ?? fetch;
  const sentAt = Date.now();
  let response: Response;
  try {
    response = await doFetch(url, {
      method: init.method ?? 'GET',
      headers: {
        'x-api-key': connection.apiKey,
        accept: 'application/json',
        ...(init.body !== undefined ? { 'content-type': 'application/json' } : {}),
      },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
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
  noteServerDate(response.headers.get('date'), sentAt, Date.now(), url.origin);
  if (isRedirect(response)) throw redirectError(url, response);
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
    throw errorForStatus(response.status, body ?? null, url.origin, retryAfter);
  }
  return { body, response };
}

/** The error for an answer that is not what the route sends (a wrong base URL, usually). */
export function notTheApi(response: Response, url: URL, what: string): SkyvernError {
  const type = response.headers.get('content-type')?.split(';')[0] || 'no content type';
  return new SkyvernError(
    'response',
    `${url.origin} did not answer with ${what} (${type}). Is the base URL a Skyvern API?`,
    response.status,
  );
}
