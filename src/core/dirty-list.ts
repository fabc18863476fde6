/**
 * What changed since the last match (contacts or agents), as an unordered
 * list whose members know their slot (`dirtyPos`, -1 when absent): add,
 * delete and membership are O(1) and allocate nothing. A `Set` did the same
 * but allocated an iterator per pass and a new hash table whenever it
 * emptied and refilled, which is every routing decision. The router's match
 * does not depend on the order of the members.
 */
export interface DirtyMember {
  dirtyPos: number;
}

export class DirtyList<T extends DirtyMember> {
  readonly #items: T[] = [];

  get size(): number {
    return this.#items.length;
  }

  /** The member at slot `i` (0 <= i < size). */
  at(i: number): T {
    return this.#items[i]!;
  }

  has(x: T): boolean {
    return x.dirtyPos >= 0;
  }

  add(x: T): void {
    if (x.dirtyPos >= 0) return;
    x.dirtyPos = this.#items.length;
    this.#items.push(x);
  }

  /** Removes `x`; the last member moves into its slot (so a pass over slots re-reads the slot it deleted). */
  delete(x: T): void {
    const i = x.dirtyPos;
    if (i < 0) return;
    x.dirtyPos = -1;
    const last = this.#items.pop()!;
    if (last !== x) {
      this.#items[i] = last;
      last.dirtyPos = i;
    }
  }

  clear(): void {
    for (const x of this.#items) x.dirtyPos = -1;
    this.#items.length = 0;
  }
}
