import { base64Bytes, utf8Text } from './bytes';
import { aesGcmOpen, pbkdf2 } from './crypto';
import { collect, entryName, isRecord, UNNAMED_ENTRY } from './entry';
import { badFile, parseJson, requirePassword, wrongPassword } from './problems';
import type { ImportFormat, ImportResult } from './types';

const TWO_FAS = '2FAS';
const ITERATIONS = 10_000;

/** 2FAS keeps the issuer and account in `otp`; old entries only have the service's name. */
function namesOf(s: Record<string, unknown>): { issuer: unknown; accountName: unknown } {
  const otp = isRecord(s.otp) ? s.otp : {};
  return { issuer: otp.issuer || s.name, accountName: otp.account };
}

function readServices(services: unknown[], format: string): ImportResult {
  return collect(
    format,
    services,
    (s) => {
      if (!isRecord(s)) return 'it is not an account';
      const otp = isRecord(s.otp) ? s.otp : {};
      return {
        // Schema 1 and 2 have no token type: those are TOTP.
        type: otp.tokenType,
        ...namesOf(s),
        secret: s.secret,
        algorithm: otp.algorithm,
        digits: otp.digits,
        period: otp.period,
        counter: otp.counter,
      };
    },
    (s) => (isRecord(s) ? entryName(namesOf(s).issuer, namesOf(s).accountName) : UNNAMED_ENTRY),
  );
}

/** `servicesEncrypted` is "data:salt:iv" in base64: PBKDF2-SHA256 (10 000 rounds) and AES-GCM. */
async function decryptServices(sealed: string, password: string): Promise<unknown[]> {
  const parts = sealed.split(':');
  if (parts.length < 3) throw badFile(TWO_FAS, 'its encrypted data is not in three parts');
  let data, salt, iv;
  try {
    [data, salt, iv] = parts.slice(0, 3).map(base64Bytes) as [
      Uint8Array<ArrayBuffer>,
      Uint8Array<ArrayBuffer>,
      Uint8Array<ArrayBuffer>,
    ];
  } catch {
    throw badFile(TWO_FAS, 'its encrypted data is not base64');
  }
  const key = await pbkdf2(password, salt, ITERATIONS, 'SHA-256');
  const plain = await aesGcmOpen(key, iv, data);
  if (!plain) throw wrongPassword(TWO_FAS);
  const services = parseJson(utf8Text(plain));
  if (!Array.isArray(services)) throw badFile(TWO_FAS, 'the decrypted data is not a list of accounts');
  return services;
}

/** 2FAS Authenticator backups (`.2fas`, schema 1 to 4), plain or encrypted with a password. */
export const twoFasFormat: ImportFormat = {
  label: TWO_FAS,
  detect: ({ json }) => isRecord(json) && Array.isArray(json.services) && 'schemaVersion' in json,
  async read({ json }, password) {
    const file = json as { services: unknown[]; servicesEncrypted?: unknown };
    if (typeof file.servicesEncrypted !== 'string') return readServices(file.services, TWO_FAS);
    const services = await decryptServices(file.servicesEncrypted, requirePassword(TWO_FAS, password));
    return readServices(services, `${TWO_FAS} (encrypted)`);
  },
};
