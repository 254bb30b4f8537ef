import { readAndroidPrefs } from './android-prefs';
import { base64Bytes, hexBytes, utf8Text } from './bytes';
import { checkKdfTotal, type KdfCost } from '@/lib/kdf/limits';
import { aesCbcOpen, pbkdf2 } from './crypto';
import { collect, entryName, isRecord, type RawEntry } from './entry';
import { splitLabel } from '@/lib/otp/label';
import { badFile, parseJson, requirePassword, wrongPassword } from './problems';
import type { ImportFormat, ImportInput } from './types';

const AUTHY = 'Authy';
const KEY = 'com.authy.storage.tokens.authenticator.key';

type Token = Record<string, unknown>;

function tokensOf(input: ImportInput): Token[] | null {
  const list = parseJson(readAndroidPrefs(input.text)?.get(KEY) ?? null);
  return Array.isArray(list) ? list.filter(isRecord) : null;
}

/** Authy's backup encryption: PBKDF2-SHA1 of the backup password with the token's salt, then AES-CBC. */
const derivation = (t: Token): KdfCost => ({ alg: 'pbkdf2', iterations: Number(t.key_derivation_iterations ?? 1000) });

async function decryptSecret(t: Token, password: string): Promise<string | null> {
  const { iterations } = derivation(t) as { iterations: number };
  const iv = typeof t.unique_iv === 'string' ? hexBytes(t.unique_iv) : new Uint8Array(16);
  const key = await pbkdf2(password, new TextEncoder().encode(String(t.salt ?? '')), iterations, 'SHA-1');
  const plain = await aesCbcOpen(key, iv, base64Bytes(String(t.encryptedSecret)));
  const text = plain && utf8Text(plain);
  return text && /^[A-Za-z2-7=\s-]+$/.test(text) ? text : null;
}

/** Authy names a token "Issuer:account" (originalName) or "Issuer - account" (name). */
function names(t: Token): { issuer: string; accountName: string } {
  const original = typeof t.originalName === 'string' ? t.originalName : '';
  const issuer = typeof t.originalIssuer === 'string' ? t.originalIssuer : null;
  if (original) return splitLabel(original, issuer);
  const name = typeof t.name === 'string' ? t.name : '';
  const dash = name.indexOf(' - ');
  return dash > 0 ? { issuer: name.slice(0, dash), accountName: name.slice(dash + 3) } : splitLabel(name, issuer);
}

/** Authy's token store (`com.authy.storage.tokens.authenticator.xml`), secrets decrypted or encrypted. */
export const authyFormat: ImportFormat = {
  label: AUTHY,
  detect: (input) => tokensOf(input) !== null,
  async read(input, password) {
    const tokens = tokensOf(input) ?? [];
    const encrypted = tokens.some((t) => typeof t.encryptedSecret === 'string' && !t.decryptedSecret);
    const secrets = new Map<Token, string | null>();
    if (encrypted) {
      const pw = requirePassword(AUTHY, password);
      // Each token has its own salt: one key derivation each, all of them checked before any is run.
      checkKdfTotal(tokens.filter((t) => t.encryptedSecret).map(derivation));
      for (const t of tokens) if (t.encryptedSecret) secrets.set(t, await decryptSecret(t, pw).catch(() => null));
      if ([...secrets.values()].every((s) => s === null)) throw wrongPassword(AUTHY);
    }
    if (tokens.length === 0) throw badFile(AUTHY, 'it holds no tokens');
    return collect(
      encrypted ? `${AUTHY} (encrypted)` : AUTHY,
      tokens,
      (t): RawEntry | string => {
        const secret = t.decryptedSecret ?? secrets.get(t);
        if (secret === null) return 'its secret could not be decrypted with this password';
        // Authy keeps no algorithm or period for these tokens: SHA-1 and 30 seconds.
        return { type: 'totp', ...names(t), secret, digits: t.digits };
      },
      (t) => entryName(names(t).issuer, names(t).accountName),
    );
  },
};
