import { describe, expect, it } from 'vitest';
import { importAesKey } from './cipher';
import { toBase64 } from './encoding';
import { deriveKey, newKdfParams } from './kdf';
import { MemoryIo, MemoryKeys, TEST_COST } from './memory-io';
import { MIGRATIONS, migratePayload, VaultTooNewError } from './migrations';
import { PAYLOAD_VERSION } from './payload';
import { sealRecord } from './record';
import { VaultStore } from './store';

const v1Account = {
  id: 'a1',
  issuer: 'Example',
  accountName: 'me',
  secret: 'JBSWY3DPEHPK3PXP',
  type: 'totp',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
  createdAt: 1,
  updatedAt: 1,
};

describe('payload migrations', () => {
  it('has one migration for every version up to the current one', () => {
    for (let v = 2; v <= PAYLOAD_VERSION; v++) expect(MIGRATIONS[v]).toBeTypeOf('function');
  });

  it('v1 → v2: fills websites, pinned and order, adds the empty API key slot', () => {
    const { payload, migrated } = migratePayload({ pv: 1, accounts: [v1Account] });
    expect(migrated).toBe(true);
    expect(payload).toEqual({
      pv: 2,
      apiKey: null,
      accounts: [{ ...v1Account, websites: [], pinned: false, order: 0 }],
    });
  });

  it('v1 → v2 keeps values that were already there', () => {
    const { payload } = migratePayload({ accounts: [{ ...v1Account, websites: ['x.com'], pinned: true, order: 4 }] });
    expect(payload.accounts[0]).toMatchObject({ websites: ['x.com'], pinned: true, order: 4 });
  });

  it('leaves a current payload alone', () => {
    const current = { pv: PAYLOAD_VERSION, accounts: [], apiKey: 'k' };
    expect(migratePayload(current)).toEqual({ payload: current, migrated: false });
  });

  it('refuses a payload from a newer version', () => {
    expect(() => migratePayload({ pv: PAYLOAD_VERSION + 1 })).toThrow(VaultTooNewError);
  });

  it('a stored v1 vault opens and is rewritten as the current version', async () => {
    const io = new MemoryIo();
    const keys = new MemoryKeys();
    const kdf = newKdfParams(TEST_COST);
    const raw = await deriveKey('password1', kdf);
    io.slots.a = await sealRecord(await importAesKey(raw), 1, kdf, JSON.stringify({ pv: 1, accounts: [v1Account] }));
    io.head = { slot: 'a', gen: 1 };
    const store = new VaultStore(io, keys, { cost: TEST_COST });
    expect(await store.unlock('password1')).toBe(true);
    expect(io.head).toEqual({ slot: 'b', gen: 2 });
    const again = new VaultStore(io, new MemoryKeys(), { cost: TEST_COST });
    expect(await again.unlock('password1')).toBe(true);
    expect((await again.read())!).toMatchObject({ pv: PAYLOAD_VERSION, apiKey: null });
    expect(keys.key).toBe(toBase64(raw));
  });
});
