/**
 * The live stream of subscribed supervisors: every event of the floor, to
 * each socket numbered in its own sequence. A supervisor that subscribed
 * `batched` gets the events of one event-loop turn in one frame (an
 * `EventBatch`), built once for every such socket of an encoding: with 50
 * wallboards on a floor of 1,000 contacts a second, the native send per
 * socket and event was the largest cost of the fan-out left (issue 20).
 *
 * Order is kept: a batch holds the events of the turn so far and goes out
 * at the end of the turn (`setImmediate`), or sooner, before anything else
 * a batched socket could see after them: before a supervisor's request is
 * answered (a snapshot page is newer than every event before it), before a
 * socket joins or leaves the batch (all its members take the same events),
 * and before the shutdown event.
 */
import { EventBatch } from '../protocol/event-batch.js';
import type { EventFrame } from '../protocol/codec.js';
import type { Connections } from './connections.js';
import type { FrameOut } from './frame-out.js';
import type { Session } from './session.js';

export class SupervisorFeed {
  readonly #connections: Connections;
  readonly #out: Pick<FrameOut, 'event' | 'numbered'>;
  /** The turn's events for batched subscribers, and who takes them (fixed at the first). */
  #pending: EventFrame[] = [];
  #members: Session[] = [];
  #queued = false;

  constructor(deps: { readonly connections: Connections; readonly out: Pick<FrameOut, 'event' | 'numbered'> }) {
    this.#connections = deps.connections;
    this.#out = deps.out;
  }

  /** Starts `s`'s live stream (after what is pending went to the others); `batched`: in `EventBatch` frames. */
  subscribe(s: Session, batched: boolean): void {
    this.flush();
    s.subscribed = true;
    s.batched = batched;
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
      else if (this.#pending.length === 0) this.#members.push(s);
    }
    if (f === undefined || this.#members.length === 0) return;
    this.#pending.push(f);
    if (!this.#queued) {
      this.#queued = true;
      setImmediate(this.#flushNow);
    }
  }

  /** Sends the batch pending (if any) to its members now. */
  flush(): void {
    const events = this.#pending;
    if (events.length === 0) return;
    const members = this.#members;
    this.#pending = [];
    this.#members = [];
    const batch = new EventBatch(events);
    for (const s of members) {
      if (!s.open || !s.subscribed || !s.batched) continue;
      const first = s.seq + 1;
      s.seq += batch.length;
      this.#out.numbered(s, batch, first);
    }
  }

  readonly #flushNow = (): void => {
    this.#queued = false;
    this.flush();
  };
}
