import { describe, expect, it } from 'vitest';
import { addAccounts } from './accounts';
import { DEFAULT_KDF_COST } from './kdf';
import { MemoryIo, MemoryKeys, SimulatedCrash, slotsOpenedBy, TEST_COST } from './memory-io';
import { parseRecord } from './record';
import { VaultLockedError, VaultStore } from './store';
import type { NewAccount } from './types';

const totp = (secret: string, issuer = 'Example'): NewAccount => ({
  issuer,
  accountName: 'me@example.com',
  secret,
  type: 'totp',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
  counter: 0,
});

function setup() {
  const io = new MemoryIo();
  const keys = new MemoryKeys();
  const open = () => new VaultStore(io, keys, { cost: TEST_COST, failDelayMs: 1 });
  return { io, keys, open, store: open() };
}

const add = (store: VaultStore, a: NewAccount) =>
  store.mutate((p) => ({ payload: { ...p, accounts: addAccounts(p.accounts, [a], 1).accounts }, result: undefined }));

describe('VaultStore', () => {
  it('round-trips accounts through lock and unlock', async () => {
    const { store, open, io } = setup();
    expect(await store.state()).toBe('empty');
    await store.create('hunter22hunter22');
    expect(await store.state()).toBe('unlocked');
    await add(store, totp('JBSWY3DPEHPK3PXP'));
    await store.lock();
    expect(await store.state()).toBe('locked');
    expect(await store.read()).toBeNull();
    await expect(add(store, totp('GEZDGNBV'))).rejects.toBeInstanceOf(VaultLockedError);

    const fresh = open();
    expect(await fresh.unlock('hunter22hunter22')).toBe(true);
    expect((await fresh.read())!.accounts.map((a) => a.secret)).toEqual(['JBSWY3DPEHPK3PXP']);
    expect(JSON.stringify(io.slots)).not.toContain('JBSWY3DPEHPK3PXP');
  });

  it('refuses a wrong password and changes nothing', async () => {
    const { store, io } = setup();
    await store.create('right password');
    await add(store, totp('JBSWY3DPEHPK3PXP'));
    await store.lock();
    const before = structuredClone({ head: io.head, slots: io.slots });
    expect(await store.unlock('wrong password')).toBe(false);
    expect(await store.state()).toBe('locked');
    expect({ head: io.head, slots: io.slots }).toEqual(before);
  });

  it('stays unlocked across a worker restart (the key is in the session store)', async () => {
    const { store, open } = setup();
    await store.create('password1');
    await add(store, totp('JBSWY3DPEHPK3PXP'));
    const restarted = open();
    expect(await restarted.state()).toBe('unlocked');
    expect((await restarted.read())!.accounts).toHaveLength(1);
  });

  it('stores the Argon2id parameters with the vault; the product default is 64 MiB, t=3, p=4', async () => {
    expect(DEFAULT_KDF_COST).toEqual({ m: 65536, t: 3, p: 4 });
    const { store, io } = setup();
    await store.create('password1');
    const record = await parseRecord(io.slots[io.head!.slot]);
    expect(record.kdf).toMatchObject({ alg: 'argon2id', ...TEST_COST });
    expect(atob(record.kdf.salt)).toHaveLength(16);
  });

  it('uses a fresh IV for every write', async () => {
    const { store, io } = setup();
    await store.create('password1');
    const ivs = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await add(store, totp(`JBSWY3DPEHPK3PX${'ABCDE'[i]}`));
      ivs.add((await parseRecord(io.slots[io.head!.slot])).iv);
    }
    expect(ivs.size).toBe(5);
  });

  it('changes the password; the old one stops working', async () => {
    const { store, open } = setup();
    await store.create('old password');
    await add(store, totp('JBSWY3DPEHPK3PXP'));
    expect(await store.changePassword('not it', 'new password')).toBe(false);
    expect(await store.changePassword('old password', 'new password')).toBe(true);
    await store.lock();
    expect(await open().unlock('old password')).toBe(false);
    expect(await open().unlock('new password')).toBe(true);
  });

  it('seals both slots with the new password: the old one opens no generation at all', async () => {
    const { store, io } = setup();
    await store.create('old password');
    await add(store, totp('JBSWY3DPEHPK3PXP'));
    await add(store, totp('AAAA'));
    expect(await slotsOpenedBy(io, 'old password')).toEqual(['a', 'b']);
    expect(await store.changePassword('old password', 'new password')).toBe(true);
    expect(await slotsOpenedBy(io, 'old password')).toEqual([]);
    expect(await slotsOpenedBy(io, 'new password')).toEqual(['a', 'b']);
  });

  it('a password change cut short at any write leaves one password that opens everything, and only it', async () => {
    // Writes: new generation into the other slot, head flip, the same into the older slot, head flip.
    const crashes = [
      { fault: 'slot-fails', after: 0, works: 'old password' },
      { fault: 'slot-torn', after: 0, works: 'old password' },
      { fault: 'head-fails', after: 0, works: 'old password' },
      { fault: 'slot-fails', after: 1, works: 'new password' },
      { fault: 'slot-torn', after: 1, works: 'new password' },
      { fault: 'head-fails', after: 1, works: 'new password' },
    ] as const;
    for (const { fault, after, works } of crashes) {
      const { store, io, open } = setup();
      await store.create('old password');
      await add(store, totp('JBSWY3DPEHPK3PXP'));
      io.fault = fault;
      io.faultAfter = after;
      await expect(store.changePassword('old password', 'new password')).rejects.toBeInstanceOf(SimulatedCrash);
      const next = open();
      await next.lock();
      const other = works === 'old password' ? 'new password' : 'old password';
      expect(await next.unlock(other), `${fault} after ${after}`).toBe(false);
      expect(await next.unlock(works), `${fault} after ${after}`).toBe(true);
      expect((await next.read())!.accounts).toHaveLength(1);
      expect(await slotsOpenedBy(io, other), `${fault} after ${after}`).toEqual([]);
      expect(await slotsOpenedBy(io, works), `${fault} after ${after}`).toEqual(['a', 'b']);
    }
  });

  it('an interrupted password change loses nothing and keeps the old password', async () => {
    for (const fault of ['slot-fails', 'slot-torn', 'head-fails'] as const) {
      const { store, io, open } = setup();
      await store.create('old password');
      await add(store, totp('JBSWY3DPEHPK3PXP'));
      io.fault = fault;
      await expect(store.changePassword('old password', 'new password')).rejects.toBeInstanceOf(SimulatedCrash);
      const after = open();
      await after.lock();
      expect(await after.unlock('new password')).toBe(false);
      expect(await after.unlock('old password')).toBe(true);
      expect((await after.read())!.accounts).toHaveLength(1);
    }
  });

  it('serialises concurrent edits so that none is lost', async () => {
    const { store } = setup();
    await store.create('password1');
    const secrets = ['AAAA', 'BBBB', 'CCCC', 'DDDD', 'EEEE', 'FFFF', 'GGGG', 'HHHH'];
    await Promise.all(secrets.map((s) => add(store, totp(s))));
    expect((await store.read())!.accounts.map((a) => a.secret).sort()).toEqual(secrets);
  });

  it('will not overwrite an existing vault', async () => {
    const { store } = setup();
    await store.create('password1');
    await expect(store.create('password2')).rejects.toThrow('already exists');
  });

  it('replaces a damaged vault only after keeping a copy of it, and drops the copy once the new vault is written', async () => {
    const { store, io, open } = setup();
    await store.create('password1');
    await add(store, totp('AAAA'));
    const intact = io.slots.a;
    io.slots[io.head!.slot] = 'garbage';
    expect(await store.state()).toBe('damaged');
    io.fault = 'slot-torn';
    await expect(store.create('password2')).rejects.toBeInstanceOf(SimulatedCrash);
    expect(io.damagedCopy).toMatchObject({ a: intact, b: 'garbage' });
    const next = open();
    expect(await next.state()).toBe('damaged');
    await next.create('password2');
    expect(io.keptCopies).toEqual([expect.objectContaining({ a: intact, b: 'garbage' })]);
    expect(io.damagedCopy).toBeNull();
    expect(await next.state()).toBe('unlocked');
    expect(await slotsOpenedBy(io, 'password1')).toEqual([]);
  });
});

describe('VaultStore roll back', () => {
  it('goes back to the previous intact generation when the current one is damaged', async () => {
    const { store, io, open } = setup();
    await store.create('password1');
    await add(store, totp('AAAA'));
    await add(store, totp('BBBB'));
    expect(await store.canRollBack()).toBe(false);
    const current = io.head!.slot;
    io.slots[current] = io.slots[current]!.replace('"gen"', '"gem"');
    expect(await store.state()).toBe('damaged');
    expect(await store.canRollBack()).toBe(true);
    expect(await store.rollBack()).toBe(true);
    expect(io.damagedCopy).toMatchObject({ [current]: io.slots[current] });
    const after = open();
    expect(await after.state()).toBe('locked');
    expect(await after.unlock('password1')).toBe(true);
    expect((await after.read())!.accounts.map((a) => a.secret)).toEqual(['AAAA']);
    // The unlock wrote a good vault over the damaged generation: the copy of it is dropped.
    expect(io.damagedCopy).toBeNull();
    expect(await slotsOpenedBy(io, 'password1')).toEqual(['a', 'b']);
  });

  it('recovers the newest generation when only the head is damaged', async () => {
    const { store, io } = setup();
    await store.create('password1');
    await add(store, totp('AAAA'));
    io.head = { slot: io.head!.slot, gen: 999 };
    expect(await store.rollBack()).toBe(true);
    expect(await store.unlock('password1')).toBe(true);
    expect((await store.read())!.accounts).toHaveLength(1);
  });

  it('has nothing to offer when both generations are damaged', async () => {
    const { store, io } = setup();
    await store.create('password1');
    await add(store, totp('AAAA'));
    io.slots = { a: 'x', b: 'y' };
    expect(await store.canRollBack()).toBe(false);
    expect(await store.rollBack()).toBe(false);
  });
});
