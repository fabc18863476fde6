/**
 * Where the integration streams keep their events: off the V8 heap.
 *
 * Fifty thousand kept events (the default `gateway.resumeMaxEvents`, ten
 * seconds at 1,000 contacts/s) held as `EventFrame`s were each a payload
 * object graph, its encoded body and a record: about 1 KB of heap an event,
 * ~50 MB that every major collection marked and every young collection
 * promoted a tenth of a second after it was made (issue 20: the major
 * collections' marking made the server's longest turns). Here an event is
 * its JSON body (the bytes after the sequence number, as sent) appended to
 * a 1 MiB chunk (`Buffer.allocUnsafeSlow`: outside the heap, never walked by
 * the collector), and its place is six numbers in typed arrays, a ring in
 * arrival order: oldest first, dropped from the head. A chunk is freed once
 * no kept event is left in it.
 *
 * @example
 * const kept = new KeptEvents();
 * kept.push(principalIndex, seq, at, frame.jsonBody());
 * for (let i = 0; i < kept.size; i++) if (kept.whoAt(i) === p) send(kept.bodyAt(i), kept.seqAt(i));
 * kept.shift(); // the oldest goes
 */

/** Bytes a chunk holds (an event larger than this gets a chunk of its own). */
export const KEPT_CHUNK_BYTES = 1024 * 1024;

interface Chunk {
  readonly buf: Buffer;
  used: number;
  /** Kept events whose bytes are in it. */
  live: number;
}

export class KeptEvents {
  readonly #chunkBytes: number;
  #cap = 1024;
  /** Position of the oldest kept event in the ring. */
  #head = 0;
  #size = 0;
  #seq = new Float64Array(this.#cap);
  #at = new Float64Array(this.#cap);
  #who = new Uint32Array(this.#cap);
  #chunk = new Uint32Array(this.#cap);
  #offset = new Uint32Array(this.#cap);
  #length = new Uint32Array(this.#cap);
  readonly #chunks = new Map<number, Chunk>();
  /** The chunk appended to, or -1 before the first. */
  #current = -1;
  #nextChunk = 0;

  constructor(chunkBytes = KEPT_CHUNK_BYTES) {
    if (!(chunkBytes >= 64)) throw new Error('chunkBytes must be at least 64');
    this.#chunkBytes = chunkBytes;
  }

  /** Events kept. */
  get size(): number {
    return this.#size;
  }

  /** Chunks held (for tests: what is freed). */
  get chunks(): number {
    return this.#chunks.size;
  }

  /** Bytes of the chunks held. */
  get bytes(): number {
    let n = 0;
    for (const c of this.#chunks.values()) n += c.buf.length;
    return n;
  }

  /** Keeps an event: who it went to (an index the caller interns), its sequence, its time and its bytes (copied). */
  push(who: number, seq: number, at: number, body: Uint8Array): void {
    if (this.#size === this.#cap) this.#grow();
    const { id, chunk } = this.#room(body.length);
    const offset = chunk.used;
    chunk.buf.set(body, offset);
    chunk.used += body.length;
    chunk.live++;
    const i = (this.#head + this.#size) & (this.#cap - 1);
    this.#seq[i] = seq;
    this.#at[i] = at;
    this.#who[i] = who;
    this.#chunk[i] = id;
    this.#offset[i] = offset;
    this.#length[i] = body.length;
    this.#size++;
  }

  /** Drops the oldest kept event (none when empty). */
  shift(): void {
    if (this.#size === 0) return;
    const id = this.#chunk[this.#head]!;
    const c = this.#chunks.get(id)!;
    c.live--;
    if (c.live === 0 && id !== this.#current) this.#chunks.delete(id);
    this.#head = (this.#head + 1) & (this.#cap - 1);
    this.#size--;
  }

  /** Drops everything. */
  clear(): void {
    this.#head = 0;
    this.#size = 0;
    this.#chunks.clear();
    this.#current = -1;
  }

  /** The `i`-th kept event's principal index (0: the oldest). */
  whoAt(i: number): number {
    return this.#who[this.#pos(i)]!;
  }

  seqAt(i: number): number {
    return this.#seq[this.#pos(i)]!;
  }

  atAt(i: number): number {
    return this.#at[this.#pos(i)]!;
  }

  /** The `i`-th kept event's bytes: a view of its chunk, valid for as long as it is held (a chunk is never written over). */
  bodyAt(i: number): Buffer {
    const p = this.#pos(i);
    const off = this.#offset[p]!;
    return this.#chunks.get(this.#chunk[p]!)!.buf.subarray(off, off + this.#length[p]!);
  }

  #pos(i: number): number {
    return (this.#head + i) & (this.#cap - 1);
  }

  /** The chunk to append `n` bytes to: the current one, a fresh one, or one of its own for a body past a chunk. */
  #room(n: number): { id: number; chunk: Chunk } {
    if (n > this.#chunkBytes) {
      const id = this.#nextChunk++;
      const chunk = { buf: Buffer.allocUnsafeSlow(n), used: 0, live: 0 };
      this.#chunks.set(id, chunk);
      return { id, chunk };
    }
    const cur = this.#current < 0 ? undefined : this.#chunks.get(this.#current);
    if (cur !== undefined && cur.used + n <= cur.buf.length) return { id: this.#current, chunk: cur };
    // The chunk left behind may hold no kept event any more.
    if (cur !== undefined && cur.live === 0) this.#chunks.delete(this.#current);
    const id = this.#nextChunk++;
    const chunk = { buf: Buffer.allocUnsafeSlow(this.#chunkBytes), used: 0, live: 0 };
    this.#chunks.set(id, chunk);
    this.#current = id;
    return { id, chunk };
  }

  /** Doubles the ring, oldest first at position 0. */
  #grow(): void {
    const cap = this.#cap * 2;
    const move = <A extends Float64Array | Uint32Array>(a: A, make: (n: number) => A): A => {
      const b = make(cap);
      for (let k = 0; k < this.#size; k++) b[k] = a[(this.#head + k) & (this.#cap - 1)]!;
      return b;
    };
    this.#seq = move(this.#seq, (n) => new Float64Array(n));
    this.#at = move(this.#at, (n) => new Float64Array(n));
    this.#who = move(this.#who, (n) => new Uint32Array(n));
    this.#chunk = move(this.#chunk, (n) => new Uint32Array(n));
    this.#offset = move(this.#offset, (n) => new Uint32Array(n));
    this.#length = move(this.#length, (n) => new Uint32Array(n));
    this.#cap = cap;
    this.#head = 0;
  }
}
