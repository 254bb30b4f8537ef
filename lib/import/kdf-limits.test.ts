import { describe, expect, it } from 'vitest';
import { importFile, ImportError } from './import-file';

const bytes = (text: string) => new TextEncoder().encode(text);
const failure = (file: Uint8Array, name = 'export.json') =>
  importFile(name, file, 'password').then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as ImportError,
  );

/** An encrypted Aegis export whose password slots ask for the given scrypt settings. */
function aegis(slots: { n: number; r: number; p: number }[]) {
  const slot = (s: { n: number; r: number; p: number }) => ({
    type: 1,
    uuid: '00000000-0000-0000-0000-000000000000',
    key: '00'.repeat(32),
    key_params: { nonce: '00'.repeat(12), tag: '00'.repeat(16) },
    salt: '00'.repeat(32),
    ...s,
  });
  const header = { slots: slots.map(slot), params: { nonce: '00'.repeat(12), tag: '00'.repeat(16) } };
  return bytes(JSON.stringify({ version: 1, header, db: 'AAAA' }));
}

/** Authy's token store with encrypted secrets, each with its own salt and PBKDF2 rounds. */
function authy(iterations: number[]) {
  const tokens = iterations.map((n, i) => ({
    name: `Token ${i}`,
    encryptedSecret: 'AAAAAAAAAAAAAAAAAAAAAA==',
    salt: `salt${i}`,
    key_derivation_iterations: n,
    digits: 6,
  }));
  const json = JSON.stringify(tokens).replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return bytes(
    `<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<map>\n<string name="com.authy.storage.tokens.authenticator.key">${json}</string>\n</map>\n`,
  );
}

describe('import: key-derivation costs a file may not ask for', () => {
  it('Aegis: scrypt needing gigabytes, or p in the thousands', async () => {
    const huge = await failure(aegis([{ n: 2 ** 30, r: 8, p: 1 }]));
    expect(huge).toBeInstanceOf(ImportError);
    expect(huge.kind).toBe('bad-file');
    expect(huge.message).toMatch(/^This Aegis file asks for a key derivation with \d+ MiB of memory/);
    const slow = await failure(aegis([{ n: 2 ** 15, r: 8, p: 100_000 }]));
    expect(slow.message).toContain('p = 100000');
  });

  it('Aegis: many password slots cost no more than the budget of one file', async () => {
    const many = await failure(aegis(Array.from({ length: 200 }, () => ({ n: 2 ** 18, r: 8, p: 1 }))));
    expect(many.message).toContain('asks for 200 key derivations, more than OTPilot runs for one file');
  });

  it('Authy: a token asking for a billion PBKDF2 rounds, or thousands of tokens at the limit', async () => {
    const one = await failure(authy([1_000_000_000]), 'com.authy.storage.tokens.authenticator.xml');
    expect(one.message).toContain('This Authy file asks for a key derivation with 1,000,000,000 PBKDF2 rounds');
    const many = await failure(authy(Array.from({ length: 5000 }, () => 1_900_000)));
    expect(many.message).toContain('asks for 5000 key derivations');
  });
});
