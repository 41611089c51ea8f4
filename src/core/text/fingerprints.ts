// 64-bit fingerprints of text, hashed a character at a time, and a table that finds a
// fingerprint seen before without building a string. What a fingerprint stands for, and
// what to do when two meet, is the caller's: fingerprints can collide, so a caller that
// must not be wrong compares the texts in full when they do (see sentences.ts).

/**
 * The two halves of a fingerprint start at these values and take each character code `f`
 * as `h1 = Math.imul(h1 ^ f, FNV_PRIME)` (32-bit FNV-1a) and `h2 = (Math.imul(h2, 31) + f) | 0`
 * (the polynomial hash of String.hashCode). The steps are written out where they are used,
 * in the hot loop, rather than called.
 */
export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;
export const POLY_START = 0;
export const POLY_BASE = 31;

/**
 * Entries (numbers from 0) by 64-bit fingerprint (h1, h2): open addressing with linear
 * probing in one typed array (fingerprint high, fingerprint low, entry + 1; 0 = empty), kept
 * at most half full. Several entries may share a fingerprint: `probe` from the slot after
 * one finds the next. Module-level code with plain state, so the optimiser sees the same
 * functions on every call.
 */
export class FingerprintTable {
  capacity = 1 << 12;
  slots = new Int32Array(this.capacity * 3);
  size = 0;

  /** From the home slot of h1: the next slot that is empty or holds (h1, h2). */
  probe(h1: number, h2: number, slot = (h1 >>> 0) & (this.capacity - 1)): number {
    const slots = this.slots;
    const mask = this.capacity - 1;
    while (slots[slot * 3 + 2] !== 0 && !(slots[slot * 3] === h1 && slots[slot * 3 + 1] === h2))
      slot = (slot + 1) & mask;
    return slot;
  }

  /** The entry in a slot, -1 when it is empty. */
  entryAt(slot: number): number {
    return this.slots[slot * 3 + 2] - 1;
  }

  next(slot: number): number {
    return (slot + 1) & (this.capacity - 1);
  }

  /** Stores an entry in an empty slot found by `probe`. */
  put(slot: number, h1: number, h2: number, entry: number): void {
    this.slots[slot * 3] = h1;
    this.slots[slot * 3 + 1] = h2;
    this.slots[slot * 3 + 2] = entry + 1;
    if (++this.size > this.capacity / 2) this.grow();
  }

  private grow(): void {
    const old = this.slots;
    const oldCapacity = this.capacity;
    this.capacity *= 2;
    this.slots = new Int32Array(this.capacity * 3);
    for (let s = 0; s < oldCapacity; s++) {
      if (old[s * 3 + 2] === 0) continue;
      const at = this.probeEmpty(old[s * 3]);
      this.slots[at * 3] = old[s * 3];
      this.slots[at * 3 + 1] = old[s * 3 + 1];
      this.slots[at * 3 + 2] = old[s * 3 + 2];
    }
  }

  private probeEmpty(h1: number): number {
    let slot = (h1 >>> 0) & (this.capacity - 1);
    while (this.slots[slot * 3 + 2] !== 0) slot = (slot + 1) & (this.capacity - 1);
    return slot;
  }
}
