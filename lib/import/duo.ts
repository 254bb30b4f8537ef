import { collect, isRecord, UNNAMED_ENTRY } from './entry';
import type { ImportFormat } from './types';

const DUO = 'Duo Mobile';

function isDuoAccount(a: unknown): a is Record<string, unknown> & { otpGenerator: Record<string, unknown> } {
  return isRecord(a) && isRecord(a.otpGenerator) && 'otpSecret' in a.otpGenerator;
}

/** Duo Mobile's account list: third-party accounts with an `otpGenerator`; a counter makes it HOTP. */
export const duoFormat: ImportFormat = {
  label: DUO,
  detect: ({ json }) => Array.isArray(json) && json.length > 0 && json.some(isDuoAccount),
  read: async ({ json }) =>
    collect(
      DUO,
      json as unknown[],
      (a) => {
        if (!isDuoAccount(a)) return 'it is a Duo push account without an OTP secret';
        const { otpSecret, counter } = a.otpGenerator;
        const hotp = counter !== undefined && counter !== null;
        return { type: hotp ? 'hotp' : 'totp', issuer: '', accountName: a.name, secret: otpSecret, counter };
      },
      (a) => (isRecord(a) && typeof a.name === 'string' ? a.name : UNNAMED_ENTRY),
    ),
};
