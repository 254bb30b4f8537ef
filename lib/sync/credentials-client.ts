import { SkyvernError } from './errors';
import { parseCredentials, parseTotpCode, type SkyvernCredential } from './credentials-schema';
import { apiUrl, notTheApi, requestJson, type SkyvernConnection } from './request';

/** Pages asked for at most (the route pages; its default page size is 10). */
const PAGE_SIZE = 100;
const MAX_PAGES = 10;

/**
 * Every credential of the organisation (`GET /v1/credentials`, page by page). A key that may not list them
 * gets a SkyvernError of kind `auth` (403), as for any refused call.
 */
export async function listCredentials(connection: SkyvernConnection): Promise<SkyvernCredential[]> {
  const all: SkyvernCredential[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const url = apiUrl(connection.baseUrl, 'credentials');
    url.searchParams.set('page', String(page));
    url.searchParams.set('page_size', String(PAGE_SIZE));
    const { body, response } = await requestJson(connection, url);
    const raw = Array.isArray(body) ? body : null;
    const parsed = parseCredentials(body);
    if (!raw || !parsed) throw notTheApi(response, url, 'a list of credentials');
    all.push(...parsed);
    if (raw.length < PAGE_SIZE) break;
  }
  return all;
}

/**
 * The current code of a credential's stored authenticator (`GET /v1/credentials/{id}/totp-code`): Skyvern
 * computes it, the secret stays there. Null when the credential has no authenticator (400).
 */
export async function credentialTotpCode(
  connection: SkyvernConnection,
  credentialId: string,
): Promise<{ code: string; secondsRemaining: number } | null> {
  const url = apiUrl(connection.baseUrl, `credentials/${encodeURIComponent(credentialId)}/totp-code`);
  try {
    const { body, response } = await requestJson(connection, url);
    const code = parseTotpCode(body);
    if (!code) throw notTheApi(response, url, 'a code');
    return code;
  } catch (error) {
    if (error instanceof SkyvernError && error.status === 400) return null;
    if (error instanceof SkyvernError && error.status === 404 && error.kind === 'http') {
      throw new SkyvernError('http', 'Skyvern no longer has this credential.', 404);
    }
    throw error;
  }
}
