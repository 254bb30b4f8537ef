import { skyvernKeySavedItem, skyvernSettingsItem } from '@/lib/storage/items';
import { getApiKey, vault } from '@/lib/vault/service';
import { listTotpCodes } from './client';
import { announcePushedCodes } from './push-notice';
import { recentCodes, type PushedCode } from './recent';
import { usableConnection } from './usable-connection';

/**
 * The background's Skyvern calls. Only the background imports this: it alone reads the API key from the
 * vault and holds the host permission, so the API needs no CORS and no page ever sees the key.
 */

export interface SyncConnection {
  baseUrl: string;
  apiKey: string;
  identifiers: string[];
}

/** The saved connection, or null when no key is saved or the vault is locked. */
export async function savedConnection(): Promise<SyncConnection | null> {
  const apiKey = await getApiKey();
  if (!apiKey) return null;
  const settings = await skyvernSettingsItem.getValue();
  return { apiKey, baseUrl: settings.baseUrl, identifiers: settings.identifiers };
}

/** Keeps the non-secret "a key is saved" hint in step with the vault; a locked vault leaves it as it is. */
export async function refreshKeyHint(): Promise<boolean> {
  const payload = await vault.read();
  if (!payload) return skyvernKeySavedItem.getValue();
  const saved = !!payload.apiKey;
  if ((await skyvernKeySavedItem.getValue()) !== saved) await skyvernKeySavedItem.setValue(saved);
  return saved;
}

/** Codes listed by the last successful fetch (the popup's fill button names one by id). */
const lastListed = new Map<string, PushedCode>();

export function listedCode(id: string): PushedCode | undefined {
  return lastListed.get(id);
}

/** Forgets the listed codes (the vault was locked: nothing pushed stays in memory). */
export function forgetListedCodes(): void {
  lastListed.clear();
}

/** Recent codes and links (≤ 10 minutes, not expired, watched identifiers only), newest first. */
export async function fetchRecentCodes(connection: SyncConnection, now = Date.now()): Promise<PushedCode[]> {
  const conn = await usableConnection(connection);
  const lists =
    connection.identifiers.length > 0
      ? await Promise.all(connection.identifiers.map((id) => listTotpCodes(conn, { totpIdentifier: id, limit: 50 })))
      : [await listTotpCodes(conn, { limit: 50 })];
  const codes = recentCodes(lists.flat(), { now, identifiers: connection.identifiers });
  for (const code of codes) lastListed.set(code.id, code);
  void announcePushedCodes(codes, now);
  for (const [id, code] of lastListed)
    if (!codes.includes(code) && now - code.createdAt > 10 * 60_000) lastListed.delete(id);
  return codes;
}
