/** Why a Skyvern request failed; `retry` says whether waiting and asking again may help. */
export type SkyvernErrorKind =
  'auth' | 'organization' | 'invalid' | 'unavailable' | 'network' | 'response' | 'http' | 'permission' | 'setup';

export class SkyvernError extends Error {
  override name = 'SkyvernError';
  constructor(
    readonly kind: SkyvernErrorKind,
    message: string,
    readonly status?: number,
    /** What the server asked for in `Retry-After` (429/503), in ms. */
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
  get retry(): boolean {
    return this.kind === 'unavailable' || this.kind === 'network';
  }
}

/** FastAPI's `detail`: a string, or for 422 a list of `{loc, msg}`. */
function detailOf(body: unknown): string | null {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === 'string' && detail.trim()) return detail.trim().slice(0, 300);
  if (Array.isArray(detail)) {
    const parts = detail.map((d: { loc?: unknown; msg?: unknown }) => {
      const loc = Array.isArray(d?.loc) ? d.loc.filter((p) => p !== 'query' && p !== 'body').join('.') : '';
      return [loc, typeof d?.msg === 'string' ? d.msg : ''].filter(Boolean).join(': ');
    });
    return parts.filter(Boolean).join('; ').slice(0, 300) || null;
  }
  return null;
}

/** A clear message for a non-2xx answer (never includes the API key). */
export function errorForStatus(
  status: number,
  body: unknown,
  origin: string,
  retryAfterMs: number | null = null,
): SkyvernError {
  const detail = detailOf(body);
  if (status === 401 || status === 403) {
    return new SkyvernError(
      'auth',
      `Skyvern refused the API key: ${detail ?? 'Invalid credentials'}. Check the key in OTPilot's options.`,
      status,
    );
  }
  if (status === 404 && detail && /organi[sz]ation/i.test(detail)) {
    return new SkyvernError('organization', `Skyvern says: ${detail}. Check the API key and base URL.`, status);
  }
  if (status === 404) {
    return new SkyvernError('http', `${origin} has no Skyvern TOTP API (HTTP 404). Check the base URL.`, status);
  }
  if (status === 422 || status === 400) {
    return new SkyvernError('invalid', `Skyvern rejected the request: ${detail ?? `HTTP ${status}`}.`, status);
  }
  if (status === 429 || status === 502 || status === 503 || status === 504) {
    return new SkyvernError(
      'unavailable',
      `Skyvern is busy or unavailable (HTTP ${status}). OTPilot will try again shortly.`,
      status,
      retryAfterMs,
    );
  }
  return new SkyvernError('http', `Skyvern answered HTTP ${status}${detail ? `: ${detail}` : ''}.`, status);
}
