import { parseOtpauthUri } from '@/lib/otp/otpauth';
import { collect, entryName, isRecord } from './entry';
import type { ImportFormat } from './types';

const PROTON = 'Proton Authenticator';

function contentOf(e: unknown): Record<string, unknown> {
  return isRecord(e) && isRecord(e.content) ? e.content : {};
}

/** Proton Authenticator's JSON export: each entry holds an otpauth:// (or steam://) link. */
export const protonFormat: ImportFormat = {
  label: PROTON,
  detect: ({ json }) =>
    isRecord(json) &&
    Array.isArray(json.entries) &&
    json.entries.some((e) => isRecord(contentOf(e)) && 'uri' in contentOf(e)),
  read: async ({ json }) =>
    collect(
      PROTON,
      (json as { entries: unknown[] }).entries,
      (e) => {
        const uri = contentOf(e).uri;
        if (typeof uri !== 'string') return 'it has no otpauth:// link';
        const a = parseOtpauthUri(uri);
        return { ...a, accountName: a.accountName || contentOf(e).name };
      },
      (e) => entryName('', contentOf(e).name),
    ),
};
