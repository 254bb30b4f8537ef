import { base64Decode } from '@bufbuild/protobuf/wire';
import { encodeBase32 } from '@/lib/otp/base32';
import { accountLabel, splitLabel, wellFormed } from '@/lib/otp/label';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { readMigrationPayload, type RawOtpParameters } from './google-migration-proto';
import { ALGORITHM_MD5, ALGORITHM_OF, DIGITS_OF, MIGRATION_PERIOD, TYPE_CODE } from './google-migration-schema';

/** A Google Authenticator export that cannot be read; the message says why. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export interface MigrationBatch {
  accounts: ParsedOtpauth[];
  /** Which QR code of the export this is (index from 0) out of `size`, and the export's id shared by all of them. */
  batch: { index: number; size: number; id: number };
  /** Entries we cannot use (e.g. MD5), with the reason; the other accounts are still returned. */
  skipped: { name: string; reason: string }[];
}

const PREFIX = /^otpauth-migration:\/\/[^?#]*\?/i;

/** True for text that is (meant to be) a Google Authenticator export link. */
export function isMigrationUri(text: string): boolean {
  return /^otpauth-migration:/i.test(text.trim());
}

function payloadBytes(uri: string): Uint8Array {
  const text = uri.trim();
  if (!PREFIX.test(text))
    throw new MigrationError('This is not a Google Authenticator export link (otpauth-migration://).');
  const query = text.replace(PREFIX, '').replace(/#.*$/, '');
  const raw = query.split('&').find((kv) => /^data=/i.test(kv));
  if (raw === undefined) throw new MigrationError('The export link has no data.');
  let data: string;
  try {
    data = decodeURIComponent(raw.slice(5)).replace(/\s/g, ''); // '+' stays '+': it is base64, not a space
  } catch {
    throw new MigrationError('The export link is damaged (a broken %-escape).');
  }
  if (!data) throw new MigrationError('The export link has no data.');
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(data) || data.replace(/=+$/, '').length % 4 === 1) {
    throw new MigrationError('The export link is damaged: its data is not base64.');
  }
  return base64Decode(data);
}

function toAccount(p: RawOtpParameters): ParsedOtpauth | string {
  const algorithm = ALGORITHM_OF[p.algorithm];
  if (!algorithm)
    return p.algorithm === ALGORITHM_MD5 ? 'it uses MD5, which is not supported' : `unknown algorithm ${p.algorithm}`;
  const digits = DIGITS_OF[p.digits];
  if (!digits) return `unknown number of digits (${p.digits})`;
  if (p.type !== TYPE_CODE.unspecified && p.type !== TYPE_CODE.hotp && p.type !== TYPE_CODE.totp)
    return `unknown kind of code (${p.type})`;
  if (p.secret.length === 0) return 'it has no secret';
  if (p.counter < 0n || p.counter > BigInt(Number.MAX_SAFE_INTEGER)) return 'its counter is out of range';
  const { issuer, accountName } = splitLabel(wellFormed(p.name), wellFormed(p.issuer) || null);
  const type = p.type === TYPE_CODE.hotp ? 'hotp' : 'totp';
  const counter = type === 'hotp' ? Number(p.counter) : 0;
  return {
    type,
    issuer,
    accountName,
    secret: encodeBase32(p.secret),
    algorithm,
    digits,
    period: MIGRATION_PERIOD,
    counter,
  };
}

/**
 * Decode an `otpauth-migration://offline?data=...` link from Google Authenticator's "Transfer accounts" QR codes
 * (data as URL-safe or standard base64, percent-encoded or not). Throws MigrationError when the link is unusable.
 */
export function decodeMigrationUri(uri: string): MigrationBatch {
  if (typeof uri !== 'string') throw new MigrationError('This is not a Google Authenticator export link.');
  const bytes = payloadBytes(uri);
  let payload;
  try {
    payload = readMigrationPayload(bytes);
  } catch {
    throw new MigrationError('The export link is damaged or incomplete: its data cannot be decoded.');
  }
  if (payload.otpParameters.length === 0) throw new MigrationError('The export link holds no accounts.');
  const accounts: ParsedOtpauth[] = [];
  const skipped: MigrationBatch['skipped'] = [];
  for (const p of payload.otpParameters) {
    const a = toAccount(p);
    if (typeof a === 'string')
      skipped.push({ name: accountLabel(wellFormed(p.issuer), wellFormed(p.name)), reason: a });
    else accounts.push(a);
  }
  const size = Math.max(1, payload.batchSize);
  return { accounts, batch: { index: Math.max(0, payload.batchIndex), size, id: payload.batchId }, skipped };
}
