import { importAesKey } from './cipher';
import { fromBase64, sameBytes, toBase64 } from './encoding';
import { DEFAULT_KDF_COST, deriveKey, newKdfParams, type KdfCost, type KdfParams } from './kdf';
import { migratePayload } from './migrations';
import { createMutex } from './mutex';
import { clonePayload, emptyPayload, type ReadonlyPayload, type VaultPayload } from './payload';
import { openRecord, parseRecord, sealRecord, VaultDamagedError, type VaultRecord } from './record';
import type { VaultState } from './types';

export type Slot = 'a' | 'b';
export interface Head {
  slot: Slot;
  gen: number;
}

/** Where the (encrypted) vault lives. Production: storage.local items; tests: memory with injected crashes. */
export interface VaultIo {
  getHead(): Promise<Head | null>;
  setHead(head: Head): Promise<void>;
  getSlot(slot: Slot): Promise<string | null>;
  setSlot(slot: Slot, text: string): Promise<void>;
  /** Keeps a copy of a damaged vault before it is replaced (only the first copy is kept). */
  keepDamagedCopy(copy: { head: Head | null; a: string | null; b: string | null }): Promise<void>;
  /** Forgets that copy (a good vault has been written after it). */
  dropDamagedCopy(): Promise<void>;
}

/** Where the derived key lives while unlocked (production: storage.session). Base64 of the raw key. */
export interface KeyStore {
  get(): Promise<string | null>;
  set(keyB64: string | null): Promise<void>;
}

export interface StoreOptions {
  cost?: KdfCost;
  /** Delay after a wrong password, against guessing. */
  failDelayMs?: number;
  now?: () => number;
}

interface Opened {
  gen: number;
  kdf: KdfParams;
  key: CryptoKey;
  raw: string;
  payload: VaultPayload;
}

export class VaultLockedError extends Error {
  constructor() {
    super('The vault is locked');
    this.name = 'VaultLockedError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Whether a stored record is intact and sealed with the key these parameters (and their salt) derive. */
async function sealedWith(text: string, kdf: KdfParams): Promise<boolean> {
  try {
    const { alg, m, t, p, salt } = (await parseRecord(text)).kdf;
    return alg === kdf.alg && m === kdf.m && t === kdf.t && p === kdf.p && salt === kdf.salt;
  } catch {
    return false;
  }
}

/**
 * The vault: create, unlock, lock, read and edit. Every operation runs through one mutex, so edits from
 * two windows are applied one after the other and neither is lost. A write seals the new payload into the
 * slot not pointed to by the head and then flips the head: a write that dies half-way leaves the last
 * committed generation readable, and the previous generation is kept until the next commit. Both slots are
 * always sealed with the current key once a write has settled (`settle`): after a password change the old
 * password opens nothing, not even the older slot.
 */
export class VaultStore {
  private readonly run = createMutex();
  private opened: Opened | null = null;
  private readonly cost: KdfCost;
  private readonly failDelayMs: number;
  readonly now: () => number;

  constructor(
    private readonly io: VaultIo,
    private readonly keys: KeyStore,
    options: StoreOptions = {},
  ) {
    this.cost = options.cost ?? DEFAULT_KDF_COST;
    this.failDelayMs = options.failDelayMs ?? 700;
    this.now = options.now ?? Date.now;
  }

  state(): Promise<VaultState> {
    return this.run(async () => {
      try {
        if (!(await this.readCurrent())) return 'empty';
      } catch (error) {
        if (error instanceof VaultDamagedError) return 'damaged';
        throw error;
      }
      try {
        return (await this.ensureOpen()) ? 'unlocked' : 'locked';
      } catch (error) {
        if (error instanceof VaultDamagedError) return 'damaged';
        throw error;
      }
    });
  }

  /** Creates a vault; refuses to overwrite one unless it is damaged (then a copy of the damaged data is kept). */
  create(password: string, initial: VaultPayload = emptyPayload()): Promise<void> {
    return this.run(async () => {
      try {
        if (await this.readCurrent()) throw new Error('A vault already exists');
      } catch (error) {
        if (!(error instanceof VaultDamagedError)) throw error;
        const [head, a, b] = await Promise.all([this.io.getHead(), this.io.getSlot('a'), this.io.getSlot('b')]);
        await this.io.keepDamagedCopy({ head, a, b });
      }
      const kdf = newKdfParams(this.cost);
      const raw = await deriveKey(password, kdf);
      await this.commit(initial, kdf, await importAesKey(raw), toBase64(raw));
      await this.settle();
    });
  }

  /** Returns false for a wrong password (after a short delay). Throws `VaultDamagedError`. */
  unlock(password: string): Promise<boolean> {
    return this.run(async () => {
      const record = await this.readCurrent();
      if (!record) throw new Error('There is no vault yet');
      const raw = await deriveKey(password, record.kdf);
      const key = await importAesKey(raw);
      let text: string;
      try {
        text = await openRecord(key, record);
      } catch {
        await sleep(this.failDelayMs);
        return false;
      }
      await this.adopt(record, key, toBase64(raw), text);
      return true;
    });
  }

  lock(): Promise<void> {
    return this.run(async () => {
      this.opened = null;
      await this.keys.set(null);
    });
  }

  /**
   * The decrypted payload, or null when locked or empty. Not a copy (the popup asks on every open, and
   * copying 1,000 accounts costs ms): it is never changed in place, since `mutate` edits a copy and
   * commits that as the new payload.
   */
  read(): Promise<ReadonlyPayload | null> {
    return this.run(async () => (await this.ensureOpen())?.payload ?? null);
  }

  /** Applies `edit` to the current payload and commits the result; throws `VaultLockedError` when locked. */
  mutate<T>(edit: (payload: VaultPayload) => { payload: VaultPayload; result: T }): Promise<T> {
    return this.run(async () => {
      const opened = await this.ensureOpen();
      if (!opened) throw new VaultLockedError();
      const { payload, result } = edit(clonePayload(opened.payload));
      await this.commit(payload, opened.kdf, opened.key, opened.raw);
      return result;
    });
  }

  /**
   * Re-encrypts under a new password and salt, into both slots. False when `current` is wrong. Interrupted before
   * the head points at the new generation, the old password still works (and the new one opens nothing); after,
   * the new one works and the next unlock re-seals the older slot.
   */
  changePassword(current: string, next: string): Promise<boolean> {
    return this.run(async () => {
      const opened = await this.ensureOpen();
      if (!opened) throw new VaultLockedError();
      if (!sameBytes(await deriveKey(current, opened.kdf), fromBase64(opened.raw))) {
        await sleep(this.failDelayMs);
        return false;
      }
      const kdf = newKdfParams(this.cost);
      const raw = await deriveKey(next, kdf);
      await this.commit(opened.payload, kdf, await importAesKey(raw), toBase64(raw));
      await this.settle();
      return true;
    });
  }

  /** When the current generation is damaged: the newest other generation that is intact, if any. */
  private async intactFallback(): Promise<Head | null> {
    if (await this.isCurrentIntact()) return null;
    const head = await this.io.getHead();
    let best: Head | null = null;
    for (const slot of ['a', 'b'] as const) {
      try {
        const record = await parseRecord(await this.io.getSlot(slot));
        if (head?.slot === slot && head.gen === record.gen) continue;
        if (!best || record.gen > best.gen) best = { slot, gen: record.gen };
      } catch {
        // this slot is damaged too
      }
    }
    return best;
  }

  private async isCurrentIntact(): Promise<boolean> {
    try {
      await this.readCurrent();
      return true;
    } catch {
      return false;
    }
  }

  /** True when the vault is damaged but an earlier generation is still intact. */
  canRollBack(): Promise<boolean> {
    return this.run(async () => (await this.intactFallback()) !== null);
  }

  /** Points the head back at the newest intact generation (a copy of the damaged data is kept). The vault is locked. */
  rollBack(): Promise<boolean> {
    return this.run(async () => {
      const fallback = await this.intactFallback();
      if (!fallback) return false;
      const [head, a, b] = await Promise.all([this.io.getHead(), this.io.getSlot('a'), this.io.getSlot('b')]);
      await this.io.keepDamagedCopy({ head, a, b });
      await this.io.setHead(fallback);
      this.opened = null;
      await this.keys.set(null);
      return true;
    });
  }

  /** The current key and its parameters (for a backup sealed with the master password). */
  masterKey(): Promise<{ key: CryptoKey; kdf: KdfParams } | null> {
    return this.run(async () => {
      const opened = await this.ensureOpen();
      return opened && { key: opened.key, kdf: opened.kdf };
    });
  }

  get kdfCost(): KdfCost {
    return this.cost;
  }

  private async readCurrent(): Promise<VaultRecord | null> {
    const head = await this.io.getHead();
    if (!head) return null;
    if ((head.slot !== 'a' && head.slot !== 'b') || !Number.isInteger(head.gen))
      throw new VaultDamagedError('bad head');
    const record = await parseRecord(await this.io.getSlot(head.slot));
    if (record.gen !== head.gen) throw new VaultDamagedError('generation mismatch');
    return record;
  }

  private async ensureOpen(): Promise<Opened | null> {
    const head = await this.io.getHead();
    if (this.opened && head?.gen === this.opened.gen) return this.opened;
    this.opened = null;
    const raw = await this.keys.get();
    if (!raw) return null;
    const record = await this.readCurrent();
    if (!record) return null;
    const key = await importAesKey(fromBase64(raw));
    let text: string;
    try {
      text = await openRecord(key, record);
    } catch {
      // A key from before a password change that was interrupted: ask for the password again.
      await this.keys.set(null);
      return null;
    }
    return this.adopt(record, key, raw, text);
  }

  private async adopt(record: VaultRecord, key: CryptoKey, raw: string, text: string): Promise<Opened> {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new VaultDamagedError('unreadable contents');
    }
    const { payload, migrated } = migratePayload(parsed);
    await this.keys.set(raw);
    this.opened = { gen: record.gen, kdf: record.kdf, key, raw, payload };
    if (migrated) await this.commit(payload, record.kdf, key, raw);
    await this.settle();
    return this.opened!;
  }

  /**
   * Makes the slot the head does not point to hold only what the current key opens: when it holds a generation
   * sealed with another key (a password change cut short after the head flip, a vault replaced over an older one) or
   * damaged data, the current payload is committed once more, into that slot. Then no damaged copy is needed any more.
   */
  private async settle(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    const head = await this.io.getHead();
    const other = await this.io.getSlot(head?.slot === 'a' ? 'b' : 'a');
    if (other !== null && !(await sealedWith(other, opened.kdf))) {
      await this.commit(opened.payload, opened.kdf, opened.key, opened.raw);
    }
    await this.io.dropDamagedCopy();
  }

  private async commit(payload: VaultPayload, kdf: KdfParams, key: CryptoKey, raw: string): Promise<void> {
    const head = await this.io.getHead();
    const slot: Slot = head?.slot === 'a' ? 'b' : 'a';
    const gen = head && Number.isInteger(head.gen) && head.gen > 0 ? head.gen + 1 : 1;
    await this.io.setSlot(slot, await sealRecord(key, gen, kdf, JSON.stringify(payload)));
    await this.io.setHead({ slot, gen });
    if (this.opened?.raw !== raw) await this.keys.set(raw);
    this.opened = { gen, kdf, key, raw, payload };
  }
}
