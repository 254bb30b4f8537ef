/** Steam Guard's code alphabet (no vowels or look-alike characters). */
export const STEAM_ALPHABET = '23456789BCDFGHJKMNPQRTVWXY';
export const STEAM_DIGITS = 5;
export const STEAM_PERIOD = 30;

/** Steam Guard encoding of the 31-bit truncated HMAC value: base 26, least significant character first. */
export function encodeSteamToken(truncated: number, length: number = STEAM_DIGITS): string {
  let v = truncated;
  let out = '';
  for (let i = 0; i < length; i++) {
    out += STEAM_ALPHABET[v % STEAM_ALPHABET.length];
    v = Math.floor(v / STEAM_ALPHABET.length);
  }
  return out;
}

export function validateSteamToken(token: string, length: number = STEAM_DIGITS): void {
  if (token.length !== length || [...token].some((c) => !STEAM_ALPHABET.includes(c))) {
    throw new Error(`A Steam Guard code is ${length} characters from ${STEAM_ALPHABET}.`);
  }
}
