/**
 * Where the memory record store keeps its records: off the V8 heap.
 *
 * A week of records at volume is gigabytes; held as JS strings (one object
 * and one string a record) they made every scavenge slow (the old
 * generation is what a scavenge pays for: bench:export-cost found 8-31 ms
 * per scavenge on a 1.8 GB heap, stalling routing while an export made
 * garbage). Here a record is its UTF-8 JSON line appended to a large slab
 * (`Buffer.allocUnsafeSlow`: memory outside the heap that the collector
 * never walks), and its place is four numbers in typed arrays:
 *
 * - `Slabs`: the byte slabs, appended to, never written over (a slice handed
 *   out stays valid), each freed once no live record is left in it;
 * - `EntryIndex`: by sequence number, each record's time, slab, offset,
 *   length and id hash, in chunks of typed arrays (growing by a chunk,
 *   shedding chunks from the head: no copy of the whole index);
 * - `IdTable`: contact id -> sequence number (for surveys) as an
 *   open-addressing table of sequence numbers, keyed by the id's hash, the
 *   id itself checked against the stored record: no string kept per record.
 */

/** One slab: its bytes, how far they are used, and what is in it. */
interface Slab {
  readonly buf: Buffer;
  used: number;
  /** Live record versions in it. */
  live: number;
  /** Bytes of superseded versions (a survey rewrite) still held in it. */
  dead: number;
}

export const DEFAULT_SLAB_BYTES = 8 * 1024 * 1024;

export class Slabs {
  readonly #size: number;
  readonly #slabs = new Map<number, Slab>();
  /** The slab appended to, or -1 before the first. */
  #current = -1;
  #next = 0;

  constructor(slabBytes: number) {
    if (!(slabBytes >= 64)) throw new Error('slabBytes must be at least 64');
    this.#size = slabBytes;
  }

  /** Slabs held. */
  get count(): number {
    return this.#slabs.size;
  }

  /**
   * Appends `text` and a newline; returns where: the slab, and the offset
   * (the length is `byteLength + 1`). A line longer than a slab gets a slab
   * of its own; the slab being filled stays the one appended to.
   */
  append(text: string, byteLength: number): { slab: number; offset: number } {
    const n = byteLength + 1;
    let id = this.#current;
    let s = id < 0 ? undefined : this.#slabs.get(id);
    if (n > this.#size) {
      id = this.#next++;
      s = { buf: Buffer.allocUnsafeSlow(n), used: 0, live: 0, dead: 0 };
      this.#slabs.set(id, s);
    } else if (s === undefined || s.used + n > s.buf.length) {
      const old = this.#current;
      id = this.#next++;
      s = { buf: Buffer.allocUnsafeSlow(this.#size), used: 0, live: 0, dead: 0 };
      this.#slabs.set(id, s);
      this.#current = id;
      // The slab left behind may already be empty (every record in it gone).
      if (old >= 0) this.#freeIfEmpty(old);
    }
    const offset = s.used;
    s.buf.write(text, offset, byteLength, 'utf8');
    s.buf[offset + byteLength] = 0x0a;
    s.used += n;
    s.live++;
    return { slab: id, offset };
  }

  /** The bytes of a record (a view on the slab, valid for good: slabs are never written over). */
  bytes(slab: number, offset: number, length: number): Buffer {
    return this.#slabs.get(slab)!.buf.subarray(offset, offset + length);
  }

  /** The record's text, decoded afresh (a young string: what is parsed from it dies young). */
  text(slab: number, offset: number, length: number): string {
    return this.#slabs.get(slab)!.buf.toString('utf8', offset, offset + length);
  }

  /**
   * A record version leaves the slab: dropped (`superseded` false) or
   * replaced by a newer one elsewhere (its bytes stay held, dead, until the
   * slab goes). Returns the bytes no longer held: the dead ones of a slab
   * freed.
   */
  release(slab: number, length: number, superseded: boolean): number {
    const s = this.#slabs.get(slab)!;
    s.live--;
    if (superseded) s.dead += length;
    return this.#freeIfEmpty(slab);
  }

  #freeIfEmpty(id: number): number {
    const s = this.#slabs.get(id);
    if (s === undefined || s.live > 0 || id === this.#current) return 0;
    this.#slabs.delete(id);
    return s.dead;
  }
}

/** One chunk of the index: `size` entries of typed arrays. */
interface Chunk {
  readonly t: Float64Array;
  readonly slab: Int32Array;
  readonly offset: Int32Array;
  /** Bytes, the trailing newline included. */
  readonly length: Int32Array;
  readonly hash: Int32Array;
}

export const DEFAULT_INDEX_CHUNK = 65536;

/**
 * The records' places by sequence number, from `head` (the oldest kept)
 * to `end` (the next to be written). Sequence numbers never change: they
 * are the export's cursors, stable while the head moves.
 */
export class EntryIndex {
  readonly #size: number;
  #chunks: Chunk[] = [];
  /** Sequence number of the first entry of `#chunks[0]`. */
  #base = 0;
  head = 0;
  end = 0;

  constructor(chunkEntries: number) {
    if (!(chunkEntries >= 1 && Number.isInteger(chunkEntries))) throw new Error('chunkEntries must be a positive integer');
    this.#size = chunkEntries;
  }

  push(t: number, slab: number, offset: number, length: number, hash: number): number {
    const seq = this.end++;
    const at = seq - this.#base;
    const k = Math.floor(at / this.#size);
    if (k === this.#chunks.length) {
      const n = this.#size;
      this.#chunks.push({ t: new Float64Array(n), slab: new Int32Array(n), offset: new Int32Array(n), length: new Int32Array(n), hash: new Int32Array(n) });
    }
    const c = this.#chunks[k]!;
    const i = at - k * this.#size;
    c.t[i] = t;
    c.slab[i] = slab;
    c.offset[i] = offset;
    c.length[i] = length;
    c.hash[i] = hash;
    return seq;
  }

  /** The chunk and slot of a sequence number in `[head, end)`. */
  at(seq: number): { c: Chunk; i: number } {
    const at = seq - this.#base;
    const k = Math.floor(at / this.#size);
    return { c: this.#chunks[k]!, i: at - k * this.#size };
  }

  t(seq: number): number {
    const at = seq - this.#base;
    const k = Math.floor(at / this.#size);
    return this.#chunks[k]!.t[at - k * this.#size]!;
  }

  hash(seq: number): number {
    const at = seq - this.#base;
    const k = Math.floor(at / this.#size);
    return this.#chunks[k]!.hash[at - k * this.#size]!;
  }

  /** Moves the head one on, shedding a chunk once the head has passed it. */
  shift(): void {
    this.head++;
    if (this.head - this.#base >= this.#size) {
      this.#chunks.shift();
      this.#base += this.#size;
    }
  }

  /** Chunks held (each `chunkEntries` entries of 24 bytes). */
  get chunks(): number {
    return this.#chunks.length;
  }
}

/** FNV-1a of the id's UTF-16 code units (the core's id tables hash the same way). */
export { idHash } from '../core/seq-table.js';

const EMPTY = 0;

/** Entries copied from the old table to the new one at each `add` while it grows. */
const GROW_STEP = 16;

/**
 * Contact id -> sequence number, as a table of sequence numbers (+1, 0
 * empty) probed linearly from the id's hash. The table holds neither ids
 * nor hashes: a slot's hash is its entry's in the index, and a candidate
 * whose hash matches is checked against the record (`isId`), since two ids
 * may share a hash. Four bytes a slot, a quarter to three quarters full.
 *
 * A removal shifts the rest of its probe run back (no tombstones), so the
 * table only changes size when it grows past its largest size yet: never
 * in a steady state where records expire as fast as they close. It holds
 * exactly the index's entries from head to end (`add` the newest as it is
 * pushed, `remove` the head as it goes), so it grows without a pause: a
 * table twice as large takes the new entries, and the older ones are
 * copied into it from the index, `GROW_STEP` at each `add`, the old table
 * answering for them meanwhile.
 */
export class IdTable {
  #slots = new Uint32Array(1024);
  /** While growing: the table before, which holds the entries below `#until` not yet copied. */
  #old: Uint32Array | null = null;
  /** While growing: the next sequence number to copy. */
  #copied = 0;
  #until = 0;
  #live = 0;

  constructor(
    private readonly index: EntryIndex,
    private readonly isId: (seq: number) => boolean,
  ) {}

  get size(): number {
    return this.#live;
  }

  /** Bytes the table takes (both while it grows). */
  get bytes(): number {
    return this.#slots.byteLength + (this.#old?.byteLength ?? 0);
  }

  /** Whether a growth is being copied (for tests). */
  get growing(): boolean {
    return this.#old !== null;
  }

  /** Adds the entry just pushed (`seq` is the index's last). */
  add(hash: number, seq: number): void {
    if (this.#old !== null) this.#copy(GROW_STEP);
    if ((this.#live + 1) * 4 > this.#slots.length * 3) {
      // Copying runs GROW_STEP times faster than the table fills: a growth is over long before the next.
      if (this.#old !== null) this.#copy(Infinity);
      this.#old = this.#slots;
      this.#slots = new Uint32Array(this.#slots.length * 2);
      this.#copied = this.index.head;
      this.#until = seq;
    }
    this.#put(this.#slots, hash, seq);
    this.#live++;
  }

  /** The newest sequence number of this id, or -1. */
  find(hash: number): number {
    const found = this.#find(this.#slots, hash);
    return this.#old === null ? found : Math.max(found, this.#find(this.#old, hash));
  }

  remove(hash: number, seq: number): void {
    const a = this.#remove(this.#slots, hash, seq);
    const b = this.#old !== null && this.#remove(this.#old, hash, seq);
    if (a || b) this.#live--;
  }

  #find(slots: Uint32Array, hash: number): number {
    const mask = slots.length - 1;
    let found = -1;
    for (let j = hash & mask; ; j = (j + 1) & mask) {
      const v = slots[j]!;
      if (v === EMPTY) return found;
      const seq = v - 1;
      if (seq > found && this.index.hash(seq) === hash && this.isId(seq)) found = seq;
    }
  }

  #remove(slots: Uint32Array, hash: number, seq: number): boolean {
    const mask = slots.length - 1;
    let j = hash & mask;
    for (; ; j = (j + 1) & mask) {
      const v = slots[j]!;
      if (v === EMPTY) return false;
      if (v === seq + 1) break;
    }
    slots[j] = EMPTY;
    // Backward shift: a later slot of the run whose home is not within (j, k] moves into the hole.
    for (let k = (j + 1) & mask; ; k = (k + 1) & mask) {
      const v = slots[k]!;
      if (v === EMPTY) return true;
      const home = this.index.hash(v - 1) & mask;
      const stays = j <= k ? home > j && home <= k : home > j || home <= k;
      if (!stays) {
        slots[j] = v;
        slots[k] = EMPTY;
        j = k;
      }
    }
  }

  #put(slots: Uint32Array, hash: number, seq: number): void {
    const mask = slots.length - 1;
    for (let j = hash & mask; ; j = (j + 1) & mask) {
      if (slots[j] === EMPTY) {
        slots[j] = seq + 1;
        return;
      }
    }
  }

  /** Copies up to `n` of the entries the old table holds into the new one, from the index (removed ones are below its head). */
  #copy(n: number): void {
    const index = this.index;
    if (this.#copied < index.head) this.#copied = index.head;
    const end = Math.min(this.#until, this.#copied + n);
    for (let seq = this.#copied; seq < end; seq++) this.#put(this.#slots, index.hash(seq), seq);
    this.#copied = end;
    if (end >= this.#until) this.#old = null;
  }
}
