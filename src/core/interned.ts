/**
 * Small helpers for the core's long windows (customer history, surveyable
 * contacts), which hold a week of contacts at a retailer's volume and so
 * are kept as columns rather than one object per entry:
 *
 * - `Interned`: a table of the few distinct strings a column repeats
 *   (queues, agents, channels, tiers, dispositions), each stored once and
 *   referred to by a small number;
 * - `ChunkedLog`: entries numbered in arrival order (`seq`), stored in
 *   fixed-size chunks of typed arrays, dropped oldest first by moving the
 *   head: O(1) per entry, no per-entry object, no array that must be
 *   copied as it grows.
 */

/** Distinct strings, each given a number from 1 (0 is reserved for null). */
export class Interned {
  readonly #byValue = new Map<string, number>();
  readonly #values: string[] = [''];

  id(value: string | null): number {
    if (value === null) return 0;
    let n = this.#byValue.get(value);
    if (n === undefined) {
      n = this.#values.length;
      this.#values.push(value);
      this.#byValue.set(value, n);
    }
    return n;
  }

  value(id: number): string | null {
    return id === 0 ? null : this.#values[id]!;
  }
}

export const CHUNK = 4096;

/** The columns of one chunk; `make` builds a chunk's worth. */
export class ChunkedLog<C> {
  readonly #make: () => C;
  #chunks: C[] = [];
  /** Number of the chunk at `#chunks[0]`. */
  #firstChunk = 0;
  /** Oldest kept entry, and the next to be appended. */
  head = 0;
  next = 0;

  constructor(make: () => C) {
    this.#make = make;
  }

  get size(): number {
    return this.next - this.head;
  }

  /** Whether `seq` is still kept. */
  has(seq: number): boolean {
    return seq >= this.head && seq < this.next;
  }

  /** Appends an entry: returns its seq, with the chunk and offset to write its columns at. */
  append(): { readonly seq: number; readonly chunk: C; readonly at: number } {
    const seq = this.next++;
    const index = Math.floor(seq / CHUNK) - this.#firstChunk;
    while (this.#chunks.length <= index) this.#chunks.push(this.#make());
    return { seq, chunk: this.#chunks[index]!, at: seq % CHUNK };
  }

  /** The chunk and offset of a kept entry. */
  locate(seq: number): { readonly chunk: C; readonly at: number } {
    return { chunk: this.#chunks[Math.floor(seq / CHUNK) - this.#firstChunk]!, at: seq % CHUNK };
  }

  /** The chunk of a kept entry (its offset is `seq % CHUNK`): `locate` without building an object. */
  chunkOf(seq: number): C {
    return this.#chunks[Math.floor(seq / CHUNK) - this.#firstChunk]!;
  }

  /** Drops the oldest entry (call `locate(head)` first to read it). */
  dropHead(): void {
    this.head++;
    // A chunk whose every entry is dropped goes.
    while (this.head >= (this.#firstChunk + 1) * CHUNK && this.#chunks.length > 0) {
      this.#chunks.shift();
      this.#firstChunk++;
    }
  }
}
