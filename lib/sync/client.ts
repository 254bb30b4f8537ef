import { apiUrl, notTheApi, requestJson, type SkyvernConnection } from './request';
import { parseTotpCodes, type TotpCode } from './schema';

export type { SkyvernConnection };

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
  const url = apiUrl(baseUrl, 'credentials/totp');
  if (params.totpIdentifier) url.searchParams.set('totp_identifier', params.totpIdentifier);
  if (params.otpType) url.searchParams.set('otp_type', params.otpType);
  if (params.workflowRunId) url.searchParams.set('workflow_run_id', params.workflowRunId);
  if (params.limit !== undefined) {
    url.searchParams.set('limit', String(Math.min(MAX_LIMIT, Math.max(1, Math.floor(params.limit)))));
  }
  return url;
}

/**
 * Lists pushed codes, newest first as the server sends them. The server applies no age filter:
 * callers keep only recent ones (see `recentCodes`). Throws a SkyvernError with a message fit to show.
 */
export async function listTotpCodes(connection: SkyvernConnection, params: ListTotpParams = {}): Promise<TotpCode[]> {
  const url = totpCodesUrl(connection.baseUrl, params);
  const { body, response } = await requestJson(connection, url);
  const codes = body === undefined ? null : parseTotpCodes(body);
  if (!codes) throw notTheApi(response, url, 'a list of codes');
  return codes;
}
