/**
 * What one replication counts, per row of the figures (the floor, each
 * queue, channel, tier, arrival stream, and queue x channel x tier) and per
 * interval of the day.
 * Counters only: a contact that ended leaves nothing behind, so memory stays
 * flat however long the day.
 *
 * Definitions (README.md, "Simulating a day"):
 * - wait: from arrival until answered (accepted by an agent; a callback:
 *   until the customer is reached) or until the customer left;
 * - ASA: mean wait of answered contacts; mean and p90 wait: over answered
 *   and abandoned contacts;
 * - service level: answered within the queue's threshold over every counted
 *   contact (answered, abandoned, refused, unserved at the end);
 * - P(wait): share of contacts not offered to an agent the moment they arrived.
 */
import { WaitHistogram } from './statistics.js';

export class IntervalTally {
  readonly arrived: Float64Array;
  readonly answered: Float64Array;
  readonly answeredInSl: Float64Array;
  readonly abandoned: Float64Array;
  /** Sum of the waits (s) of answered contacts. */
  readonly answerWait: Float64Array;
  constructor(n: number) {
    this.arrived = new Float64Array(n);
    this.answered = new Float64Array(n);
    this.answeredInSl = new Float64Array(n);
    this.abandoned = new Float64Array(n);
    this.answerWait = new Float64Array(n);
  }
}

export const RowKind = { floor: 'floor', queue: 'queue', channel: 'channel', tier: 'tier', stream: 'stream', cell: 'cell' } as const;
export type RowKind = (typeof RowKind)[keyof typeof RowKind];

export class RowTally {
  arrived = 0;
  answered = 0;
  answeredInSl = 0;
  abandoned = 0;
  /** Refused by a full queue (RESOURCE_EXHAUSTED). */
  refused = 0;
  /** Still waiting when the run ended (nobody left to serve them, no patience). */
  unserved = 0;
  /** Callbacks given up after their last unanswered dial. */
  unreached = 0;
  /** Calls that reached their queue's maximum wait and left a voicemail (counted in the email's rows as a new arrival). */
  voicemails = 0;
  /** Offered to an agent the instant they arrived (the complement waited). */
  immediate = 0;
  callbacks = 0;
  /** Waits (s) of answered contacts. */
  answerWaitSum = 0;
  /** Waits of answered and abandoned contacts. */
  waitSum = 0;
  readonly waits = new WaitHistogram();
  handled = 0;
  handleSum = 0;
  // The announced wait against the wait then had, seconds: answered contacts
  // that were waiting when it was announced (one offered at once is told 0).
  announcedN = 0;
  /** Their real waits. */
  announcedWaitSum = 0;
  announcedErrSum = 0;
  announcedAbsSum = 0;
  announcedSqSum = 0;
  readonly announcedAbsErrors = new WaitHistogram();
  /** Answered within the announced bound. */
  announcedCovered = 0;
  /** Told "nobody can serve you now" instead of a number. */
  announcedNoAgents = 0;
  readonly intervals: IntervalTally;

  constructor(
    readonly kind: RowKind,
    readonly key: string,
    intervals: number,
  ) {
    this.intervals = new IntervalTally(intervals);
  }
}

/**
 * The rows of a run, by key: `floor`, `queue:support-en`, `channel:voice`,
 * `tier:prime`, `stream:en-voice`, and cells `queue:support-en|channel:voice|tier:prime`
 * (where Prime and standard contacts are compared like for like).
 */
export class Tally {
  readonly rows = new Map<string, RowTally>();
  readonly #byContactKey = new Map<string, RowTally[]>();
  readonly #intervals: number;

  constructor(intervals: number) {
    this.#intervals = intervals;
    this.row(RowKind.floor, 'floor');
  }

  row(kind: RowKind, key: string): RowTally {
    let r = this.rows.get(key);
    if (r === undefined) {
      r = new RowTally(kind, key, this.#intervals);
      this.rows.set(key, r);
    }
    return r;
  }

  /** The rows a contact of this queue, channel, tier and arrival stream counts in. */
  rowsFor(queue: string, channel: string, tier: string, stream: string): RowTally[] {
    const k = `${queue}|${channel}|${tier}|${stream}`;
    let rows = this.#byContactKey.get(k);
    if (rows === undefined) {
      rows = [
        this.row(RowKind.floor, 'floor'),
        this.row(RowKind.queue, `queue:${queue}`),
        this.row(RowKind.channel, `channel:${channel}`),
        this.row(RowKind.tier, `tier:${tier}`),
        this.row(RowKind.stream, `stream:${stream}`),
        this.row(RowKind.cell, `queue:${queue}|channel:${channel}|tier:${tier}`),
      ];
      this.#byContactKey.set(k, rows);
    }
    return rows;
  }
}
