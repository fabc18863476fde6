/**
 * What a contact counts for in its queues' figures: the one rule that
 * Prometheus (`Metrics`), the supervisor snapshot's counts of the day
 * (`src/gateway/floor-stats.ts`) and the wallboard
 * (`web/src/supervisor/floor.ts`) share, so that the three agree on every
 * path a contact takes.
 *
 * A contact's stay in a queue is a segment: in the queue it was created in,
 * from its first arrival; in a queue it was transferred or escalated to,
 * from the transfer (a transfer within its queue, to a named agent, goes on
 * with the same segment).
 * - **answered**: the first acceptance in a segment, counted in the
 *   segment's queue with the wait from the segment's start. An acceptance
 *   again in the same segment (after a requeue, a callback retry) is no new
 *   answer. So an escalation queue's service level measures how fast its
 *   escalated contacts were taken.
 * - **abandoned**: in the segment's queue, the wait from the segment's start.
 * - **handed on** (a transfer, or an escalation): counted against the queue
 *   the contact leaves. A blind transfer or an escalation at once; a
 *   consultative one when it is over without being taken back (the new agent
 *   accepts, the customer leaves, the first agent logs out): taken back, it
 *   handed nothing on, and the contact is in its first segment again, answered.
 * - **moved** by a supervisor: the same segment, now in the new queue.
 *
 * Pure and small (a few fields a contact): each of the three keeps one per
 * live contact, or extends it with its own record (Metrics' `ContactTrack`,
 * one object a contact: the memory per waiting contact is a budget).
 */

/** A hand-on to count: out of `queueId`, as an escalation or a transfer. */
export interface HandOn {
  readonly queueId: string;
  readonly escalation: boolean;
}

/** What a segment is rebuilt from: a contact record of the core, or its wire form (`ContactMsg`). */
export interface SegmentSource {
  readonly queueId: string;
  readonly firstArrival?: number;
  readonly state: string;
  readonly transfers?: readonly { readonly at?: number; readonly fromQueueId?: string; readonly escalation?: string | null }[] | null;
  readonly consultBy?: string | null;
  readonly callback?: { readonly attempts?: number } | null;
}

interface Stay {
  readonly queueId: string;
  readonly since: number;
}

export class QueueSegment {
  queueId: string;
  /** When the segment started (ms): first arrival, or the transfer. */
  since: number;
  /** Whether it was answered in this segment. */
  answered: boolean;
  /** A consultative transfer under way: where the contact was (answered) and what the hand-on would be. */
  #consult: { readonly from: Stay; readonly escalation: boolean } | null = null;

  constructor(queueId: string, since: number, answered = false) {
    this.queueId = queueId;
    this.since = since;
    this.answered = answered;
  }

  /**
   * The segment of a contact met mid-way (a router restored from a store, a
   * supervisor snapshot): accepted already when active or in wrap-up, or
   * when a callback attempt was dialled; in a consultative transfer when
   * `consultBy` is set.
   */
  static of(c: SegmentSource): QueueSegment {
    return new QueueSegment(c.queueId, 0).restore(c);
  }

  /** Sets this segment to that of a contact met mid-way (see `of`); returns it. */
  restore(c: SegmentSource): this {
    const last = c.transfers?.[c.transfers.length - 1];
    this.queueId = c.queueId;
    this.since = last?.at ?? c.firstArrival ?? 0;
    const consulting = c.consultBy != null && last !== undefined;
    this.answered = c.state === 'active' || c.state === 'wrap_up' || (!consulting && (c.callback?.attempts ?? 0) > 0);
    this.#consult = consulting ? { from: { queueId: last.fromQueueId ?? c.queueId, since: this.since }, escalation: last.escalation != null } : null;
    return this;
  }

  /** An acceptance at `at`: the wait to count as answered (ms), or undefined when it is not an answer. */
  accept(at: number): number | undefined {
    if (this.answered) return undefined;
    this.answered = true;
    return Math.max(0, at - this.since);
  }

  /**
   * Handed on to `toQueueId` at `at`: a new segment there. Returns the
   * hand-on to count now (blind, escalation), or undefined for a
   * consultative transfer (counted when it completes).
   */
  transfer(at: number, toQueueId: string, consult: boolean, escalation: boolean): HandOn | undefined {
    const from = { queueId: this.queueId, since: this.since };
    // Into another queue: a new arrival there. Within its queue (to a named agent) it stays the same stay.
    if (toQueueId !== this.queueId) {
      this.queueId = toQueueId;
      this.since = at;
      this.answered = false;
    }
    if (consult) {
      this.#consult = { from, escalation };
      return undefined;
    }
    this.#consult = null;
    return { queueId: from.queueId, escalation };
  }

  /** A consultative transfer is over without being taken back: its hand-on, once. */
  completeTransfer(): HandOn | undefined {
    const c = this.#consult;
    if (c === null) return undefined;
    this.#consult = null;
    return { queueId: c.from.queueId, escalation: c.escalation };
  }

  /** A consultative transfer taken back: the contact is in its first segment again, answered there. */
  cancelTransfer(): void {
    const c = this.#consult;
    if (c === null) return;
    this.#consult = null;
    this.queueId = c.from.queueId;
    this.since = c.from.since;
    this.answered = true;
  }

  /** Moved to another queue by a supervisor: the same segment there. */
  move(queueId: string): void {
    this.queueId = queueId;
  }

  /** The customer left at `at`: the wait to count as abandoned, and a consultative transfer it ends. */
  abandon(at: number): { readonly waitMs: number; readonly handedOn: HandOn | undefined } {
    return { waitMs: Math.max(0, at - this.since), handedOn: this.completeTransfer() };
  }
}
