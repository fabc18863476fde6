/**
 * A binary min-heap whose entries know their position, so that any entry can
 * be removed or re-keyed in O(log n), and that can be walked in key order
 * without being consumed. Waiting contacts (per routing class), ready agents
 * (per channel) and timers all live in one of these.
 *
 * Why not a sorted array: inserting into the middle of 100,000 waiting
 * contacts costs a memmove per arrival; a heap costs ~17 comparisons.
 */
export interface HeapNode<T> {
  readonly item: T;
  /** Position in the heap array, -1 once removed. */
  pos: number;
}

export class IndexedHeap<T> {
  readonly #less: (a: T, b: T) => boolean;
  #nodes: HeapNode<T>[] = [];
  /** Scratch frontier for in-order walks, reused to avoid allocation. */
  #frontier: number[] = [];

  constructor(less: (a: T, b: T) => boolean) {
    this.#less = less;
  }

  get size(): number {
    return this.#nodes.length;
  }

  peek(): T | undefined {
    return this.#nodes[0]?.item;
  }

  push(item: T): HeapNode<T> {
    const node: HeapNode<T> = { item, pos: this.#nodes.length };
    this.#nodes.push(node);
    this.#up(node.pos);
    return node;
  }

  pop(): T | undefined {
    const top = this.#nodes[0];
    if (top === undefined) return undefined;
    this.remove(top);
    return top.item;
  }

  remove(node: HeapNode<T>): void {
    const pos = node.pos;
    if (pos < 0 || this.#nodes[pos] !== node) return;
    const last = this.#nodes.pop()!;
    node.pos = -1;
    if (last !== node) {
      this.#nodes[pos] = last;
      last.pos = pos;
      this.#up(pos);
      this.#down(last.pos);
    }
  }

  /** Restores order after the node's key changed. */
  update(node: HeapNode<T>): void {
    if (node.pos < 0) return;
    this.#up(node.pos);
    this.#down(node.pos);
  }

  /** Calls `fn` for each item in heap (not key) order; cheaper than iteration. */
  forEach(fn: (item: T) => void): void {
    const nodes = this.#nodes;
    for (let i = 0; i < nodes.length; i++) fn(nodes[i]!.item);
  }

  /**
   * Visits items in key order until `visit` returns true; returns that item.
   * Costs O(k log k) for k items visited: a second, small heap of frontier
   * positions holds the children of what was visited.
   */
  findInOrder(visit: (item: T) => boolean): T | undefined {
    const nodes = this.#nodes;
    if (nodes.length === 0) return undefined;
    const first = nodes[0]!.item;
    if (visit(first)) return first;
    const less = this.#less;
    const f = this.#frontier;
    f.length = 0;
    const add = (p: number): void => {
      if (p >= nodes.length) return;
      f.push(p);
      let i = f.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(nodes[f[i]!]!.item, nodes[f[parent]!]!.item)) break;
        [f[i], f[parent]] = [f[parent]!, f[i]!];
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
          if (l < f.length && less(nodes[f[l]!]!.item, nodes[f[m]!]!.item)) m = l;
          if (r < f.length && less(nodes[f[r]!]!.item, nodes[f[m]!]!.item)) m = r;
          if (m === i) break;
          [f[i], f[m]] = [f[m]!, f[i]!];
          i = m;
        }
      }
      const item = nodes[p]!.item;
      if (visit(item)) return item;
      add(2 * p + 1);
      add(2 * p + 2);
    }
    return undefined;
  }

  #up(pos: number): void {
    const nodes = this.#nodes;
    const node = nodes[pos]!;
    while (pos > 0) {
      const parentPos = (pos - 1) >> 1;
      const parent = nodes[parentPos]!;
      if (!this.#less(node.item, parent.item)) break;
      nodes[pos] = parent;
      parent.pos = pos;
      pos = parentPos;
    }
    nodes[pos] = node;
    node.pos = pos;
  }

  #down(pos: number): void {
    const nodes = this.#nodes;
    const n = nodes.length;
    const node = nodes[pos]!;
    for (;;) {
      const l = 2 * pos + 1;
      if (l >= n) break;
      const r = l + 1;
      let c = l;
      if (r < n && this.#less(nodes[r]!.item, nodes[l]!.item)) c = r;
      const child = nodes[c]!;
      if (!this.#less(child.item, node.item)) break;
      nodes[pos] = child;
      child.pos = pos;
      pos = c;
    }
    nodes[pos] = node;
    node.pos = pos;
  }
}
