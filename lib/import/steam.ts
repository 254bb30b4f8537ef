import { base64Bytes } from './bytes';
import { collect, isRecord, textOf } from './entry';
import type { ImportFormat } from './types';

const STEAM = 'Steam';

function isMaFile(v: unknown): v is Record<string, unknown> {
  return isRecord(v) && typeof v.shared_secret === 'string';
}

/** The maFile's accounts: one object, or several under `accounts` (newer Steam Desktop Authenticator forks). */
function accountsOf(json: unknown): Record<string, unknown>[] {
  if (isMaFile(json)) return [json];
  if (isRecord(json) && isRecord(json.accounts)) return Object.values(json.accounts).filter(isMaFile);
  return [];
}

/** Steam Guard maFiles (Steam Desktop Authenticator and the like): the base64 `shared_secret` makes the codes. */
export const steamFormat: ImportFormat = {
  label: STEAM,
  detect: ({ json }) => accountsOf(json).length > 0,
  read: async ({ json }) =>
    collect(
      `${STEAM} (maFile)`,
      accountsOf(json),
      (a) => ({
        type: 'steam',
        issuer: STEAM,
        accountName: a.account_name,
        secret: base64Bytes(String(a.shared_secret)),
      }),
      (a) => textOf(a.account_name) || STEAM,
    ),
};
