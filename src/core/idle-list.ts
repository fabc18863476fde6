/**
 * Ready agents of one channel, longest idle first: a doubly linked list kept
 * sorted by (idleSince, agent id).
 *
 * Why a list and not a heap: choosing the longest-idle *eligible* agent walks
 * agents in idle order until one matches the contact's routing class, and a
 * list walk costs one pointer per agent where an in-order heap walk costs a
 * logarithmic frontier operation. Insertion searches from the tail because an
 * agent's idle time is almost always "now" (became available, was offered a
 * contact, closed one); only an agent whose offer was rejected, expired or
 * revoked goes back a little way, to the time of that offer.
 */
export interface IdleNode<T> {
  readonly item: T;
  prev: IdleNode<T> | null;
  next: IdleNode<T> | null;
}

export class IdleList<T> {
  #head: IdleNode<T> | null = null;
  #tail: IdleNode<T> | null = null;
  #size = 0;
  readonly #less: (a: T, b: T) => boolean;

  constructor(less: (a: T, b: T) => boolean) {
    this.#less = less;
  }

  get size(): number {
    return this.#size;
  }

  /** Inserts in order, searching back from the tail. */
  insert(item: T): IdleNode<T> {
    const node: IdleNode<T> = { item, prev: null, next: null };
    this.#link(node);
    return node;
  }

  remove(node: IdleNode<T>): void {
    if (node.prev) node.prev.next = node.next;
    else this.#head = node.next;
    if (node.next) node.next.prev = node.prev;
    else this.#tail = node.prev;
    node.prev = node.next = null;
    this.#size--;
  }

  /** Re-sorts a node whose key changed. */
  update(node: IdleNode<T>): void {
    this.remove(node);
    this.#link(node);
  }

  /** The first item, in order, for which `visit` returns true. */
  find(visit: (item: T) => boolean): T | undefined {
    for (let n = this.#head; n !== null; n = n.next) if (visit(n.item)) return n.item;
    return undefined;
  }

  forEach(fn: (item: T) => void): void {
    for (let n = this.#head; n !== null; n = n.next) fn(n.item);
  }

  #link(node: IdleNode<T>): void {
    let after = this.#tail;
    while (after !== null && this.#less(node.item, after.item)) after = after.prev;
    node.prev = after;
    node.next = after === null ? this.#head : after.next;
    if (node.next) node.next.prev = node;
    else this.#tail = node;
    if (after) after.next = node;
    else this.#head = node;
    this.#size++;
  }
}
