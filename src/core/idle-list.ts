/**
 * Ready agents of one channel, longest idle first: agents' dense indexes in
 * an array kept sorted by (idleSince, agent id), with holes where agents
 * left.
 *
 * Why an array of indexes: choosing the longest-idle *eligible* agent walks
 * agents in idle order until one matches the contact's routing class, often
 * hundreds of them at 10,000 available agents. A linked list costs a cache
 * miss per agent on that walk (its nodes lie all over the heap), an Int32Array
 * one miss per sixteen agents; the class's compatibility bits are read by the
 * same index (`ContactClass.compatAt`). Insertion searches back from the
 * tail because an agent's idle time is almost always "now" (became
 * available, was offered a contact, closed one); only an agent whose offer
 * was rejected, expired or revoked goes back a little way, to the time of
 * that offer. Leaving punches a hole; holes are squeezed out once they
 * outnumber a quarter of the members, so a walk crosses few of them.
 */
export interface IdleMember {
  /** Dense index, unique among the members of a list at any time. */
  readonly idx: number;
}

/** Compactions a remembered slot is carried through (each keeps an Int32Array as long as the list). */
const REMAPS = 16;

export class IdleList<T extends IdleMember> {
  /** Member indexes in order from `#head` to `#tail` (exclusive), -1 for a hole. */
  #slots = new Int32Array(64);
  #head = 0;
  #tail = 0;
  #size = 0;
  /** Slot of each member by its index, -1 when not a member. */
  #slotOf = new Int32Array(64).fill(-1);
  /** Members by index (stale for indexes that are not members). */
  readonly #items: T[] = [];
  readonly #less: (a: T, b: T) => boolean;
  #epoch = 0;
  /**
   * The last `REMAPS` compactions, oldest first: old slot -> new slot, by
   * the epoch each one ended (compaction k took epoch `#remapFrom + k` to
   * the next). Kept while every epoch change since `#remapFrom` was a
   * compaction, so a walker that last looked several compactions ago (a
   * rare routing class) still resumes where it stopped instead of at the
   * head: at 10,000 available agents a compaction comes every ~2,500
   * removals, and a restart from the head walked ~1,700 slots of agents
   * that class never wanted.
   */
  readonly #remaps: Int32Array[] = [];
  #remapCount = 0;
  #remapFrom = -1;

  constructor(less: (a: T, b: T) => boolean) {
    this.#less = less;
  }

  get size(): number {
    return this.#size;
  }

  /**
   * Changes whenever a member may have landed in a slot before the current
   * end other than by leaving (an insert before the tail, a compaction, the
   * tail moving back). While it stays the same, a walker may remember "no
   * member I look for sits before slot k" and start its next walk at k (see
   * the router's longest-idle choice).
   */
  get epoch(): number {
    return this.#epoch;
  }

  has(item: T): boolean {
    return item.idx < this.#slotOf.length && this.#slotOf[item.idx]! >= 0;
  }

  /**
   * Where a walker that found nothing it wants before slot `skip` during
   * epoch `epoch` may start now: that slot, carried through the
   * compactions that came in between if nothing else changed the epoch
   * (up to `REMAPS` of them), else the start of the list.
   */
  resume(epoch: number, skip: number): number {
    if (epoch === this.#epoch) return Math.max(skip, this.#head);
    // Only compactions since: carry the slot through each of them in turn.
    const first = epoch - this.#remapFrom;
    if (first < 0 || this.#remapFrom + this.#remapCount !== this.#epoch) return this.#head;
    for (let k = first; k < this.#remapCount; k++) {
      const remap = this.#remaps[k]!;
      if (skip >= remap.length) return this.#head;
      skip = remap[skip]!;
    }
    return Math.max(skip, this.#head);
  }

  /** The first slot of a walk in order; with `end` and `idxAt`: `for (let i = l.start; i < l.end; i++)`. */
  get start(): number {
    return this.#head;
  }

  get end(): number {
    return this.#tail;
  }

  /** The member index in a slot, -1 for a hole. */
  idxAt(slot: number): number {
    return this.#slots[slot]!;
  }

  /** The member with index `idx` (read from `idxAt`). */
  itemAt(idx: number): T {
    return this.#items[idx]!;
  }

  forEach(fn: (item: T) => void): void {
    for (let i = this.#head; i < this.#tail; i++) {
      const idx = this.#slots[i]!;
      if (idx >= 0) fn(this.#items[idx]!);
    }
  }

  /** Inserts a non-member in order, searching back from the tail. */
  insert(item: T): void {
    const idx = item.idx;
    if (idx >= this.#slotOf.length) this.#growIndex(idx + 1);
    this.#items[idx] = item;
    if (this.#tail === this.#slots.length) this.#makeRoom();
    const slots = this.#slots;
    // The last live slot that must stay before the item.
    let after = this.#tail - 1;
    while (after >= this.#head && (slots[after]! < 0 || this.#less(item, this.#items[slots[after]!]!))) after--;
    if (after < this.#tail - 1) this.#reorder();
    if (after < this.#head && this.#head > 0 && this.#size > 0) {
      // Before every member, and the slot before the head is free.
      this.#head--;
      slots[this.#head] = idx;
      this.#slotOf[idx] = this.#head;
      this.#size++;
      return;
    }
    // Shift the members after it right by one, into the first hole or the tail.
    let hole = after + 1;
    while (hole < this.#tail && slots[hole]! >= 0) hole++;
    if (hole === this.#tail) this.#tail++;
    for (let i = hole; i > after + 1; i--) {
      const moved = slots[i - 1]!;
      slots[i] = moved;
      this.#slotOf[moved] = i;
    }
    slots[after + 1] = idx;
    this.#slotOf[idx] = after + 1;
    this.#size++;
  }

  remove(item: T): void {
    const idx = item.idx;
    const slot = idx < this.#slotOf.length ? this.#slotOf[idx]! : -1;
    if (slot < 0) return;
    this.#slots[slot] = -1;
    this.#slotOf[idx] = -1;
    this.#size--;
    const slots = this.#slots;
    while (this.#head < this.#tail && slots[this.#head]! < 0) this.#head++;
    if (slots[this.#tail - 1]! < 0) {
      while (this.#tail > this.#head && slots[this.#tail - 1]! < 0) this.#tail--;
      this.#reorder();
    }
    if (this.#size === 0) this.#head = this.#tail = 0;
    else if (this.#tail - this.#head - this.#size > (this.#size >> 2) + 64) this.#compact();
  }

  /** Re-sorts a member whose key changed. */
  update(item: T): void {
    this.remove(item);
    this.insert(item);
  }

  /** Room for one more slot at the tail: squeeze out holes, or grow. */
  #makeRoom(): void {
    if (this.#tail - this.#size > 0 && this.#size < this.#slots.length / 2) {
      this.#compact();
      return;
    }
    const grown = new Int32Array(this.#slots.length * 2);
    grown.set(this.#slots);
    this.#slots = grown;
  }

  /** A member may have landed before the end other than by a compaction: no remembered slot survives. */
  #reorder(): void {
    this.#epoch++;
    this.#remapCount = 0;
  }

  #compact(): void {
    const slots = this.#slots;
    if (this.#remapFrom + this.#remapCount !== this.#epoch) this.#remapCount = 0;
    if (this.#remapCount === 0) this.#remapFrom = this.#epoch;
    else if (this.#remapCount === REMAPS) {
      // Forget the oldest: its array is reused for this one.
      this.#remaps.push(this.#remaps.shift()!);
      this.#remapFrom++;
      this.#remapCount--;
    }
    const k = this.#remapCount++;
    if ((this.#remaps[k]?.length ?? 0) < this.#tail + 1) this.#remaps[k] = new Int32Array(slots.length + 1);
    const remap = this.#remaps[k]!;
    remap.fill(0, 0, this.#head);
    let out = 0;
    for (let i = this.#head; i < this.#tail; i++) {
      remap[i] = out;
      const idx = slots[i]!;
      if (idx < 0) continue;
      slots[out] = idx;
      this.#slotOf[idx] = out;
      out++;
    }
    remap.fill(out, this.#tail);
    this.#epoch++;
    this.#head = 0;
    this.#tail = out;
  }

  #growIndex(min: number): void {
    let len = this.#slotOf.length;
    while (len < min) len *= 2;
    const grown = new Int32Array(len).fill(-1);
    grown.set(this.#slotOf);
    this.#slotOf = grown;
  }
}
