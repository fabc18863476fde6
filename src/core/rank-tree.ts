/**
 * An order-statistic tree (a treap with subtree sizes): insert, remove and
 * "how many items come before this one" in O(log n). It answers a waiting
 * caller's position in its queue without a scan over every waiting contact,
 * which matters because integrations ask for it on every enqueue.
 */
interface TreapNode<T> {
  readonly item: T;
  readonly prio: number;
  size: number;
  left: TreapNode<T> | null;
  right: TreapNode<T> | null;
}

const size = <T>(n: TreapNode<T> | null): number => (n === null ? 0 : n.size);

export class RankTree<T> {
  #root: TreapNode<T> | null = null;
  /** xorshift32: deterministic heap priorities, no Math.random in the core. */
  #seed = 0x9e3779b9;
  readonly #less: (a: T, b: T) => boolean;

  constructor(less: (a: T, b: T) => boolean) {
    this.#less = less;
  }

  get size(): number {
    return size(this.#root);
  }

  insert(item: T): void {
    let x = this.#seed;
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    this.#seed = x >>> 0;
    this.#root = this.#insert(this.#root, { item, prio: this.#seed, size: 1, left: null, right: null });
  }

  /** Binary-tree insertion, then rotations up while the heap order is broken (no allocation). */
  #insert(n: TreapNode<T> | null, node: TreapNode<T>): TreapNode<T> {
    if (n === null) return node;
    n.size++;
    if (this.#less(node.item, n.item)) {
      const l = (n.left = this.#insert(n.left, node));
      if (l.prio > n.prio) {
        n.left = l.right;
        l.right = n;
        l.size = n.size;
        n.size = 1 + size(n.left) + size(n.right);
        return l;
      }
    } else {
      const r = (n.right = this.#insert(n.right, node));
      if (r.prio > n.prio) {
        n.right = r.left;
        r.left = n;
        r.size = n.size;
        n.size = 1 + size(n.left) + size(n.right);
        return r;
      }
    }
    return n;
  }

  /** Removes the item (compared by key; keys must be unique). */
  remove(item: T): boolean {
    const path: TreapNode<T>[] = [];
    let n = this.#root;
    let parent: TreapNode<T> | null = null;
    while (n !== null && n.item !== item) {
      path.push(n);
      parent = n;
      n = this.#less(item, n.item) ? n.left : n.right;
    }
    if (n === null) return false;
    const merged = this.#merge(n.left, n.right);
    if (parent === null) this.#root = merged;
    else if (parent.left === n) parent.left = merged;
    else parent.right = merged;
    for (const p of path) p.size--;
    return true;
  }

  /** How many items are strictly before `item` in key order. */
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

  #merge(a: TreapNode<T> | null, b: TreapNode<T> | null): TreapNode<T> | null {
    if (a === null) return b;
    if (b === null) return a;
    if (a.prio > b.prio) {
      a.right = this.#merge(a.right, b);
      a.size = 1 + size(a.left) + size(a.right);
      return a;
    }
    b.left = this.#merge(a, b.left);
    b.size = 1 + size(b.left) + size(b.right);
    return b;
  }
}
