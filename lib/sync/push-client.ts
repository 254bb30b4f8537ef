import { parseTotpCodes } from './schema';
import { apiUrl, notTheApi, requestJson, type SkyvernConnection } from './request';
import type { TotpCode } from './schema';

/**
 * `POST /v1/credentials/totp` with `source: "browser"`: stores a message (a code, a link, or a longer text
 * Skyvern extracts one from) for `identifier`. Answers the stored row; `code` is "" when nothing was found.
 */
export async function pushToSkyvern(
  connection: SkyvernConnection,
  identifier: string,
  content: string,
): Promise<TotpCode> {
  const url = apiUrl(connection.baseUrl, 'credentials/totp');
  const { body, response } = await requestJson(connection, url, {
    method: 'POST',
    body: { totp_identifier: identifier, content, source: 'browser' },
  });
  const [row] = parseTotpCodes([body]) ?? [];
  if (!row) throw notTheApi(response, url, 'the stored code');
  return row;
}
