import { hostOf } from '@/lib/sites/match';
import { credentialTotpCode, listCredentials } from './credentials-client';
import type { SkyvernCredential } from './credentials-schema';
import type { SyncConnection } from './service';
import { usableConnection } from './usable-connection';

/** A current code of an authenticator stored in Skyvern (the secret stays in Skyvern). */
export interface SkyvernAuthenticatorCode {
  credentialId: string;
  name: string;
  username: string;
  /** The host of the login page the credential was tested on (where it may be filled), if known. */
  site: string | null;
  code: string;
  /** When the code stops being valid, on this computer's clock (ms). */
  validUntil: number;
}

const LIST_TTL_MS = 60_000;
let cached: { key: string; at: number; credentials: Promise<SkyvernCredential[]> } | null = null;

/** The organisation's credentials, asked again at most once a minute (the popup and options both use them). */
export async function credentialsOf(connection: SyncConnection, fresh = false): Promise<SkyvernCredential[]> {
  const conn = await usableConnection(connection);
  const key = `${conn.baseUrl}|${conn.apiKey.length}|${conn.apiKey.slice(-4)}`;
  if (fresh || !cached || cached.key !== key || Date.now() - cached.at > LIST_TTL_MS) {
    const credentials = listCredentials(conn);
    cached = { key, at: Date.now(), credentials };
    credentials.catch(() => {
      if (cached?.credentials === credentials) cached = null;
    });
  }
  return cached.credentials;
}

/** The current codes of every credential with an authenticator, in the order Skyvern lists them. */
export async function authenticatorCodes(connection: SyncConnection): Promise<SkyvernAuthenticatorCode[]> {
  const conn = await usableConnection(connection);
  const withApp = (await credentialsOf(connection)).filter((c) => c.totpType === 'authenticator');
  const codes = await Promise.all(
    withApp.map(async (c) => {
      const current = await credentialTotpCode(conn, c.id).catch(() => null);
      if (!current) return null;
      return {
        credentialId: c.id,
        name: c.name,
        username: c.username,
        site: c.testedUrl ? hostOf(c.testedUrl) : null,
        code: current.code,
        validUntil: Date.now() + current.secondsRemaining * 1000,
      };
    }),
  );
  return codes.filter((c) => c !== null);
}
