import { isLocalAddress } from '@/lib/sites/local-address';

/** The Skyvern connection settings the user edits (non-secret; the key lives in the vault). */

export const DEFAULT_BASE_URL = 'https://api.skyvern.com';
export const MAX_IDENTIFIERS = 20;

export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * A base URL OTPilot may send the API key to: https anywhere; plain http only to this computer or the
 * local network (a self-hosted server such as http://localhost:8000). No user:password, query or fragment.
 * Answers it without a trailing slash.
 */
export function checkBaseUrl(input: string): Checked<string> {
  const trimmed = input.trim();
  if (!trimmed) return { ok: false, error: `Enter the Skyvern base URL, for example ${DEFAULT_BASE_URL}.` };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, error: 'The base URL must be a full address starting with https:// (or http:// when local).' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, error: 'The base URL must start with https:// (or http:// for a server on this computer).' };
  }
  if (url.protocol === 'http:' && !isLocalAddress(url.hostname)) {
    return {
      ok: false,
      error:
        'Plain http:// is allowed only for a server on this computer or network (the API key would travel unencrypted). Use https://.',
    };
  }
  if (url.username || url.password) return { ok: false, error: 'Leave user names and passwords out of the base URL.' };
  if (url.search || url.hash) return { ok: false, error: 'The base URL takes no ?query or #fragment.' };
  const path = url.pathname.replace(/\/+$/, '').replace(/\/v1(\/credentials(\/totp)?)?$/, '');
  return { ok: true, value: `${url.origin}${path}` };
}

/** The host permission OTPilot needs to call the API from the background (asked for at run time). */
export function originPattern(baseUrl: string): string {
  return `${new URL(baseUrl).origin}/*`;
}

/** "a@x.com, +14155550100\nuser_1" → distinct identifiers (e-mails compared without case). */
export function parseIdentifiers(input: string): Checked<string[]> {
  const parts = input
    .split(/[\n,;]+/)
    .map((s) => s.trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of parts) {
    const key = part.includes('@') ? part.toLowerCase() : part;
    if (seen.has(key)) continue;
    if (part.length > 200) return { ok: false, error: `This identifier is too long: ${part.slice(0, 40)}…` };
    seen.add(key);
    out.push(part);
  }
  if (out.length > MAX_IDENTIFIERS) return { ok: false, error: `Watch at most ${MAX_IDENTIFIERS} identifiers.` };
  return { ok: true, value: out };
}
