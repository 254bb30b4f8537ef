import { browser } from 'wxt/browser';
import { skyvernKeySavedItem, skyvernSettingsItem } from '@/lib/storage/items';
import { getApiKey, vault } from '@/lib/vault/service';
import { listTotpCodes } from './client';
import { SkyvernError } from './errors';
import { recentCodes, type PushedCode } from './recent';
import { checkBaseUrl, originPattern } from './settings';

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
  const checked = checkBaseUrl(connection.baseUrl);
  if (!checked.ok) throw new SkyvernError('setup', checked.error);
  const baseUrl = checked.value;
  const origin = new URL(baseUrl).origin;
  if (!(await browser.permissions.contains({ origins: [originPattern(baseUrl)] }))) {
    throw new SkyvernError(
      'permission',
      `OTPilot may not contact ${origin} yet. Open Options → Skyvern and choose Save to allow it.`,
    );
  }
  const conn = { baseUrl, apiKey: connection.apiKey };
  const lists =
    connection.identifiers.length > 0
      ? await Promise.all(connection.identifiers.map((id) => listTotpCodes(conn, { totpIdentifier: id, limit: 50 })))
      : [await listTotpCodes(conn, { limit: 50 })];
  const codes = recentCodes(lists.flat(), { now, identifiers: connection.identifiers });
  for (const code of codes) lastListed.set(code.id, code);
  for (const [id, code] of lastListed)
    if (!codes.includes(code) && now - code.createdAt > 10 * 60_000) lastListed.delete(id);
  return codes;
}
