/**
 * Each integration's event stream: every event delivered to an integration
 * principal is numbered in that principal's own sequence (not the
 * connection's) and kept for a while, so that a socket that dropped resumes
 * from the last sequence it saw and gets what it missed, in order, before
 * the live stream (DESIGN.md §4, "Integration contract": an assignment is
 * never lost to a dropped socket).
 *
 * What is kept: the last `maxEvents` events delivered to integrations (all
 * integrations together: one bound on memory), none older than `maxAgeMs`.
 * Each is kept as the `EventFrame` the sockets were sent (the payload
 * object and, once encoded, its JSON/protobuf body): about the size of the
 * frame on the wire twice over. With a store the same entries are appended
 * with the events that caused them (see `DeliveredEvent`), so a new leader
 * or a restarted server continues the numbering and can still replay.
 *
 * @example
 * const seq = streams.record('ivr', frame);       // number and keep
 * const r = streams.since('ivr', 41);             // what 'ivr' missed after 41
 * if (r.ok) for (const e of r.events) send(e.frame, e.seq);
 */
import { EventFrame } from '../protocol/codec.js';
import type { EventKind, EventPayloads } from '../protocol/messages.js';
import type { DeliveredEvent } from '../store/routing-store.js';

export interface StreamRetention {
  /** Events kept in all (every integration together). */
  readonly maxEvents: number;
  /** Events older than this are not replayed. */
  readonly maxAgeMs: number;
}

interface Kept {
  readonly principal: string;
  readonly seq: number;
  readonly frame: EventFrame;
}

interface Principal {
  /** The last sequence given out (0: none yet). */
  last: number;
  /** The first sequence still kept (`last + 1` when none is). */
  firstKept: number;
}

/** What `since` found: the events after the given sequence, or why they cannot be replayed. */
export type Replay =
  | { readonly ok: true; readonly last: number; readonly events: readonly { readonly seq: number; readonly frame: EventFrame }[] }
  | { readonly ok: false; readonly last: number; readonly reason: string };

export class IntegrationStreams {
  readonly #retention: StreamRetention;
  readonly #now: () => number;
  readonly #principals = new Map<string, Principal>();
  /** Oldest first, from `#head` on. */
  #kept: Kept[] = [];
  #head = 0;

  constructor(retention: StreamRetention, now: () => number = Date.now) {
    this.#retention = retention;
    this.#now = now;
  }

  get retention(): StreamRetention {
    return this.#retention;
  }

  /** Events kept now (every integration together). */
  get size(): number {
    return this.#kept.length - this.#head;
  }

  /** The last sequence given to `principal` (0 when none). */
  lastOf(principal: string): number {
    return this.#principals.get(principal)?.last ?? 0;
  }

  /** Numbers `frame` in `principal`'s stream and keeps it; returns its sequence. */
  record(principal: string, frame: EventFrame): number {
    let p = this.#principals.get(principal);
    if (p === undefined) this.#principals.set(principal, (p = { last: 0, firstKept: 1 }));
    const seq = ++p.last;
    this.#kept.push({ principal, seq, frame });
    this.#trim();
    return seq;
  }

  /**
   * The events of `principal` after `afterSeq`, oldest first; not ok when
   * some of them are no longer kept (past the retention) or `afterSeq` is
   * ahead of the stream (a stream this server does not have: state lost).
   */
  since(principal: string, afterSeq: number): Replay {
    this.#trim();
    const p = this.#principals.get(principal);
    const last = p?.last ?? 0;
    if (afterSeq > last) {
      return { ok: false, last, reason: `sequence ${afterSeq} is ahead of this stream (its last is ${last}): the server's state was lost` };
    }
    if (afterSeq === last) return { ok: true, last, events: [] };
    if (p === undefined || afterSeq + 1 < p.firstKept) {
      const r = this.#retention;
      return {
        ok: false,
        last,
        reason: `events after ${afterSeq} are no longer kept (the last ${r.maxEvents} events, ${Math.round(r.maxAgeMs / 1000)} s at most)`,
      };
    }
    const events: { seq: number; frame: EventFrame }[] = [];
    for (let i = this.#head; i < this.#kept.length; i++) {
      const k = this.#kept[i]!;
      if (k.principal === principal && k.seq > afterSeq) events.push({ seq: k.seq, frame: k.frame });
    }
    return { ok: true, last, events };
  }

  /**
   * Takes over what a store kept (after a recovery): the numbering of every
   * principal, and the kept events in stored order. A hole in a principal's
   * sequence (a write the store lost) ends what can be replayed before it.
   */
  restore(stored: { readonly last: Readonly<Record<string, number>>; readonly entries: readonly DeliveredEvent[] }): void {
    this.#principals.clear();
    this.#kept = [];
    this.#head = 0;
    for (const [principal, last] of Object.entries(stored.last)) this.#principals.set(principal, { last, firstKept: last + 1 });
    // Where each principal's replayable run starts: its first entry, or the first after a hole.
    const cut = new Map<string, number>();
    const prev = new Map<string, number>();
    for (const e of stored.entries) {
      const before = prev.get(e.principal);
      if (before === undefined || e.seq !== before + 1) cut.set(e.principal, e.seq);
      prev.set(e.principal, e.seq);
      const p = this.#principals.get(e.principal);
      if (p === undefined) this.#principals.set(e.principal, { last: e.seq, firstKept: e.seq + 1 });
      else if (e.seq > p.last) p.last = e.seq;
    }
    for (const e of stored.entries) {
      if (e.seq < cut.get(e.principal)!) continue;
      this.#kept.push({ principal: e.principal, seq: e.seq, frame: new EventFrame(e.at, e.kind as EventKind, e.payload as EventPayloads[EventKind], e.actor) });
    }
    // A run that reaches the last sequence can be replayed from its start; one that stops short (the last writes lost) cannot.
    for (const [principal, p] of this.#principals) if (prev.get(principal) === p.last) p.firstKept = cut.get(principal)!;
    this.#trim();
  }

  /** Drops what is past the count or the age; the principal's first kept sequence moves on. */
  #trim(): void {
    const minAt = this.#now() - this.#retention.maxAgeMs;
    while (this.#head < this.#kept.length) {
      const k = this.#kept[this.#head]!;
      if (this.size <= this.#retention.maxEvents && k.frame.at >= minAt) break;
      this.#head++;
      const p = this.#principals.get(k.principal);
      if (p !== undefined && p.firstKept <= k.seq) p.firstKept = k.seq + 1;
    }
    if (this.#head > 1024 && this.#head * 2 > this.#kept.length) {
      this.#kept = this.#kept.slice(this.#head);
      this.#head = 0;
    }
  }
}

/** A kept event as the store records it. */
export function deliveredEvent(principal: string, seq: number, frame: EventFrame): DeliveredEvent {
  return frame.actor === undefined
    ? { principal, seq, at: frame.at, kind: frame.kind, payload: frame.payload }
    : { principal, seq, at: frame.at, kind: frame.kind, payload: frame.payload, actor: frame.actor };
}
