import Papa from 'papaparse';
import { parseSecretOrUri } from '@/lib/otp/parse-input';
import { collect, entryName, isRecord, type RawEntry } from './entry';
import { ImportError, type ImportFormat } from './types';

const BITWARDEN = 'Bitwarden';

/**
 * A Bitwarden login's TOTP field: an otpauth:// link, a steam:// link or a bare base32 secret. The item's name and
 * username stand in for an issuer and account name the field does not carry.
 */
function fromTotpField(totp: unknown, itemName: unknown, username: unknown): RawEntry | string {
  if (typeof totp !== 'string' || !totp.trim()) return 'it has no TOTP secret';
  const a = parseSecretOrUri(totp);
  const issuer = a.issuer || itemName;
  return { ...a, issuer, accountName: a.accountName || username || (issuer === itemName ? '' : itemName) };
}

interface Login {
  name?: unknown;
  login?: { totp?: unknown; username?: unknown };
}

/** Bitwarden's unencrypted JSON export: logins with a TOTP field become accounts; other items are ignored. */
export const bitwardenJsonFormat: ImportFormat = {
  label: BITWARDEN,
  detect: ({ json }) =>
    isRecord(json) &&
    typeof json.encrypted === 'boolean' &&
    (Array.isArray(json.items) || 'passwordProtected' in json || 'encKeyValidation_DO_NOT_EDIT' in json),
  async read({ json }) {
    const file = json as { encrypted: boolean; items: unknown[] };
    if (file.encrypted || !Array.isArray(file.items)) {
      throw new ImportError(
        'unsupported',
        'This Bitwarden export is encrypted, which OTPilot cannot open: export again as ".json" (not ".json (Encrypted)").',
        BITWARDEN,
      );
    }
    const logins = file.items.filter((i): i is Login => isRecord(i) && isRecord(i.login) && !!i.login.totp);
    return collect(
      `${BITWARDEN} (JSON)`,
      logins,
      (i) => fromTotpField(i.login?.totp, i.name, i.login?.username),
      (i) => entryName(i.name, i.login?.username),
    );
  },
};

function csvRows(text: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(text.trim(), { header: true, skipEmptyLines: true });
  return parsed.data;
}

/** Bitwarden's CSV export (`login_totp` column). */
export const bitwardenCsvFormat: ImportFormat = {
  label: BITWARDEN,
  detect: ({ text, json }) =>
    text !== null && json === undefined && /^[^\n]*\blogin_totp\b/.test(text.replace(/^\uFEFF/, '')),
  async read({ text }) {
    const rows = csvRows(text ?? '').filter((r) => r.login_totp?.trim());
    return collect(
      `${BITWARDEN} (CSV)`,
      rows,
      (r) => fromTotpField(r.login_totp, r.name, r.login_username),
      (r) => entryName(r.name, r.login_username),
    );
  },
};
