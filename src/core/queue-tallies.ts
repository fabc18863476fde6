/**
 * The wallboard's and the metrics' counts per queue, kept as the state
 * changes, so that reading them costs O(queues + cells) instead of a pass
 * over every contact (at 10,000 contacts of 20 KiB context that pass cost
 * 6-21 ms of cache misses on the routing thread, issue 20).
 *
 * Per queue: waiting, repeats waiting, callbacks not yet connected,
 * follow-ups scheduled; per (queue, channel, tier) cell: waiting and the
 * oldest first arrival.
 *
 * The oldest first arrival is kept exact by a lazy min-heap per cell (a
 * queue's is the least of its cells'): a contact that starts waiting is
 * pushed once (not again on returning to the same cell with the same first
 * arrival while its node is still in the heap), one that stops waiting only
 * marks its node dead; dead tops are popped when the oldest is read, and a
 * heap is rebuilt from its live nodes when it holds more than twice as many
 * as wait. Like the rank trees (`WaitingRanks`), a contact is counted at the
 * end of the command that queued it (`flush`): an arrival offered within its
 * command costs a flag and no heap push.
 */
import type { QueueId } from './ids.js';
import type { ContactRecord } from './model.js';

/**
 * What the tallies read and keep on a contact: `ContactEntry`, named by its
 * shape so that the entry may link to its node without a circle of imports.
 */
export interface Tallied {
  readonly rec: Readonly<
    Pick<ContactRecord, 'queueId' | 'channel' | 'customer' | 'repeatOf' | 'firstArrival' | 'callback' | 'connectedAt' | 'followUp' | 'state'>
  >;
  tallyNode: TallyNode | null;
  tallyPending: boolean;
  tallyMarks: number;
  tallyMarkedIn: QueueTally | null;
}

/** A contact's entry in its cell's heap, keyed by its first arrival when pushed. */
export class TallyNode {
  /** Still in its cell's heap (false once popped or dropped by a rebuild). */
  inHeap = true;
  /** The contact waits in the cell; false after it left, until it returns or the node is dropped. */
  live = true;

  constructor(
    readonly cell: CellTally,
    readonly at: number,
  ) {}
}

/** Waiting contacts of one queue, channel and tier. */
export class CellTally {
  waiting = 0;
  readonly #heap: TallyNode[] = [];

  constructor(
    readonly queue: QueueTally,
    readonly channel: string,
    readonly tier: string,
  ) {}

  push(n: TallyNode): void {
    const h = this.#heap;
    h.push(n);
    if (h.length > 2 * this.waiting + 16) this.#rebuild();
    else this.#up(h.length - 1);
  }

  /** First arrival of the longest-waiting contact (Infinity: none waits). Amortised O(log n). */
  oldest(): number {
    const h = this.#heap;
    while (h.length > 0 && !h[0]!.live) {
      h[0]!.inHeap = false;
      const last = h.pop()!;
      if (h.length > 0) {
        h[0] = last;
        this.#down(0);
      }
    }
    return h.length > 0 ? h[0]!.at : Infinity;
  }

  /** Heap size, live and dead (for tests). */
  get size(): number {
    return this.#heap.length;
  }

  #rebuild(): void {
    const h = this.#heap;
    let n = 0;
    for (let i = 0; i < h.length; i++) {
      const node = h[i]!;
      if (node.live) h[n++] = node;
      else node.inHeap = false;
    }
    h.length = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.#down(i);
  }

  #up(i: number): void {
    const h = this.#heap;
    const node = h[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.at <= node.at) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = node;
  }

  #down(i: number): void {
    const h = this.#heap;
    const len = h.length;
    const node = h[i]!;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= len) break;
      if (m + 1 < len && h[m + 1]!.at < h[m]!.at) m++;
      if (h[m]!.at >= node.at) break;
      h[i] = h[m]!;
      i = m;
    }
    h[i] = node;
  }
}

/** A queue's counts and its cells. */
export class QueueTally {
  waiting = 0;
  repeatsWaiting = 0;
  /** Callbacks not yet connected. */
  callbacks = 0;
  /** Follow-ups scheduled. */
  followUps = 0;
  /** Contacts with a callback or a follow-up, in any state: with `waiting`, whether the queue has anything to count. */
  marked = 0;
  readonly cells: CellTally[] = [];
  readonly #byChannel = new Map<string, Map<string, CellTally>>();

  constructor(readonly id: QueueId) {}

  cell(channel: string, tier: string): CellTally {
    let byTier = this.#byChannel.get(channel);
    if (byTier === undefined) this.#byChannel.set(channel, (byTier = new Map()));
    let cell = byTier.get(tier);
    if (cell === undefined) {
      byTier.set(tier, (cell = new CellTally(this, channel, tier)));
      this.cells.push(cell);
    }
    return cell;
  }

  /** First arrival of its longest-waiting contact (Infinity: none waits). */
  oldest(): number {
    let min = Infinity;
    for (const cell of this.cells) if (cell.waiting > 0) min = Math.min(min, cell.oldest());
    return min;
  }
}

/** What a contact adds to its queue's marks (`QueueTallies.mark`). */
const CALLBACK = 1;
const FOLLOW_UP = 2;
const MARKED = 4;

export class QueueTallies {
  readonly #queues = new Map<QueueId, QueueTally>();
  /** Contacts that started waiting since the last `flush`. */
  readonly #pending: Tallied[] = [];

  /** Every queue that ever held a counted contact. */
  queues(): IterableIterator<QueueTally> {
    this.flush();
    return this.#queues.values();
  }

  #queueOf(id: QueueId): QueueTally {
    let q = this.#queues.get(id);
    if (q === undefined) this.#queues.set(id, (q = new QueueTally(id)));
    return q;
  }

  /** A contact starts waiting: counted at the next `flush`. O(1). */
  enter(c: Tallied): void {
    if (!c.tallyPending) {
      c.tallyPending = true;
      this.#pending.push(c);
    }
  }

  /** A contact stops waiting. O(1): its heap node is only marked dead. */
  leave(c: Tallied): void {
    if (c.tallyPending) {
      c.tallyPending = false;
      return;
    }
    const n = c.tallyNode;
    if (n === null || !n.live) return;
    n.live = false;
    n.cell.waiting--;
    const q = n.cell.queue;
    q.waiting--;
    if (c.rec.repeatOf !== null) q.repeatsWaiting--;
  }

  /** Counts the contacts that started waiting since the last call (and still wait). */
  flush(): void {
    const pending = this.#pending;
    if (pending.length === 0) return;
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      if (!c.tallyPending) continue;
      c.tallyPending = false;
      const r = c.rec;
      const prev = c.tallyNode;
      // Channel and tier never change: the cell of the last node is the cell again in the same queue.
      const cell = prev !== null && prev.cell.queue.id === r.queueId ? prev.cell : this.#queueOf(r.queueId).cell(r.channel, r.customer.tier);
      cell.waiting++;
      cell.queue.waiting++;
      if (r.repeatOf !== null) cell.queue.repeatsWaiting++;
      if (prev !== null && prev.cell === cell && prev.inHeap && prev.at === r.firstArrival) prev.live = true;
      else cell.push((c.tallyNode = new TallyNode(cell, r.firstArrival)));
    }
    pending.length = 0;
  }

  /**
   * Brings a contact's callback and follow-up counts up to date after its
   * callback, connection, follow-up, state (scheduled or not) or queue may
   * have changed; `gone`: the contact was removed. O(1).
   */
  mark(c: Tallied, gone = false): void {
    const r = c.rec;
    let bits = 0;
    if (!gone) {
      if (r.callback !== null && r.connectedAt === null) bits |= CALLBACK;
      if (r.followUp !== null && r.state === 'scheduled') bits |= FOLLOW_UP;
      if (r.callback !== null || r.followUp !== null) bits |= MARKED;
    }
    const prev = c.tallyMarkedIn;
    if (bits === c.tallyMarks && (bits === 0 || prev?.id === r.queueId)) return;
    if (prev !== null) this.#addMarks(prev, c.tallyMarks, -1);
    const q = bits === 0 ? null : this.#queueOf(r.queueId);
    if (q !== null) this.#addMarks(q, bits, 1);
    c.tallyMarks = bits;
    c.tallyMarkedIn = q;
  }

  #addMarks(q: QueueTally, bits: number, d: 1 | -1): void {
    if (bits & CALLBACK) q.callbacks += d;
    if (bits & FOLLOW_UP) q.followUps += d;
    if (bits & MARKED) q.marked += d;
  }
}
