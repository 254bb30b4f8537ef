import { importAesKey } from './cipher';
import { deriveKey } from './kdf';
import { openRecord, parseRecord } from './record';
import type { Head, KeyStore, Slot, VaultIo } from './store';

/** A simulated crash (worker killed, quota error) in the middle of a write. */
export class SimulatedCrash extends Error {}

export type Fault = 'slot-fails' | 'slot-torn' | 'head-fails';

/** In-memory vault storage for tests and benchmarks, with one-shot injected faults. */
export class MemoryIo implements VaultIo {
  head: Head | null = null;
  slots: Record<Slot, string | null> = { a: null, b: null };
  damagedCopy: unknown = null;
  fault: Fault | null = null;
  /** How many writes of the fault's kind (slot or head) succeed before it strikes. */
  faultAfter = 0;
  /** Every damaged copy kept, in order (`damagedCopy` is the one still kept). */
  keptCopies: unknown[] = [];

  private strikes(fault: Fault): boolean {
    if (this.fault !== fault) return false;
    if (this.faultAfter > 0) {
      this.faultAfter -= 1;
      return false;
    }
    this.fault = null;
    return true;
  }

  async getHead() {
    return this.head && { ...this.head };
  }
  async setHead(head: Head) {
    if (this.strikes('head-fails')) {
      throw new SimulatedCrash('crash before the head flip');
    }
    this.head = { ...head };
  }
  async getSlot(slot: Slot) {
    return this.slots[slot];
  }
  async setSlot(slot: Slot, text: string) {
    if (this.strikes('slot-fails')) {
      throw new SimulatedCrash('crash before the slot write');
    }
    if (this.strikes('slot-torn')) {
      this.slots[slot] = text.slice(0, Math.floor(text.length / 2));
      throw new SimulatedCrash('crash in the middle of the slot write');
    }
    this.slots[slot] = text;
  }
  async keepDamagedCopy(copy: unknown) {
    if (this.damagedCopy === null) this.keptCopies.push(copy);
    this.damagedCopy ??= copy;
  }
  async dropDamagedCopy() {
    this.damagedCopy = null;
  }
}

export class MemoryKeys implements KeyStore {
  key: string | null = null;
  async get() {
    return this.key;
  }
  async set(key: string | null) {
    this.key = key;
  }
}

/** The slots (a, b) that `password` opens, whatever the head says. */
export async function slotsOpenedBy(io: MemoryIo, password: string): Promise<Slot[]> {
  const opened: Slot[] = [];
  for (const slot of ['a', 'b'] as const) {
    try {
      const record = await parseRecord(io.slots[slot]);
      await openRecord(await importAesKey(await deriveKey(password, record.kdf)), record);
      opened.push(slot);
    } catch {
      // damaged, empty, or another key
    }
  }
  return opened;
}

/** Small Argon2id parameters so that unit tests run fast (the product keeps 64 MiB / t=3 / p=4). */
export const TEST_COST = { m: 64, t: 1, p: 1 };
