import type { TotpCode } from './schema';
import { parseServerTime } from './time';

/** Skyvern's own agent uses codes up to 10 minutes old (TOTP_LIFESPAN_MINUTES). */
export const MAX_AGE_MS = 10 * 60_000;

/** A pushed code as OTPilot's pages see it (no message content, no organisation). */
export interface PushedCode {
  id: string;
  identifier: string;
  source: string | null;
  kind: 'code' | 'magic_link';
  /** The code, or the full URL of a magic link. */
  value: string;
  createdAt: number;
  expiresAt: number | null;
}

const looksLikeEmail = (s: string) => /^[^@\s]+@[^@\s]+$/.test(s.trim());

/** E-mail-like identifiers match case-insensitively (as the server does); phone numbers and ids exactly. */
export function sameIdentifier(a: string, b: string): boolean {
  if (looksLikeEmail(a) && looksLikeEmail(b)) return a.trim().toLowerCase() === b.trim().toLowerCase();
  return a.trim() === b.trim();
}

function toPushed(raw: TotpCode): PushedCode | null {
  const createdAt = parseServerTime(raw.created_at);
  const value = raw.code.trim();
  if (!Number.isFinite(createdAt) || !value) return null;
  const isUrl = /^https?:\/\/\S+$/i.test(value);
  const type = raw.otp_type ?? (isUrl ? 'magic_link' : 'totp');
  if (type !== 'totp' && type !== 'magic_link') return null;
  // A magic link must be an http(s) URL: OTPilot opens nothing else.
  if (type === 'magic_link' && !isUrl) return null;
  const expiresAt = raw.expired_at ? parseServerTime(raw.expired_at) : NaN;
  return {
    id: raw.totp_code_id,
    identifier: raw.totp_identifier,
    source: raw.source ?? null,
    kind: type === 'magic_link' ? 'magic_link' : 'code',
    value,
    createdAt,
    expiresAt: Number.isFinite(expiresAt) ? expiresAt : null,
  };
}

export interface RecentOptions {
  now?: number;
  maxAgeMs?: number;
  /** When not empty, only codes for these identifiers. */
  identifiers?: string[];
}

/**
 * The codes worth showing or filling: at most `maxAgeMs` old, not past `expired_at`, for a watched
 * identifier (if any are set), each id once, newest first.
 */
export function recentCodes(codes: TotpCode[], options: RecentOptions = {}): PushedCode[] {
  const now = options.now ?? Date.now();
  const maxAge = options.maxAgeMs ?? MAX_AGE_MS;
  const watched = options.identifiers ?? [];
  const seen = new Set<string>();
  const out: PushedCode[] = [];
  for (const raw of codes) {
    const code = toPushed(raw);
    if (!code || seen.has(code.id)) continue;
    if (now - code.createdAt > maxAge) continue;
    if (code.expiresAt !== null && code.expiresAt <= now) continue;
    if (watched.length > 0 && !watched.some((w) => sameIdentifier(w, code.identifier))) continue;
    seen.add(code.id);
    out.push(code);
  }
  return out.sort((a, b) => b.createdAt - a.createdAt);
}

/** The code as the page's field wants it: "123 456" / "123-456" → "123456"; "G-412157" → "412157". */
export function fillableCode(value: string): string | null {
  const compact = value
    .trim()
    .replace(/^[A-Z]-(?=\d{4,8}$)/, '')
    .replace(/[\s-]/g, '');
  return /^[0-9A-Za-z]{4,10}$/.test(compact) ? compact : null;
}
