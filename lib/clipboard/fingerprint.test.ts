import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { fingerprint, randomSalt } from './fingerprint';

describe('fingerprint', () => {
  it('is the SHA-256 of salt, NUL, text, and differs per salt', async () => {
    const salt = randomSalt();
    expect(salt).toMatch(/^[0-9a-f]{32}$/);
    expect(await fingerprint(salt, '492039')).toBe(createHash('sha256').update(`${salt}\u0000492039`).digest('hex'));
    expect(await fingerprint(randomSalt(), '492039')).not.toBe(await fingerprint(salt, '492039'));
  });
});
