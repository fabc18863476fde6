/**
 * The live stream of subscribed supervisors: every event of the floor, to
 * each socket numbered in its own sequence. A supervisor that subscribed
 * `batched` gets the events of one event-loop turn in one frame (an
 * `EventBatch`), built once for every such socket of an encoding: with 50
 * wallboards on a floor of 1,000 contacts a second, the native send per
 * socket and event was the largest cost of the fan-out left (issue 20).
 *
 * A batch gathers events for `intervalMs` from its first
 * (`gateway.supervisorBatchMs`, 100 by default: a wallboard refreshes ten
 * times a second), or to the end of the turn with 0: with 50 wallboards the
 * per-turn batches were still one native send per wallboard and turn,
 * ~20 % of the server's CPU at 1,000 contacts a second (bench:e2e
 * `--only supervisors`: 819 -> 641 µs of CPU a contact with 100 ms).
 *
 * Order is kept: a batch goes out when its time is up, or sooner to one
 * socket, before anything else it could see after those events: before a
 * supervisor's request is answered (a snapshot page is newer than every
 * event before it), that supervisor gets its part of the batch so far and
 * the others wait for theirs (a re-subscribing wallboard walking its pages
 * does not make every batch leave early); all of it goes out before the
 * shutdown event.
 */
import { EventBatch } from '../protocol/event-batch.js';
import type { EventFrame } from '../protocol/codec.js';
import type { Connections } from './connections.js';
import type { FrameOut } from './frame-out.js';
import type { Session } from './session.js';

export class SupervisorFeed {
  readonly #connections: Connections;
  readonly #out: Pick<FrameOut, 'event' | 'numbered'>;
  /** The batch's events so far, for batched subscribers. */
  #pending: EventFrame[] = [];
  /** Who takes them, and from which of them (a member that was sent its part early takes the rest). */
  #members = new Map<Session, number>();
  /** The pending batch's timer (cleared when it goes out sooner). */
  #timer: Cancel | undefined;
  readonly #intervalMs: number;
  readonly #later: Later;

  constructor(deps: {
    readonly connections: Connections;
    readonly out: Pick<FrameOut, 'event' | 'numbered'>;
    /** How long a batch gathers events from its first (ms); 0: to the end of the turn. */
    readonly intervalMs?: number;
    /** Runs `fn` after `ms` (0: at the end of the turn); tests pass their own. */
    readonly later?: Later;
  }) {
    this.#connections = deps.connections;
    this.#out = deps.out;
    this.#intervalMs = deps.intervalMs ?? 0;
    this.#later = deps.later ?? later;
  }

  /** Starts `s`'s live stream (after what is pending for it went out); `batched`: in `EventBatch` frames. */
  subscribe(s: Session, batched: boolean): void {
    this.flushFor(s);
    this.#members.delete(s);
    s.subscribed = true;
    s.batched = batched;
    // It joins the batch under way, from the next event.
    if (batched && this.#pending.length > 0) this.#members.set(s, this.#pending.length);
  }

  /**
   * An event for every subscribed supervisor. `frame` is called only when
   * one is subscribed (it builds the supervisors' form of the event).
   */
  event(frame: () => EventFrame): void {
    let f: EventFrame | undefined;
    for (const s of this.#connections.supervisors()) {
      if (!s.subscribed || !s.open) continue;
      f ??= frame();
      if (!s.batched) this.#out.event(s, f);
      else if (this.#pending.length === 0) this.#members.set(s, 0);
    }
    if (f === undefined || this.#members.size === 0) return;
    this.#pending.push(f);
    this.#timer ??= this.#later(this.#flushNow, this.#intervalMs);
  }

  /**
   * Sends `s` its part of the batch under way now (before its request is
   * answered: every event before the reply comes before it); the others'
   * part waits for the batch's time.
   */
  flushFor(s: Session): void {
    const from = this.#members.get(s);
    if (from === undefined || from === this.#pending.length) return;
    this.#members.set(s, this.#pending.length);
    if (s.open && s.subscribed && s.batched) this.#send(s, new EventBatch(from === 0 ? this.#pending : this.#pending.slice(from)));
  }

  /** Sends the batch pending (if any) to its members now. */
  flush(): void {
    this.#timer?.();
    this.#timer = undefined;
    const events = this.#pending;
    if (events.length === 0) return;
    const members = this.#members;
    this.#pending = [];
    this.#members = new Map();
    // Built once for every member that takes it whole (all but those sent a part early).
    const batches = new Map<number, EventBatch>();
    for (const [s, from] of members) {
      if (from === events.length || !s.open || !s.subscribed || !s.batched) continue;
      let batch = batches.get(from);
      if (batch === undefined) batches.set(from, (batch = new EventBatch(from === 0 ? events : events.slice(from))));
      this.#send(s, batch);
    }
  }

  #send(s: Session, batch: EventBatch): void {
    const first = s.seq + 1;
    s.seq += batch.length;
    this.#out.numbered(s, batch, first);
  }

  readonly #flushNow = (): void => {
    this.#timer = undefined;
    this.flush();
  };
}

/** Cancels what a `Later` scheduled (a no-op once it ran). */
export type Cancel = () => void;
export type Later = (fn: () => void, ms: number) => Cancel;

/** The event loop's own: `setImmediate` for 0, else a timer. */
function later(fn: () => void, ms: number): Cancel {
  if (ms <= 0) {
    const h = setImmediate(fn);
    return () => clearImmediate(h);
  }
  const h = setTimeout(fn, ms);
  return () => clearTimeout(h);
}
