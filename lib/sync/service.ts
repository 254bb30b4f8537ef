import { skyvernKeySavedItem, skyvernSettingsItem } from '@/lib/storage/items';
import { getApiKey, vault } from '@/lib/vault/service';
import { backoffMs, MAX_BACKOFF_MS } from './cadence';
import { listTotpCodes } from './client';
import { SkyvernError } from './errors';
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

/** The identifiers of the codes listed lately (when no identifiers are set, these are the ones in use). */
export function listedIdentifiers(): string[] {
  return [...new Set([...lastListed.values()].map((c) => c.identifier))];
}

/**
 * One gate in front of the network for every caller (waiting pages, the popup, the badge): answers
 * within COALESCE_MS reuse the last one, a request in flight is shared, and after a failure nothing is
 * sent before the back-off (or the server's Retry-After) has passed: the cached failure is thrown instead.
 * Whoever polls, and however often, Skyvern sees at most about one request a second, fewer on errors.
 */
const COALESCE_MS = 800;
type Inflight = { key: string; askedAt: number; request: Promise<PushedCode[]> };
const gate: {
  inflight: Inflight | null;
  last: { at: number; askedAt: number; key: string; codes: PushedCode[] } | null;
  failures: number;
  notBefore: number;
  error: unknown;
} = { inflight: null, last: null, failures: 0, notBefore: 0, error: null };

/** A new key or new settings: ask at once, whatever the last failure was. */
export function resetBackoff(): void {
  Object.assign(gate, { inflight: null, last: null, failures: 0, notBefore: 0, error: null });
}

/** Locked: forget the codes kept in memory (and any back-off). */
export function resetPushedCodes(): void {
  lastListed.clear();
  resetBackoff();
}

/** Failed requests in a row and how long to wait before the next one (for the pollers' schedules). */
export function pollHealth(now = Date.now()): { failures: number; waitMs: number; offline: boolean } {
  const offline = gate.error instanceof SkyvernError && gate.error.kind === 'network';
  return { failures: gate.failures, waitMs: Math.max(0, gate.notBefore - now), offline: gate.failures > 0 && offline };
}

/**
 * Recent codes and links (≤ 10 minutes, not expired, watched identifiers only), newest first, through the gate.
 * `askedSince`: only a list asked for at or after that time will do (a wait's first list is its baseline of
 * old codes, so it must not be an answer asked for before the wait began, when a newer code was not there yet).
 */
export function fetchRecentCodes(connection: SyncConnection, now = Date.now(), askedSince = 0): Promise<PushedCode[]> {
  const key = `${connection.baseUrl}|${connection.identifiers.join(',')}`;
  const inflight = gate.inflight;
  if (inflight?.key === key && inflight.askedAt >= askedSince) return inflight.request;
  if (gate.failures > 0 && now < gate.notBefore) return Promise.reject(gate.error);
  const last = gate.last;
  if (last && last.key === key && now - last.at < COALESCE_MS && last.askedAt >= askedSince)
    return Promise.resolve(last.codes);
  const askedAt = Date.now();
  const request = fetchFromServer(connection, now).then(
    (codes) => {
      if (gate.inflight !== mine) return codes; // the settings changed, or a newer list was asked for
      gate.last = { at: Date.now(), askedAt, key, codes };
      gate.failures = 0;
      gate.notBefore = 0;
      gate.error = null;
      return codes;
    },
    (error: unknown) => {
      if (gate.inflight !== mine) throw error;
      gate.failures += 1;
      gate.error = error;
      const retryAfter = error instanceof SkyvernError ? error.retryAfterMs : null;
      gate.notBefore = Date.now() + Math.max(backoffMs(gate.failures), Math.min(MAX_BACKOFF_MS, retryAfter ?? 0));
      throw error;
    },
  );
  const mine: Inflight = {
    key,
    askedAt,
    request: request.finally(() => {
      if (gate.inflight === mine) gate.inflight = null;
    }),
  };
  gate.inflight = mine;
  return mine.request;
}

async function fetchFromServer(connection: SyncConnection, now: number): Promise<PushedCode[]> {
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
