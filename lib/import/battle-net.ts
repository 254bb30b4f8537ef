import { readAndroidPrefs } from './android-prefs';
import { hexBytes } from './bytes';
import { collect } from './entry';
import type { ImportFormat, ImportInput } from './types';

const BATTLE_NET = 'Battle.net';
const PREFIX = 'com.blizzard.messenger.AUTHENTICATOR_';
/** The fixed mask the Battle.net app XORs its stored serial and secret with ("MASK" encryption type). */
const MASK = hexBytes(
  '398e27fc50276a656065b0e525f4c06c04c61075286b8e7aeda59da9813b5dd6c80d2fb38068773fa59ba47c17ca6c6479015c1d5b8b8f6b9a',
);

function unmask(hex: string): string {
  const bytes = hexBytes(hex);
  if (bytes.length > MASK.length) throw new Error('too long');
  return String.fromCharCode(...bytes.map((b, i) => b ^ MASK[i]!));
}

function prefsOf(input: ImportInput): Map<string, string> | null {
  const prefs = readAndroidPrefs(input.text);
  return prefs?.has(`${PREFIX}DEVICE_SECRET`) ? prefs : null;
}

/** The Battle.net app's authenticator preferences: one TOTP account, 8 digits, named by its serial. */
export const battleNetFormat: ImportFormat = {
  label: BATTLE_NET,
  detect: (input) => prefsOf(input) !== null,
  async read(input) {
    const prefs = prefsOf(input) ?? new Map<string, string>();
    const serial = prefs.get(`${PREFIX}SERIAL`);
    return collect(
      BATTLE_NET,
      [prefs.get(`${PREFIX}DEVICE_SECRET`) ?? ''],
      (secret) => ({
        issuer: BATTLE_NET,
        accountName: serial ? unmask(serial) : '',
        secret: hexBytes(unmask(secret)),
        digits: 8,
      }),
      () => BATTLE_NET,
    );
  },
};
