import { SecretError } from './errors';

export { SecretError };

/** Normalise a pasted base32 secret (upper case, no spaces/dashes/padding); throws SecretError. */
export function normalizeSecret(input: string): string {
  const s = input.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  if (!s) throw new SecretError('The secret is empty.');
  const bad = /[^A-Z2-7]/.exec(s);
  if (bad) throw new SecretError(`The secret contains "${bad[0]}", which is not a base32 character.`);
  return s;
}
