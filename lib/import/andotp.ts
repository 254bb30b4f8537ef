import { concatBytes, startsWithAscii, utf8Text } from './bytes';
import { KDF_LIMITS } from '@/lib/kdf/limits';
import { aesGcmOpen, pbkdf2, sha256 } from './crypto';
import { splitLabel } from '@/lib/otp/label';
import { collect, entryName, isRecord, textOf, UNNAMED_ENTRY } from './entry';
import { badFile, parseJson, requirePassword, wrongPassword } from './problems';
import type { ImportFormat, ImportInput, ImportResult } from './types';

const AND_OTP = 'andOTP';
const IV = 12;
const SALT = 12;
const TAG = 16;

function isAndOtpEntry(e: unknown): boolean {
  return isRecord(e) && typeof e.secret === 'string' && typeof e.type === 'string' && 'label' in e;
}

/** Old andOTP backups have no issuer: the label reads "Issuer - Issuer:account". */
function names(e: Record<string, unknown>): { issuer: string; accountName: string } {
  const issuer = textOf(e.issuer);
  const label = textOf(e.label);
  const dash = label.indexOf(' - ');
  if (issuer || dash < 0) return { issuer, accountName: label };
  return splitLabel(label.slice(dash + 3), label.slice(0, dash));
}

function readEntries(entries: unknown[], format: string): ImportResult {
  return collect(
    format,
    entries,
    (e) => {
      if (!isRecord(e)) return 'it is not an account';
      const { type, secret, algorithm, digits, period, counter } = e;
      return { type, ...names(e), secret, algorithm, digits, period, counter };
    },
    (e) => (isRecord(e) ? entryName(names(e).issuer, names(e).accountName) : UNNAMED_ENTRY),
  );
}

/** New format: iterations (4 bytes, big endian), salt, IV, AES-GCM data; the key is PBKDF2-SHA1 of the password. */
async function openNew(bytes: Uint8Array<ArrayBuffer>, password: string): Promise<Uint8Array | null> {
  if (bytes.length < 4 + SALT + IV + TAG) return null;
  const iterations = new DataView(bytes.buffer, bytes.byteOffset).getUint32(0);
  // The old format has no such header: beyond the limit, these four bytes are the start of its IV.
  if (iterations < 1 || iterations > KDF_LIMITS.pbkdf2.maxIterations) return null;
  const salt = bytes.slice(4, 4 + SALT);
  const key = await pbkdf2(password, salt, iterations, 'SHA-1');
  return aesGcmOpen(key, bytes.slice(4 + SALT, 4 + SALT + IV), bytes.slice(4 + SALT + IV));
}

/** Old format: IV and AES-GCM data; the key is SHA-256 of the password. */
async function openOld(bytes: Uint8Array<ArrayBuffer>, password: string): Promise<Uint8Array | null> {
  if (bytes.length < IV + TAG) return null;
  const key = await sha256(concatBytes(new TextEncoder().encode(password)));
  return aesGcmOpen(key, bytes.slice(0, IV), bytes.slice(IV));
}

/** Binary files no other format claims: andOTP's encrypted backups have no header to recognise them by. */
function mayBeEncrypted({ name, bytes, text }: ImportInput): boolean {
  if (text !== null || bytes.length < IV + TAG) return false;
  const known = [
    'PK\x03\x04',
    'SQLite format 3',
    '\x89PNG',
    '\xff\xd8\xff',
    'GIF8',
    '%PDF',
    'AUTHENTICATOR',
    'Authenticator',
  ];
  if (known.some((m) => startsWithAscii(bytes, m))) return false;
  return /\.(aes|bin|json\.aes)$/i.test(name) || (bytes[0] === 0 && bytes[1]! < 0x99);
}

/** andOTP backups: plain JSON, or encrypted with a password (new and old formats). */
export const andOtpFormat: ImportFormat = {
  label: AND_OTP,
  detect: (input) =>
    (Array.isArray(input.json) && input.json.length > 0 && input.json.every(isAndOtpEntry)) || mayBeEncrypted(input),
  async read({ json, bytes }, password) {
    if (Array.isArray(json)) return readEntries(json, AND_OTP);
    const pw = requirePassword(AND_OTP, password);
    const data = new Uint8Array(bytes);
    const plain = (await openNew(data, pw)) ?? (await openOld(data, pw));
    if (!plain) throw wrongPassword(AND_OTP);
    const entries = parseJson(utf8Text(plain));
    if (!Array.isArray(entries)) throw badFile(AND_OTP, 'the decrypted data is not a list of accounts');
    return readEntries(entries, `${AND_OTP} (encrypted)`);
  },
};
