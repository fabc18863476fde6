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
 * pushed once (not again on returning to the same cell while its entry is
 * still in the heap), one that stops waiting only changes its own state, so
 * its entry is dead; dead tops are popped when the oldest is read, and a
 * heap is rebuilt from its live entries when it holds more than twice as
 * many as wait. Like the rank trees (`WaitingRanks`), a contact is counted at the
 * end of the command that queued it (`flush`): an arrival offered within its
 * command costs a flag and no heap push.
 */
import type { QueueId } from './ids.js';
import type { ContactRecord } from './model.js';

/** `Tallied.tallyState`: not counted as waiting, due to be counted at the next `flush`, counted. */
export const TALLY_NONE = 0;
export const TALLY_PENDING = 1;
export const TALLY_COUNTED = 2;

/**
 * What the tallies read and keep on a contact: `ContactEntry`, named by its
 * shape so that the entry may link to its cell without a circle of imports.
 */
export interface Tallied {
  readonly rec: Readonly<
    Pick<ContactRecord, 'queueId' | 'channel' | 'customer' | 'repeatOf' | 'firstArrival' | 'callback' | 'connectedAt' | 'followUp' | 'state'>
  >;
  /** `TALLY_NONE`, `TALLY_PENDING` or `TALLY_COUNTED`. */
  tallyState: number;
  /** The cell it was last pushed to (where it is counted while `TALLY_COUNTED`). */
  tallyCell: CellTally | null;
  /** That push is still in the cell's heap, keyed by the contact's current first arrival. */
  tallyInHeap: boolean;
  tallyMarks: number;
  tallyMarkedIn: QueueTally | null;
}

/**
 * Waiting contacts of one queue, channel and tier, with a lazy min-heap of
 * their first arrivals. The heap holds the contacts themselves (keys in a
 * parallel array, so sifting reads no contact): an entry is live while its
 * contact is counted in this cell with that first arrival, so leaving costs
 * the contact's own fields and no heap access.
 */
export class CellTally {
  waiting = 0;
  readonly #cs: Tallied[] = [];
  readonly #ats: number[] = [];

  constructor(
    readonly queue: QueueTally,
    readonly channel: string,
    readonly tier: string,
  ) {}

  push(c: Tallied): void {
    this.#cs.push(c);
    this.#ats.push(c.rec.firstArrival);
    c.tallyInHeap = true;
    if (this.#cs.length > 2 * this.waiting + 16) this.#rebuild();
    else this.#up(this.#cs.length - 1);
  }

  /** First arrival of the longest-waiting contact (Infinity: none waits). Amortised O(log n). */
  oldest(): number {
    const cs = this.#cs;
    const ats = this.#ats;
    while (cs.length > 0 && !this.#live(cs[0]!, ats[0]!)) {
      const c = cs[0]!;
      // The contact's own entry (not an older one of another first arrival): it leaves the heap.
      if (c.tallyCell === this && ats[0] === c.rec.firstArrival) c.tallyInHeap = false;
      const lastC = cs.pop()!;
      const lastAt = ats.pop()!;
      if (cs.length > 0) {
        cs[0] = lastC;
        ats[0] = lastAt;
        this.#down(0);
      }
    }
    return cs.length > 0 ? ats[0]! : Infinity;
  }

  /**
   * Drops every entry: none is live once nobody waits here. Without this,
   * contacts that waited in a burst stayed in the heap (closed, their
   * entries and records with them) until the cell's next push, which may be
   * long in a queue whose arrivals are offered at once.
   */
  clear(): void {
    const cs = this.#cs;
    for (const c of cs) if (c.tallyCell === this) c.tallyInHeap = false;
    cs.length = 0;
    this.#ats.length = 0;
  }

  #live(c: Tallied, at: number): boolean {
    return c.tallyState === TALLY_COUNTED && c.tallyCell === this && at === c.rec.firstArrival;
  }

  /** Keeps one entry per contact counted here, in two passes (a contact that moved away and back may have two). */
  #rebuild(): void {
    const cs = this.#cs;
    const ats = this.#ats;
    for (const c of cs) if (c.tallyCell === this) c.tallyInHeap = false;
    let n = 0;
    for (let i = 0; i < cs.length; i++) {
      const c = cs[i]!;
      const at = ats[i]!;
      if (this.#live(c, at) && !c.tallyInHeap) {
        c.tallyInHeap = true;
        cs[n] = c;
        ats[n++] = at;
      }
    }
    cs.length = n;
    ats.length = n;
    for (let i = (n >> 1) - 1; i >= 0; i--) this.#down(i);
  }

  #up(i: number): void {
    const cs = this.#cs;
    const ats = this.#ats;
    const c = cs[i]!;
    const at = ats[i]!;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ats[p]! <= at) break;
      cs[i] = cs[p]!;
      ats[i] = ats[p]!;
      i = p;
    }
    cs[i] = c;
    ats[i] = at;
  }

  #down(i: number): void {
    const cs = this.#cs;
    const ats = this.#ats;
    const len = cs.length;
    const c = cs[i]!;
    const at = ats[i]!;
    for (;;) {
      let m = 2 * i + 1;
      if (m >= len) break;
      if (m + 1 < len && ats[m + 1]! < ats[m]!) m++;
      if (ats[m]! >= at) break;
      cs[i] = cs[m]!;
      ats[i] = ats[m]!;
      i = m;
    }
    cs[i] = c;
    ats[i] = at;
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
    if (c.tallyState === TALLY_NONE) {
      c.tallyState = TALLY_PENDING;
      this.#pending.push(c);
    }
  }

  /** A contact stops waiting. O(1), on the contact and its cell only: its heap entry is dead from now on. */
  leave(c: Tallied): void {
    const state = c.tallyState;
    c.tallyState = TALLY_NONE;
    if (state !== TALLY_COUNTED) return;
    const cell = c.tallyCell!;
    if (--cell.waiting === 0) cell.clear();
    const q = cell.queue;
    q.waiting--;
    if (c.rec.repeatOf !== null) q.repeatsWaiting--;
  }

  /** The contact's first arrival changed (a follow-up rescheduled): its heap entry, if any, has the old key. */
  rearrived(c: Tallied): void {
    c.tallyInHeap = false;
  }

  /** Counts the contacts that started waiting since the last call (and still wait). */
  flush(): void {
    const pending = this.#pending;
    if (pending.length === 0) return;
    for (let i = 0; i < pending.length; i++) {
      const c = pending[i]!;
      if (c.tallyState !== TALLY_PENDING) continue;
      c.tallyState = TALLY_COUNTED;
      const r = c.rec;
      const prev = c.tallyCell;
      // Channel and tier never change: the last cell is the cell again in the same queue.
      const cell = prev !== null && prev.queue.id === r.queueId ? prev : this.#queueOf(r.queueId).cell(r.channel, r.customer.tier);
      cell.waiting++;
      cell.queue.waiting++;
      if (r.repeatOf !== null) cell.queue.repeatsWaiting++;
      if (cell !== prev || !c.tallyInHeap) {
        c.tallyCell = cell;
        cell.push(c);
      }
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
