/**
 * The core's deadlines (offer expiry, wrap-up end, preference window, next
 * relaxation step, follow-up due), a binary min-heap by (time, arming
 * order): deadlines due at one instant take effect in the order they were
 * armed (DESIGN §3.1).
 *
 * The sort keys sit in one Float64Array beside the heap order, two numbers a
 * timer (time; arming sequence), so a sift reads
 * contiguous numbers instead of dereferencing a timer per comparison. The
 * heap holds every deadline ever set that has not come due yet, including
 * those that no longer matter (an offer accepted before it rang out): a few
 * hundred thousand at 100,000 waiting contacts. A deadline is checked when
 * it comes due (`ContactTimers.live`), never removed early.
 */
import type { ContactEntry } from './entries.js';

export interface Timer {
  readonly time: number;
  readonly kind: number;
  /** Arming order: a counter of the state, increased for every deadline set. */
  readonly seq: number;
  readonly contact: ContactEntry;
}

export class TimerHeap<T extends Timer> {
  #items: T[] = [];
  /** Per position: time at 2i, arming seq at 2i + 1. */
  #keys: Float64Array = new Float64Array(64);

  get size(): number {
    return this.#items.length;
  }

  peek(): T | undefined {
    return this.#items[0];
  }

  push(t: T): void {
    const n = this.#items.length;
    if (2 * n + 2 > this.#keys.length) {
      const grown = new Float64Array(this.#keys.length * 2);
      grown.set(this.#keys);
      this.#keys = grown;
    }
    this.#items.push(t);
    const keys = this.#keys;
    const time = t.time;
    const second = t.seq;
    let pos = n;
    while (pos > 0) {
      const up = (pos - 1) >> 1;
      const ut = keys[2 * up]!;
      if (ut < time || (ut === time && keys[2 * up + 1]! <= second)) break;
      this.#items[pos] = this.#items[up]!;
      keys[2 * pos] = ut;
      keys[2 * pos + 1] = keys[2 * up + 1]!;
      pos = up;
    }
    this.#items[pos] = t;
    keys[2 * pos] = time;
    keys[2 * pos + 1] = second;
  }

  pop(): T | undefined {
    const items = this.#items;
    const top = items[0];
    if (top === undefined) return undefined;
    const last = items.pop()!;
    const n = items.length;
    if (n === 0) return top;
    const keys = this.#keys;
    const time = keys[2 * n]!;
    const second = keys[2 * n + 1]!;
    let pos = 0;
    for (;;) {
      const l = 2 * pos + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n) {
        const lt = keys[2 * l]!;
        const rt = keys[2 * r]!;
        if (rt < lt || (rt === lt && keys[2 * r + 1]! < keys[2 * l + 1]!)) c = r;
      }
      const ct = keys[2 * c]!;
      if (ct > time || (ct === time && keys[2 * c + 1]! >= second)) break;
      items[pos] = items[c]!;
      keys[2 * pos] = ct;
      keys[2 * pos + 1] = keys[2 * c + 1]!;
      pos = c;
    }
    items[pos] = last;
    keys[2 * pos] = time;
    keys[2 * pos + 1] = second;
    return top;
  }
}
