/**
 * The core's deadlines (offer expiry, wrap-up end, preference window, next
 * relaxation step, follow-up due), a 4-ary min-heap by (time, arming
 * order): deadlines due at one instant take effect in the order they were
 * armed (DESIGN §3.1). Four children a node: half the levels of a binary
 * heap, and a node's four children's keys lie side by side (64 bytes), so
 * a pop through a few hundred thousand deadlines (most of them dead, see
 * below) takes about half the cache misses.
 *
 * The sort keys sit in one Float64Array beside the heap order, two numbers a
 * timer (time; arming sequence), so a sift reads
 * contiguous numbers instead of dereferencing a timer per comparison. The
 * heap holds every deadline ever set that has not come due yet, including
 * those that no longer matter (an offer accepted before it rang out): a few
 * hundred thousand at 100,000 waiting contacts. A deadline is checked when
 * it comes due (`ContactTimers.live`), never removed early.
 */
export interface Timer {
  readonly time: number;
  readonly kind: number;
  /** Arming order: a counter of the state, increased for every deadline set. */
  readonly seq: number;
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
    const items = this.#items;
    const keys = this.#keys;
    const time = t.time;
    const second = t.seq;
    let pos = n;
    while (pos > 0) {
      const up = (pos - 1) >> 2;
      const ut = keys[2 * up]!;
      if (ut < time || (ut === time && keys[2 * up + 1]! <= second)) break;
      items[pos] = items[up]!;
      keys[2 * pos] = ut;
      keys[2 * pos + 1] = keys[2 * up + 1]!;
      pos = up;
    }
    items[pos] = t;
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
      const first = 4 * pos + 1;
      if (first >= n) break;
      // The least of up to four children, whose keys lie side by side.
      let c = first;
      let ct = keys[2 * first]!;
      let cs = keys[2 * first + 1]!;
      const end = first + 4 < n ? first + 4 : n;
      for (let k = first + 1; k < end; k++) {
        const kt = keys[2 * k]!;
        if (kt < ct || (kt === ct && keys[2 * k + 1]! < cs)) {
          c = k;
          ct = kt;
          cs = keys[2 * k + 1]!;
        }
      }
      if (ct > time || (ct === time && cs >= second)) break;
      items[pos] = items[c]!;
      keys[2 * pos] = ct;
      keys[2 * pos + 1] = cs;
      pos = c;
    }
    items[pos] = last;
    keys[2 * pos] = time;
    keys[2 * pos + 1] = second;
    return top;
  }
}
