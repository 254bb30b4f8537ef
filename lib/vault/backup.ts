import { importAesKey, open, seal } from './cipher';
import { fromUtf8, utf8 } from './encoding';
import { kdfCostProblem } from '@/lib/kdf/limits';
import { argon2Cost, deriveKey, isKdfShape, type KdfParams } from './kdf';
import type { Account, NewAccount } from './types';

/**
 * Backup file (documented in README, "Vault backup format"):
 *   { "format": "otpilot-backup", "version": 1, "createdAt": "<ISO date>", "kdf": {argon2id params + salt},
 *     "iv": "<base64>", "ct": "<base64 AES-256-GCM of {"accounts":[…]}>" }
 * Associated data: JSON of { format, version, kdf }.
 */
export const BACKUP_FORMAT = 'otpilot-backup';
export const BACKUP_VERSION = 1;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

function aad(kdf: KdfParams) {
  const { alg, m, t, p, salt } = kdf;
  return utf8(JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, kdf: { alg, m, t, p, salt } }));
}

export async function sealBackup(
  accounts: readonly Account[],
  key: CryptoKey,
  kdf: KdfParams,
  now: number,
): Promise<string> {
  const sealed = await seal(key, utf8(JSON.stringify({ accounts })), aad(kdf));
  const file = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date(now).toISOString(),
    kdf,
    ...sealed,
  };
  return JSON.stringify(file, null, 2);
}

export async function sealBackupWithPassword(
  accounts: readonly Account[],
  password: string,
  kdf: KdfParams,
  now: number,
) {
  return sealBackup(accounts, await importAesKey(await deriveKey(password, kdf)), kdf, now);
}

/** Opens a backup file. Throws `BackupError` with a message for the user. */
export async function openBackup(json: string, password: string): Promise<NewAccount[]> {
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(json) as Record<string, unknown>;
  } catch {
    throw new BackupError('This file is not an OTPilot backup.');
  }
  if (file?.format !== BACKUP_FORMAT) throw new BackupError('This file is not an OTPilot backup.');
  if (file.version !== BACKUP_VERSION) throw new BackupError(`Unknown backup version ${String(file.version)}.`);
  if (!isKdfShape(file.kdf) || typeof file.iv !== 'string' || typeof file.ct !== 'string') {
    throw new BackupError('This backup is damaged.');
  }
  const costly = kdfCostProblem(argon2Cost(file.kdf));
  if (costly) throw new BackupError(`This backup ${costly}.`);
  const key = await importAesKey(await deriveKey(password, file.kdf));
  let plain: Uint8Array;
  try {
    plain = await open(key, { iv: file.iv, ct: file.ct }, aad(file.kdf));
  } catch {
    throw new BackupError('Wrong password for this backup (or the file was changed).');
  }
  const { accounts } = JSON.parse(fromUtf8(plain)) as { accounts: Account[] };
  return accounts.map((a) => ({
    issuer: a.issuer,
    accountName: a.accountName,
    secret: a.secret,
    type: a.type,
    algorithm: a.algorithm,
    digits: a.digits,
    period: a.period,
    counter: a.counter,
    websites: a.websites ?? [],
    pinned: a.pinned ?? false,
    ...(a.icon ? { icon: a.icon } : {}),
  }));
}

export function backupFileName(now: number): string {
  return `otpilot-backup-${new Date(now).toISOString().slice(0, 10)}.json`;
}
