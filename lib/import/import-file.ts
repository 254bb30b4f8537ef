import { aegisFormat } from './aegis';
import { andOtpFormat } from './andotp';
import { authenticatorPlusFormat } from './authenticator-plus';
import { authyFormat } from './authy';
import { battleNetFormat } from './battle-net';
import { bitwardenCsvFormat, bitwardenJsonFormat } from './bitwarden';
import { startsWithAscii, utf8Text } from './bytes';
import { duoFormat } from './duo';
import { freeOtpFormat } from './freeotp';
import { freeOtp2Format } from './freeotp-v2';
import { otpauthListFormat } from './otpauth-list';
import { KdfLimitError } from '@/lib/kdf/limits';
import { MAX_IMPORT_BYTES, parseJson, tooLarge } from './problems';
import { protonFormat } from './proton';
import { steamFormat } from './steam';
import { stratumFormat } from './stratum';
import { totpAuthenticatorFormat } from './totp-authenticator';
import { twoFasFormat } from './two-fas';
import { ImportError, type ImportFormat, type ImportInput, type ImportResult } from './types';

export { ImportError, MAX_IMPORT_BYTES };
export type { ImportResult };

/** Most-used first; formats with a signature before the guesses (andOTP's encrypted files have none). */
export const FORMATS: readonly ImportFormat[] = [
  aegisFormat,
  twoFasFormat,
  bitwardenJsonFormat,
  bitwardenCsvFormat,
  protonFormat,
  stratumFormat,
  freeOtpFormat,
  freeOtp2Format,
  steamFormat,
  duoFormat,
  authyFormat,
  battleNetFormat,
  authenticatorPlusFormat,
  andOtpFormat,
  otpauthListFormat,
  totpAuthenticatorFormat,
];

/** Files we recognise but cannot read, with what to do instead. */
function refuseKnown(input: ImportInput): void {
  if (startsWithAscii(input.bytes, 'SQLite format 3\0')) {
    throw new ImportError(
      'unsupported',
      "This is an app's internal SQLite database (Google Authenticator, Microsoft Authenticator, Stratum…), which OTPilot does not read. Use the app's own export instead (Google Authenticator: Transfer accounts QR codes).",
    );
  }
}

function inputOf(name: string, bytes: Uint8Array): ImportInput {
  const text = utf8Text(bytes);
  return { name, bytes, text, json: parseJson(text) };
}

/**
 * Reads another authenticator's export file into accounts. Throws only ImportError: `password-needed` (ask for the
 * file's password and call again), `wrong-password`, `bad-file` or `unsupported`, each with a message for the user.
 */
export async function importFile(name: string, bytes: Uint8Array, password?: string): Promise<ImportResult> {
  if (bytes.length > MAX_IMPORT_BYTES) throw tooLarge();
  const input = inputOf(name, bytes);
  refuseKnown(input);
  const format = FORMATS.find((f) => f.detect(input));
  if (!format && input.json === undefined && /^\s*[[{]/.test(input.text ?? '')) {
    throw new ImportError(
      'bad-file',
      'This file looks like a JSON export but is damaged or cut short: it is not valid JSON.',
    );
  }
  if (!format) {
    throw new ImportError(
      'unsupported',
      'This file is not an export OTPilot can read. Supported: Aegis, 2FAS, Bitwarden (JSON, CSV), andOTP, Proton Authenticator, Stratum, FreeOTP+, FreeOTP 2, Steam maFile, Duo, Authy, TOTP Authenticator, Battle.net, Authenticator Plus and otpauth:// link lists.',
    );
  }
  try {
    return await format.read(input, password || undefined);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    if (e instanceof KdfLimitError)
      throw new ImportError('bad-file', `This ${format.label} file ${e.message}.`, format.label);
    throw new ImportError('bad-file', `This ${format.label} file is damaged or incomplete.`, format.label);
  }
}
