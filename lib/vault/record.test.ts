import { describe, expect, it } from 'vitest';
import { addAccounts } from './accounts';
import { MemoryIo, MemoryKeys, TEST_COST } from './memory-io';
import { parseRecord, VaultDamagedError } from './record';
import { VaultStore } from './store';

async function storedVault() {
  const io = new MemoryIo();
  const keys = new MemoryKeys();
  const store = new VaultStore(io, keys, { cost: TEST_COST, failDelayMs: 0 });
  await store.create('password1');
  const inputs = ['JBSWY3DPEHPK3PXP', 'GEZDGNBVGY3TQOJQ'].map((secret) => ({
    issuer: 'Example',
    accountName: 'me',
    secret,
    type: 'totp' as const,
    algorithm: 'SHA1' as const,
    digits: 6,
    period: 30,
    counter: 0,
  }));
  await store.mutate((p) => ({ payload: { ...p, accounts: addAccounts(p.accounts, inputs, 1).accounts }, result: 0 }));
  await store.lock();
  return { io, keys, text: io.slots[io.head!.slot]! };
}

describe('stored vault record', () => {
  it('detects every single-byte change (two flips per byte) before any key is derived', async () => {
    const { text } = await storedVault();
    await expect(parseRecord(text)).resolves.toBeTruthy();
    let checked = 0;
    for (let i = 0; i < text.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const flipped = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ mask) + text.slice(i + 1);
        await expect(parseRecord(flipped), `byte ${i} ^ ${mask}`).rejects.toBeInstanceOf(VaultDamagedError);
        checked++;
      }
    }
    expect(checked).toBe(text.length * 2);
  });

  it('reports a flipped byte as "damaged", refuses to unlock and leaves the data untouched', async () => {
    const { io, keys, text } = await storedVault();
    const slot = io.head!.slot;
    for (const i of [0, 20, Math.floor(text.length / 2), text.length - 70, text.length - 1]) {
      const flipped = text.slice(0, i) + String.fromCharCode(text.charCodeAt(i) ^ 1) + text.slice(i + 1);
      io.slots[slot] = flipped;
      const store = new VaultStore(io, keys, { cost: TEST_COST, failDelayMs: 0 });
      expect(await store.state()).toBe('damaged');
      await expect(store.unlock('password1')).rejects.toBeInstanceOf(VaultDamagedError);
      expect(io.slots[slot]).toBe(flipped);
    }
  });

  it('detects a changed head (generation pointer)', async () => {
    const { io, keys } = await storedVault();
    io.head = { ...io.head!, gen: io.head!.gen + 1 };
    expect(await new VaultStore(io, keys, { cost: TEST_COST }).state()).toBe('damaged');
  });

  it('binds the header into the ciphertext: a re-checksummed header change still cannot be opened', async () => {
    const { io, keys, text } = await storedVault();
    const body = JSON.parse(text.slice(0, text.lastIndexOf('|')));
    body.gen += 0; // unchanged gen, changed cost parameter → different key and different associated data
    body.kdf.t += 1;
    const json = JSON.stringify(body);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json)));
    io.slots[io.head!.slot] = `${json}|${Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')}`;
    const store = new VaultStore(io, keys, { cost: TEST_COST, failDelayMs: 0 });
    expect(await store.state()).toBe('locked');
    expect(await store.unlock('password1')).toBe(false);
  });
});
