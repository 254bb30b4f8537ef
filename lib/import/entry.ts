import { encodeBase32, normalizeSecret } from '@/lib/otp/base32';
import { OtpauthError } from '@/lib/otp/errors';
import {
  DIGITS_RULE,
  isOtpAlgorithm,
  isOtpType,
  validCounter,
  validDigits,
  validPeriod,
} from '@/lib/otp/account-rules';
import { accountLabel, wellFormed } from '@/lib/otp/label';
import { steamAccount } from '@/lib/otp/otpauth';
import type { OtpAlgorithm, OtpType, ParsedOtpauth } from '@/lib/otp/types';
import type { ImportResult, SkippedEntry } from './types';

/** One entry as an export file holds it; every field is checked, nothing is trusted. */
export interface RawEntry {
  /** totp / hotp / steam in any case; absent means TOTP. */
  type?: unknown;
  issuer?: unknown;
  accountName?: unknown;
  /** Base32 text or the raw bytes. */
  secret: unknown;
  algorithm?: unknown;
  digits?: unknown;
  period?: unknown;
  counter?: unknown;
}

/** How an entry without any name is listed among the skipped ones. */
export const UNNAMED_ENTRY = 'Unnamed entry';

/** A problem with one entry; its message ends "…was skipped because <message>". */
export class EntryProblem extends Error {
  override name = 'EntryProblem';
}

/** Text fields: strings trimmed, numbers as text, anything else empty. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return wellFormed(value).trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/** A whole number given as a number or as digits; undefined when absent, NaN when unusable. */
function wholeNumber(value: unknown): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : NaN;
}

function readType(value: unknown): OtpType | string {
  const t = textOf(value).toLowerCase();
  if (!t) return 'totp';
  if (isOtpType(t)) return t;
  return `it is a ${textOf(value).slice(0, 20)} account, which OTPilot does not support`;
}

function readAlgorithm(value: unknown): OtpAlgorithm | string {
  const a = textOf(value);
  if (!a) return 'SHA1';
  const m = /^(?:hmac[-_]?)?sha[-_]?(1|256|512)$/i.exec(a);
  if (m) return `SHA${m[1]}` as OtpAlgorithm;
  return `it uses the ${a.slice(0, 20)} algorithm, which is not supported`;
}

function readSecret(value: unknown): string {
  if (value instanceof Uint8Array) {
    if (value.length === 0) throw new EntryProblem('it has no secret');
    return encodeBase32(value);
  }
  if (typeof value !== 'string' || !value.trim()) throw new EntryProblem('it has no secret');
  try {
    return normalizeSecret(value);
  } catch {
    throw new EntryProblem('its secret is not valid base32');
  }
}

/** The account for `raw`, or the reason it cannot be used. */
export function toAccount(raw: RawEntry): ParsedOtpauth | string {
  const type = readType(raw.type);
  if (!isOtpType(type)) return type;
  let secret: string;
  try {
    secret = readSecret(raw.secret);
  } catch (e) {
    return (e as Error).message;
  }
  const issuer = textOf(raw.issuer);
  const accountName = textOf(raw.accountName);
  if (type === 'steam') return steamAccount(secret, issuer, accountName);
  const algorithm = readAlgorithm(raw.algorithm);
  if (!isOtpAlgorithm(algorithm)) return algorithm;
  const digits = wholeNumber(raw.digits) ?? 6;
  if (!validDigits(type, digits))
    return `it has ${textOf(raw.digits) || 'an unknown number of'} digits (${DIGITS_RULE.toLowerCase()})`;
  const period = type === 'totp' ? (wholeNumber(raw.period) ?? 30) : 30;
  if (!validPeriod(period)) return `its period "${textOf(raw.period)}" is not a whole number of seconds`;
  const counter = type === 'hotp' ? (wholeNumber(raw.counter) ?? 0) : 0;
  if (!validCounter(counter)) return `its counter "${textOf(raw.counter)}" is not a whole number`;
  return { type, issuer, accountName, secret, algorithm, digits, period, counter };
}

function reasonOf(e: unknown): string {
  if (e instanceof OtpauthError) return `its link is unusable: ${e.message.replace(/\.$/, '')}`;
  return e instanceof EntryProblem ? e.message : 'it is incomplete or damaged';
}

/** How a skipped entry is named to the user. */
export function entryName(issuer: unknown, accountName: unknown): string {
  return accountLabel(textOf(issuer), textOf(accountName), UNNAMED_ENTRY);
}

/**
 * Converts every item of an export: an item that `convert` cannot turn into an entry (it returns a reason or throws)
 * is skipped with the reason; one bad entry never stops the others.
 */
export function collect<T>(
  format: string,
  items: readonly T[],
  convert: (item: T) => RawEntry | string,
  nameOf: (item: T) => string,
): ImportResult {
  const accounts: ParsedOtpauth[] = [];
  const skipped: SkippedEntry[] = [];
  for (const item of items) {
    let name = UNNAMED_ENTRY;
    try {
      name = nameOf(item);
      const raw = convert(item);
      const account = typeof raw === 'string' ? raw : toAccount(raw);
      if (typeof account === 'string') skipped.push({ name, reason: account });
      else accounts.push(account);
    } catch (e) {
      skipped.push({ name, reason: reasonOf(e) });
    }
  }
  return { format, accounts, skipped };
}

/** A plain object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
