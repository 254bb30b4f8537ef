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

  async getHead() {
    return this.head && { ...this.head };
  }
  async setHead(head: Head) {
    if (this.fault === 'head-fails') {
      this.fault = null;
      throw new SimulatedCrash('crash before the head flip');
    }
    this.head = { ...head };
  }
  async getSlot(slot: Slot) {
    return this.slots[slot];
  }
  async setSlot(slot: Slot, text: string) {
    if (this.fault === 'slot-fails') {
      this.fault = null;
      throw new SimulatedCrash('crash before the slot write');
    }
    if (this.fault === 'slot-torn') {
      this.fault = null;
      this.slots[slot] = text.slice(0, Math.floor(text.length / 2));
      throw new SimulatedCrash('crash in the middle of the slot write');
    }
    this.slots[slot] = text;
  }
  async keepDamagedCopy(copy: unknown) {
    this.damagedCopy ??= copy;
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

/** Small Argon2id parameters so that unit tests run fast (the product keeps 64 MiB / t=3 / p=4). */
export const TEST_COST = { m: 64, t: 1, p: 1 };
