/**
 * String id -> seq of an entry in a log, for the core's week-long logs
 * (customer history, surveys) that already keep each entry's id in their
 * own columns. A JS `Map` of 100,000s of string keys was a measurable part
 * of a contact's close (bench/RESULTS.md, bench:core, "Where
 * contact-heavy's decision goes"); this table keeps no string and no
 * object per entry: one `Uint32Array` of (seq + 1, hash) pairs (8 bytes a
 * slot, 16 to 32 an entry: less than a `Map` entry, and off the heap the
 * collector walks), probed
 * linearly from the id's hash, a candidate whose hash matches checked
 * against the log's id (`idAt`), since two ids may share a hash.
 *
 * At most half full (doubling when it would be more), so probe runs stay
 * short; a removal shifts the rest of its run back (no tombstones), so the
 * table never needs a cleaning pass and never shrinks: in a steady window
 * (entries expiring as fast as they come) it keeps its size. Growth
 * rehashes from the stored hashes only (no string is read).
 *
 * Semantics are a `Map<string, number>`'s: one seq per id, `set`
 * overwriting. `removeSeq` removes an id only while it still maps to that
 * seq (the log's head expiring while a newer entry of the id lives on).
 */

/** FNV-1a of the id's UTF-16 code units: 32 bits. */
export function idHash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return h | 0;
}

const MIN_SLOTS = 1024;
/** Seqs are kept + 1 in 32 bits (0: empty). */
const MAX_SEQ = 0xffffffff;

export class SeqTable {
  readonly #idAt: (seq: number) => string;
  readonly #hash: (id: string) => number;
  /** Slot j is `[2j]` seq + 1 (0 empty) and `[2j + 1]` the id's hash (unsigned). */
  #slots: Uint32Array;
  #mask: number;
  #live = 0;

  /**
   * @param idAt the id of a seq in the table (read from the log: every seq
   *   in the table must still be readable there)
   * @param hash for tests, a weaker hash to force collisions
   * @param slots initial slot count (a power of two; for tests)
   */
  constructor(idAt: (seq: number) => string, hash: (id: string) => number = idHash, slots = MIN_SLOTS) {
    if (!(slots >= 2 && (slots & (slots - 1)) === 0)) throw new Error('slots must be a power of two, at least 2');
    this.#idAt = idAt;
    this.#hash = hash;
    this.#slots = new Uint32Array(slots * 2);
    this.#mask = slots - 1;
  }

  get size(): number {
    return this.#live;
  }

  /** Bytes the table takes. */
  get bytes(): number {
    return this.#slots.byteLength;
  }

  /** The id's seq, or -1. */
  get(id: string): number {
    const s = this.#slots;
    const h = this.#hash(id) >>> 0;
    for (let j = h & this.#mask; ; j = (j + 1) & this.#mask) {
      const v = s[2 * j]!;
      if (v === 0) return -1;
      if (s[2 * j + 1] === h && this.#idAt(v - 1) === id) return v - 1;
    }
  }

  /**
   * Maps the id to `seq` (an integer from 0 to 2^32 - 2: a process would
   * need billions of entries in its log to pass it); returns the seq it
   * mapped to before, or -1.
   */
  set(id: string, seq: number): number {
    if (!(seq >= 0 && seq < MAX_SEQ && Number.isInteger(seq))) throw new RangeError(`seq ${seq} is not an integer from 0 to ${MAX_SEQ - 1}`);
    const h = this.#hash(id) >>> 0;
    let s = this.#slots;
    let j = h & this.#mask;
    for (; ; j = (j + 1) & this.#mask) {
      const v = s[2 * j]!;
      if (v === 0) break;
      if (s[2 * j + 1] === h && this.#idAt(v - 1) === id) {
        s[2 * j] = seq + 1;
        return v - 1;
      }
    }
    if ((this.#live + 1) * 2 > this.#mask + 1) {
      this.#grow();
      s = this.#slots;
      for (j = h & this.#mask; s[2 * j] !== 0; j = (j + 1) & this.#mask);
    }
    s[2 * j] = seq + 1;
    s[2 * j + 1] = h;
    this.#live++;
    return -1;
  }

  /** Removes the id (whatever it maps to); returns whether it was there. */
  delete(id: string): boolean {
    const seq = this.get(id);
    return seq >= 0 && this.removeSeq(id, seq);
  }

  /** Removes the id if it maps to `seq` (no id comparison: a seq is in the table once at most); returns whether it did. */
  removeSeq(id: string, seq: number): boolean {
    const s = this.#slots;
    const mask = this.#mask;
    const h = this.#hash(id) >>> 0;
    let j = h & mask;
    for (; ; j = (j + 1) & mask) {
      const v = s[2 * j]!;
      if (v === 0) return false;
      if (v === seq + 1) break;
    }
    s[2 * j] = 0;
    this.#live--;
    // Backward shift: a later slot of the run whose home is not within (j, k] moves into the hole.
    for (let k = (j + 1) & mask; ; k = (k + 1) & mask) {
      const v = s[2 * k]!;
      if (v === 0) return true;
      const home = s[2 * k + 1]! & mask;
      const stays = j <= k ? home > j && home <= k : home > j || home <= k;
      if (!stays) {
        s[2 * j] = v;
        s[2 * j + 1] = s[2 * k + 1]!;
        s[2 * k] = 0;
        j = k;
      }
    }
  }

  #grow(): void {
    const old = this.#slots;
    const slots = (this.#mask + 1) * 2;
    const s = new Uint32Array(slots * 2);
    const mask = slots - 1;
    for (let i = 0; i < old.length; i += 2) {
      const v = old[i]!;
      if (v === 0) continue;
      const h = old[i + 1]!;
      let j = h & mask;
      while (s[2 * j] !== 0) j = (j + 1) & mask;
      s[2 * j] = v;
      s[2 * j + 1] = h;
    }
    this.#slots = s;
    this.#mask = mask;
  }
}
