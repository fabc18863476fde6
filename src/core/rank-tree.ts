/**
 * An order-statistic tree (a treap with subtree sizes and parent links):
 * insert, remove and "how many items come before this one" in O(log n). It
 * answers a waiting caller's position in its queue without a scan over every
 * waiting contact, which matters because integrations ask for it on every
 * enqueue.
 *
 * `insert` returns the item's node. Removing or ranking by node
 * (`removeNode`, `rankOf`) walks parent links and never compares keys: at
 * 100,000 waiting contacts a key comparison is a chain of cache misses
 * (node -> item -> record), a parent link one.
 */
export interface RankNode<T> {
  readonly item: T;
  readonly prio: number;
  size: number;
  left: RankNode<T> | null;
  right: RankNode<T> | null;
  parent: RankNode<T> | null;
}

const size = <T>(n: RankNode<T> | null): number => (n === null ? 0 : n.size);

export class RankTree<T> {
  #root: RankNode<T> | null = null;
  /** xorshift32: deterministic heap priorities, no Math.random in the core. */
  #seed = 0x9e3779b9;
  readonly #less: (a: T, b: T) => boolean;

  constructor(less: (a: T, b: T) => boolean) {
    this.#less = less;
  }

  get size(): number {
    return size(this.#root);
  }

  /** Inserts the item (keys must be unique); returns its node for `removeNode` and `rankOf`. */
  insert(item: T): RankNode<T> {
    let x = this.#seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#seed = x >>> 0;
    const node: RankNode<T> = { item, prio: this.#seed, size: 1, left: null, right: null, parent: null };
    // Binary-tree insertion as a leaf, then rotations up while the heap order is broken.
    let n = this.#root;
    if (n === null) {
      this.#root = node;
      return node;
    }
    for (;;) {
      n.size++;
      if (this.#less(item, n.item)) {
        if (n.left === null) {
          n.left = node;
          break;
        }
        n = n.left;
      } else {
        if (n.right === null) {
          n.right = node;
          break;
        }
        n = n.right;
      }
    }
    node.parent = n;
    while (node.parent !== null && node.parent.prio < node.prio) this.#rotateUp(node);
    return node;
  }

  /** Removes the item (found by key; keys must be unique). */
  remove(item: T): boolean {
    let n = this.#root;
    while (n !== null && n.item !== item) n = this.#less(item, n.item) ? n.left : n.right;
    if (n === null) return false;
    this.removeNode(n);
    return true;
  }

  /** Removes a node `insert` returned (once). */
  removeNode(n: RankNode<T>): void {
    // Rotate it down to a leaf, raising the child of higher priority, then cut it off.
    for (;;) {
      const l = n.left;
      const r = n.right;
      if (l === null && r === null) break;
      this.#rotateUp(r === null || (l !== null && l.prio > r.prio) ? l! : r);
    }
    const p = n.parent;
    if (p === null) this.#root = null;
    else {
      if (p.left === n) p.left = null;
      else p.right = null;
      for (let q: RankNode<T> | null = p; q !== null; q = q.parent) q.size--;
    }
    n.parent = null;
  }

  /** How many items are strictly before `item` in key order (found by key). */
  rank(item: T): number {
    let n = this.#root;
    let before = 0;
    while (n !== null) {
      if (this.#less(n.item, item)) {
        before += size(n.left) + 1;
        n = n.right;
      } else n = n.left;
    }
    return before;
  }

  /** How many items are before a node's item in key order. */
  rankOf(n: RankNode<T>): number {
    let before = size(n.left);
    for (let x = n; x.parent !== null; x = x.parent) {
      if (x.parent.right === x) before += size(x.parent.left) + 1;
    }
    return before;
  }

  /** Swaps `x` with its parent, keeping key order; sizes follow. */
  #rotateUp(x: RankNode<T>): void {
    const p = x.parent!;
    const g = p.parent;
    if (p.left === x) {
      p.left = x.right;
      if (x.right !== null) x.right.parent = p;
      x.right = p;
    } else {
      p.right = x.left;
      if (x.left !== null) x.left.parent = p;
      x.left = p;
    }
    p.parent = x;
    x.parent = g;
    if (g === null) this.#root = x;
    else if (g.left === p) g.left = x;
    else g.right = x;
    x.size = p.size;
    p.size = 1 + size(p.left) + size(p.right);
  }
}
