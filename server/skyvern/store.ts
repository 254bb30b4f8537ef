import { extractCode } from '../../lib/sync/extract-code';

/** One stored row, shaped as Skyvern's TOTPCode (timestamps naive UTC, as the real server sends them). */
export interface StoredCode {
  totp_code_id: string;
  totp_identifier: string;
  code: string;
  content: string;
  otp_type: 'totp' | 'magic_link' | null;
  source: string | null;
  task_id: string | null;
  workflow_id: string | null;
  workflow_run_id: string | null;
  organization_id: string;
  created_at: string;
  modified_at: string;
  expired_at: string | null;
  status?: 'raw_pending';
}

export type NewCode = Partial<Omit<StoredCode, 'organization_id' | 'totp_code_id'>> & {
  totp_identifier: string;
  content: string;
};

/** "2026-11-21T10:15:02.123000": ISO-8601 in UTC without a zone suffix, microseconds like Python. */
export function naiveUtc(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 23)}000`;
}

const idNumber = (r: StoredCode) => Number(r.totp_code_id.slice('totp_'.length));
/**
 * How Skyvern keeps and looks up a `totp_identifier`: an e-mail address trimmed and lower-cased, anything else
 * (a phone number, a user id) exactly as sent, spaces included.
 */
export function normalizeIdentifier(identifier: string): string {
  const trimmed = identifier.trim();
  return /^[^@\s]+@[^@\s]+$/.test(trimmed) ? trimmed.toLowerCase() : identifier;
}

/**
 * What POST does with `content`: ≤ 10 characters is the code as it is; one bare http(s) URL is a magic link;
 * anything longer goes to "the language model" (here our extractor); nothing found: raw_pending.
 */
export function interpret(content: string): Pick<StoredCode, 'code' | 'otp_type' | 'status'> {
  if (content.length <= 10) return { code: content, otp_type: 'totp' };
  const trimmed = content.trim();
  if (/^https?:\/\/\S+$/i.test(trimmed)) return { code: trimmed, otp_type: 'magic_link' };
  const found = extractCode(content);
  if (found?.kind === 'code') return { code: found.code, otp_type: 'totp' };
  if (found?.kind === 'magic_link') return { code: found.url, otp_type: 'magic_link' };
  return { code: '', otp_type: null, status: 'raw_pending' };
}

/** The rows of every organisation, in memory. */
export class CodeStore {
  private rows: StoredCode[] = [];
  private nextId = 1;

  constructor(private readonly now: () => number = Date.now) {}

  /** Stores a pushed message as POST does (`created_at` may be set, for tests that need old rows). */
  add(organizationId: string, input: NewCode, createdAtMs = this.now()): StoredCode {
    const created = naiveUtc(createdAtMs);
    const row: StoredCode = {
      totp_code_id: `totp_${this.nextId++}`,
      totp_identifier: normalizeIdentifier(input.totp_identifier),
      content: input.content,
      source: input.source ?? null,
      task_id: input.task_id ?? null,
      workflow_id: input.workflow_id ?? null,
      workflow_run_id: input.workflow_run_id ?? null,
      organization_id: organizationId,
      created_at: created,
      modified_at: created,
      expired_at: input.expired_at ?? null,
      ...interpret(input.content),
    };
    this.rows.push(row);
    return row;
  }

  /** GET: newest first, no age filter (as the real route), raw_pending rows never listed. */
  list(
    organizationId: string,
    filter: { totp_identifier?: string; otp_type?: string; workflow_run_id?: string; limit: number },
  ): StoredCode[] {
    const wanted = filter.totp_identifier === undefined ? undefined : normalizeIdentifier(filter.totp_identifier);
    return this.rows
      .filter((r) => r.organization_id === organizationId && r.status !== 'raw_pending')
      .filter((r) => wanted === undefined || r.totp_identifier === wanted)
      .filter((r) => filter.otp_type === undefined || r.otp_type === filter.otp_type)
      .filter((r) => filter.workflow_run_id === undefined || r.workflow_run_id === filter.workflow_run_id)
      .sort((a, b) => b.created_at.localeCompare(a.created_at) || idNumber(b) - idNumber(a))
      .slice(0, filter.limit);
  }
}
