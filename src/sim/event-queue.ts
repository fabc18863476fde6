/**
 * The simulator's future events: a binary min-heap by (time, insertion
 * order), so events due at one instant run in the order they were scheduled
 * and a run is the same on every machine. The keys sit in a Float64Array
 * beside the items (two numbers an entry), as the core's timer heap does.
 * Cancelled events are not removed: their handler finds them stale.
 */
export class EventQueue<T> {
  #keys = new Float64Array(2 * 256);
  #items: (T | undefined)[] = [];
  #size = 0;
  #seq = 0;

  get size(): number {
    return this.#size;
  }

  /** Time of the earliest event, or Infinity. */
  peekTime(): number {
    return this.#size === 0 ? Infinity : this.#keys[0]!;
  }

  push(time: number, item: T): void {
    if (2 * (this.#size + 1) > this.#keys.length) {
      const grown = new Float64Array(this.#keys.length * 2);
      grown.set(this.#keys);
      this.#keys = grown;
    }
    let i = this.#size++;
    const seq = this.#seq++;
    const keys = this.#keys;
    const items = this.#items;
    while (i > 0) {
      const p = (i - 1) >> 1;
      const pt = keys[2 * p]!;
      if (pt < time || (pt === time && keys[2 * p + 1]! < seq)) break;
      keys[2 * i] = pt;
      keys[2 * i + 1] = keys[2 * p + 1]!;
      items[i] = items[p];
      i = p;
    }
    keys[2 * i] = time;
    keys[2 * i + 1] = seq;
    items[i] = item;
  }

  /** Removes and returns the earliest event (undefined when empty). */
  pop(): T | undefined {
    if (this.#size === 0) return undefined;
    const keys = this.#keys;
    const items = this.#items;
    const top = items[0];
    const n = --this.#size;
    const lastT = keys[2 * n]!;
    const lastS = keys[2 * n + 1]!;
    const last = items[n];
    items[n] = undefined;
    if (n > 0) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= n) break;
        const r = c + 1;
        if (r < n) {
          const ct = keys[2 * c]!;
          const rt = keys[2 * r]!;
          if (rt < ct || (rt === ct && keys[2 * r + 1]! < keys[2 * c + 1]!)) c = r;
        }
        const ct = keys[2 * c]!;
        if (lastT < ct || (lastT === ct && lastS < keys[2 * c + 1]!)) break;
        keys[2 * i] = ct;
        keys[2 * i + 1] = keys[2 * c + 1]!;
        items[i] = items[c];
        i = c;
      }
      keys[2 * i] = lastT;
      keys[2 * i + 1] = lastS;
      items[i] = last;
    }
    return top;
  }
}
