/**
 * The waiting contacts of one routing class, a binary min-heap by routing key
 * (priority, virtual arrival, creation seq).
 *
 * Why not a heap of entries compared with `keyLess`: at 100,000 waiting
 * contacts every comparison would chase entry -> record, dependent loads
 * that mostly miss the cache, and a removal compares about 2 log n times. Here the keys sit in typed arrays beside the heap order
 * (struct of arrays), so comparisons read contiguous numbers; an entry's
 * position is kept on the entry itself (`heapPos`), so a push allocates
 * nothing. A key must not change while its contact is in the heap (the
 * state removes a contact, changes it and pushes it again).
 */
import type { ContactEntry } from './entries.js';

export class ContactHeap {
  #items: ContactEntry[] = [];
  #prio: Float64Array = new Float64Array(8);
  #arrival: Float64Array = new Float64Array(8);
  #seq: Float64Array = new Float64Array(8);
  /** Scratch frontier for in-order walks, reused to avoid allocation. */
  #frontier: number[] = [];

  get size(): number {
    return this.#items.length;
  }

  peek(): ContactEntry | undefined {
    return this.#items[0];
  }

  /** The top's key into `out[0..2]` (priority, virtual arrival, seq); +Infinity when empty. */
  topKey(out: Float64Array, at: number): void {
    if (this.#items.length === 0) {
      out[at] = Infinity;
      out[at + 1] = Infinity;
      out[at + 2] = Infinity;
    } else {
      out[at] = this.#prio[0]!;
      out[at + 1] = this.#arrival[0]!;
      out[at + 2] = this.#seq[0]!;
    }
  }

  push(c: ContactEntry): void {
    const n = this.#items.length;
    if (n === this.#prio.length) this.#grow(n * 2);
    this.#items.push(c);
    this.#set(n, c, c.rec.priority, c.rec.virtualArrival, c.rec.seq);
    this.#up(n);
  }

  /** Removes the contact if it is in this heap (by its `heapPos`). */
  remove(c: ContactEntry): void {
    const pos = c.heapPos;
    const items = this.#items;
    if (pos < 0 || items[pos] !== c) return;
    c.heapPos = -1;
    const lastPos = items.length - 1;
    const last = items.pop()!;
    if (pos === lastPos) return;
    this.#set(pos, last, this.#prio[lastPos]!, this.#arrival[lastPos]!, this.#seq[lastPos]!);
    this.#up(pos);
    this.#down(last.heapPos);
  }

  /** Calls `fn` for each contact in heap (not key) order. */
  forEach(fn: (c: ContactEntry) => void): void {
    const items = this.#items;
    for (let i = 0; i < items.length; i++) fn(items[i]!);
  }

  /**
   * Visits contacts in key order until `visit` returns true; returns that
   * contact. Costs O(k log k) for k contacts visited: a second, small heap of
   * frontier positions holds the children of what was visited.
   */
  findInOrder(visit: (c: ContactEntry) => boolean): ContactEntry | undefined {
    const items = this.#items;
    const n = items.length;
    if (n === 0) return undefined;
    const first = items[0]!;
    if (visit(first)) return first;
    const f = this.#frontier;
    f.length = 0;
    const add = (p: number): void => {
      if (p >= n) return;
      f.push(p);
      let i = f.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!this.#less(f[i]!, f[parent]!)) break;
        const t = f[i]!;
        f[i] = f[parent]!;
        f[parent] = t;
        i = parent;
      }
    };
    add(1);
    add(2);
    while (f.length > 0) {
      const p = f[0]!;
      const last = f.pop()!;
      if (f.length > 0) {
        f[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < f.length && this.#less(f[l]!, f[m]!)) m = l;
          if (r < f.length && this.#less(f[r]!, f[m]!)) m = r;
          if (m === i) break;
          const t = f[i]!;
          f[i] = f[m]!;
          f[m] = t;
          i = m;
        }
      }
      const c = items[p]!;
      if (visit(c)) return c;
      add(2 * p + 1);
      add(2 * p + 2);
    }
    return undefined;
  }

  /** Whether the key at position `i` is below the key at position `j`. */
  #less(i: number, j: number): boolean {
    const pi = this.#prio[i]!;
    const pj = this.#prio[j]!;
    if (pi !== pj) return pi < pj;
    const ai = this.#arrival[i]!;
    const aj = this.#arrival[j]!;
    if (ai !== aj) return ai < aj;
    return this.#seq[i]! < this.#seq[j]!;
  }

  #set(pos: number, c: ContactEntry, prio: number, arrival: number, seq: number): void {
    this.#items[pos] = c;
    this.#prio[pos] = prio;
    this.#arrival[pos] = arrival;
    this.#seq[pos] = seq;
    c.heapPos = pos;
  }

  #grow(capacity: number): void {
    const grow = (a: Float64Array): Float64Array => {
      const b = new Float64Array(capacity);
      b.set(a);
      return b;
    };
    this.#prio = grow(this.#prio);
    this.#arrival = grow(this.#arrival);
    this.#seq = grow(this.#seq);
  }

  #up(pos: number): void {
    const items = this.#items;
    const prio = this.#prio;
    const arrival = this.#arrival;
    const seq = this.#seq;
    const c = items[pos]!;
    const p = prio[pos]!;
    const a = arrival[pos]!;
    const s = seq[pos]!;
    while (pos > 0) {
      const up = (pos - 1) >> 1;
      const pu = prio[up]!;
      const au = arrival[up]!;
      if (pu !== p ? p > pu : a !== au ? a > au : s > seq[up]!) break;
      this.#set(pos, items[up]!, pu, au, seq[up]!);
      pos = up;
    }
    this.#set(pos, c, p, a, s);
  }

  #down(pos: number): void {
    const items = this.#items;
    const prio = this.#prio;
    const arrival = this.#arrival;
    const seq = this.#seq;
    const n = items.length;
    const c = items[pos]!;
    const p = prio[pos]!;
    const a = arrival[pos]!;
    const s = seq[pos]!;
    for (;;) {
      const l = 2 * pos + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.#less(r, l) ? r : l;
      const pm = prio[m]!;
      const am = arrival[m]!;
      // Stop unless the child's key is below (p, a, s).
      if (pm !== p ? pm > p : am !== a ? am > a : seq[m]! > s) break;
      this.#set(pos, items[m]!, pm, am, seq[m]!);
      pos = m;
    }
    this.#set(pos, c, p, a, s);
  }
}
