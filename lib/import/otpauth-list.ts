import { parseOtpauthUri } from '@/lib/otp/otpauth';
import type { ParsedOtpauth } from '@/lib/otp/types';
import { decodeMigrationUri, isMigrationUri } from './google-migration';
import type { ImportFormat, ImportResult, SkippedEntry } from './types';

const LINK = /^(?:otpauth|otpauth-migration|steam):\/\//i;

function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

function shortLine(line: string): string {
  const label = /^otpauth:\/\/[^/]*\/([^?]*)/i.exec(line)?.[1];
  if (label) {
    try {
      return decodeURIComponent(label);
    } catch {
      return label;
    }
  }
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}

/**
 * Reads a text with one link a line: `otpauth://` and `steam://` links (Ente Auth, WinAuth, Authenticator Plus,
 * plain lists) and Google Authenticator `otpauth-migration://` export links. Lines that are not links are skipped.
 */
export function readOtpauthLines(format: string, text: string): ImportResult {
  const accounts: ParsedOtpauth[] = [];
  const skipped: SkippedEntry[] = [];
  for (const line of lines(text)) {
    try {
      if (isMigrationUri(line)) {
        const batch = decodeMigrationUri(line);
        accounts.push(...batch.accounts);
        skipped.push(...batch.skipped);
      } else if (LINK.test(line)) {
        accounts.push(parseOtpauthUri(line));
      } else {
        skipped.push({ name: shortLine(line), reason: 'the line is not an otpauth:// link' });
      }
    } catch (e) {
      skipped.push({ name: shortLine(line), reason: (e as Error).message.replace(/\.$/, '') });
    }
  }
  return { format, accounts, skipped };
}

export const otpauthListFormat: ImportFormat = {
  label: 'otpauth:// link list',
  detect: ({ text, json }) => text !== null && json === undefined && lines(text).some((l) => LINK.test(l)),
  read: async ({ text }) => readOtpauthLines('otpauth:// link list', text ?? ''),
};
