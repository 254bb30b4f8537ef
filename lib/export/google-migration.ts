import { base64Encode } from '@bufbuild/protobuf/wire';
import { writeMigrationPayload, type RawOtpParameters } from '@/lib/import/google-migration-proto';
import {
  ALGORITHM_CODE,
  DIGITS_CODE,
  MIGRATION_PERIOD,
  MIGRATION_VERSION,
  TYPE_CODE,
} from '@/lib/import/google-migration-schema';
import { decodeBase32 } from '@/lib/otp/base32';
import type { ParsedOtpauth } from '@/lib/otp/types';

/** At most this many accounts a QR code, as Google Authenticator's own export does. */
export const MIGRATION_BATCH_ACCOUNTS = 10;
/** Longest link a QR code holds while a phone still scans it from a screen; longer batches are split. */
export const MIGRATION_LINK_MAX = 1200;

export interface MigrationQr<A> {
  /** `otpauth-migration://offline?data=…`, what the QR code holds. */
  uri: string;
  accounts: A[];
}
export interface MigrationExport<A> {
  /** In order: QR 1 of n, 2 of n, … (all share one batch id). */
  batches: MigrationQr<A>[];
  /** Accounts Google Authenticator's format cannot hold, each with the reason (a phrase after the account's name). */
  leftOut: { account: A; reason: string }[];
}

/** Why the format cannot hold this account, or null when it can. */
export function migrationProblem(a: ParsedOtpauth): string | null {
  if (a.type === 'steam') return 'Google Authenticator has no Steam Guard codes';
  if (DIGITS_CODE[a.digits] === undefined)
    return `its codes have ${a.digits} digits; Google Authenticator's format holds only 6 or 8`;
  if (a.type === 'totp' && a.period !== MIGRATION_PERIOD)
    return `its codes change every ${a.period} s; Google Authenticator's format holds only ${MIGRATION_PERIOD} s codes`;
  return null;
}
const TOO_LONG = 'its name or secret is too long for a QR code a phone can scan';

function toRaw(a: ParsedOtpauth): RawOtpParameters {
  // As in an otpauth label: a name holding ':' gets the issuer (maybe empty) as prefix, so the reader keeps it whole.
  const name = a.accountName.includes(':') ? `${a.issuer}:${a.accountName}` : a.accountName;
  return {
    secret: decodeBase32(a.secret),
    name,
    issuer: a.issuer,
    algorithm: ALGORITHM_CODE[a.algorithm],
    digits: DIGITS_CODE[a.digits]!,
    type: a.type === 'hotp' ? TYPE_CODE.hotp : TYPE_CODE.totp,
    counter: BigInt(a.type === 'hotp' ? a.counter : 0),
  };
}

function link(otpParameters: RawOtpParameters[], batchIndex: number, batchSize: number, batchId: number): string {
  const bytes = writeMigrationPayload({ otpParameters, version: MIGRATION_VERSION, batchSize, batchIndex, batchId });
  return `otpauth-migration://offline?data=${encodeURIComponent(base64Encode(bytes, 'std'))}`;
}

/** Greedy: fill each QR code up to 10 accounts and the link bound, its size field set to `size`. */
function pack<T extends { raw: RawOtpParameters }>(items: T[], size: number, id: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  for (const item of items) {
    const next = [...current, item];
    const full = current.length >= MIGRATION_BATCH_ACCOUNTS;
    if (
      current.length > 0 &&
      (full ||
        link(
          next.map((x) => x.raw),
          groups.length,
          size,
          id,
        ).length > MIGRATION_LINK_MAX)
    ) {
      groups.push(current);
      current = [item];
    } else current = next;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}

/** A random batch id shared by one export's QR codes (a non-negative int32, as Google Authenticator writes). */
export function randomBatchId(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
}

/**
 * Google Authenticator "Transfer accounts" QR codes for these accounts, in their order: at most 10 accounts and
 * about 1,200 characters a code, with batch size, index and id set as Google Authenticator does. Like the
 * otpauth:// list, the links are NOT encrypted.
 */
export function exportMigrationBatches<A extends ParsedOtpauth>(
  accounts: readonly A[],
  batchId = randomBatchId(),
): MigrationExport<A> {
  const leftOut: MigrationExport<A>['leftOut'] = [];
  const held: { account: A; raw: RawOtpParameters }[] = [];
  for (const account of accounts) {
    const problem = migrationProblem(account);
    if (problem) leftOut.push({ account, reason: problem });
    else {
      const raw = toRaw(account);
      // Alone in a QR code (index and size of one byte, as in any export under 128 codes).
      if (link([raw], 127, 127, batchId).length > MIGRATION_LINK_MAX) leftOut.push({ account, reason: TOO_LONG });
      else held.push({ account, raw });
    }
  }
  // The size field is part of every link: pack again until the count it was packed with is the count it gives.
  let size = Math.max(1, Math.ceil(held.length / MIGRATION_BATCH_ACCOUNTS));
  let groups = pack(held, size, batchId);
  for (let round = 0; groups.length !== size && round < 8; round++) {
    size = groups.length;
    groups = pack(held, size, batchId);
  }
  const batches = groups.map((g, i) => ({
    uri: link(
      g.map((x) => x.raw),
      i,
      groups.length,
      batchId,
    ),
    accounts: g.map((x) => x.account),
  }));
  return { batches, leftOut };
}
