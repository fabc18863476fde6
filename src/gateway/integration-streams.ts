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
 * Each is kept as the JSON body its sockets were sent, off the V8 heap
 * (`KeptEvents`); a resume replays those bytes (`ReplayedFrame`: parsed back
 * and encoded only for a protobuf socket). With a store the same entries are
 * appended with the events that caused them (see `DeliveredEvent`), so a new
 * leader or a restarted server continues the numbering and can still replay.
 *
 * @example
 * const seq = streams.record('ivr', frame);       // number and keep
 * const r = streams.since('ivr', 41);             // what 'ivr' missed after 41
 * if (r.ok) for (const e of r.events) send(e.frame, e.seq);
 */
import { EventFrame } from '../protocol/codec.js';
import { ReplayedFrame } from '../protocol/replayed-frame.js';
import { KeptEvents } from './kept-events.js';
import type { EventKind, EventPayloads } from '../protocol/messages.js';
import type { DeliveredEvent } from '../store/routing-store.js';

export interface StreamRetention {
  /** Events kept in all (every integration together). */
  readonly maxEvents: number;
  /** Events older than this are not replayed. */
  readonly maxAgeMs: number;
}

interface Principal {
  /** Its index in the kept events. */
  readonly index: number;
  /** The last sequence given out (0: none yet). */
  last: number;
  /** The first sequence still kept (`last + 1` when none is). */
  firstKept: number;
}

/** What `since` found: the events after the given sequence, or why they cannot be replayed. */
export type Replay =
  | { readonly ok: true; readonly last: number; readonly events: readonly { readonly seq: number; readonly frame: ReplayedFrame }[] }
  | { readonly ok: false; readonly last: number; readonly reason: string };

export class IntegrationStreams {
  readonly #retention: StreamRetention;
  readonly #now: () => number;
  readonly #principals = new Map<string, Principal>();
  /** Principals by index. */
  readonly #names: string[] = [];
  /** Oldest first. */
  readonly #kept = new KeptEvents();

  constructor(retention: StreamRetention, now: () => number = Date.now) {
    this.#retention = retention;
    this.#now = now;
  }

  get retention(): StreamRetention {
    return this.#retention;
  }

  /** Events kept now (every integration together). */
  get size(): number {
    return this.#kept.size;
  }

  /** The last sequence given to `principal` (0 when none). */
  lastOf(principal: string): number {
    return this.#principals.get(principal)?.last ?? 0;
  }

  /** Numbers `frame` in `principal`'s stream and keeps it; returns its sequence. */
  record(principal: string, frame: EventFrame): number {
    const p = this.#principal(principal, 0);
    const seq = ++p.last;
    this.#kept.push(p.index, seq, frame.at, frame.jsonBody());
    this.#trim();
    return seq;
  }

  #principal(name: string, last: number): Principal {
    let p = this.#principals.get(name);
    if (p === undefined) {
      p = { index: this.#names.length, last, firstKept: last + 1 };
      this.#names.push(name);
      this.#principals.set(name, p);
    }
    return p;
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
    const events: { seq: number; frame: ReplayedFrame }[] = [];
    const kept = this.#kept;
    for (let i = 0; i < kept.size; i++) {
      if (kept.whoAt(i) !== p.index) continue;
      const seq = kept.seqAt(i);
      if (seq > afterSeq) events.push({ seq, frame: new ReplayedFrame(kept.bodyAt(i)) });
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
    this.#names.length = 0;
    this.#kept.clear();
    for (const [principal, last] of Object.entries(stored.last)) this.#principal(principal, last);
    // Where each principal's replayable run starts: its first entry, or the first after a hole.
    const cut = new Map<string, number>();
    const prev = new Map<string, number>();
    for (const e of stored.entries) {
      const before = prev.get(e.principal);
      if (before === undefined || e.seq !== before + 1) cut.set(e.principal, e.seq);
      prev.set(e.principal, e.seq);
      const p = this.#principals.get(e.principal);
      if (p === undefined) this.#principal(e.principal, e.seq);
      else if (e.seq > p.last) p.last = e.seq;
    }
    for (const e of stored.entries) {
      if (e.seq < cut.get(e.principal)!) continue;
      const frame = new EventFrame(e.at, e.kind as EventKind, e.payload as EventPayloads[EventKind], e.actor);
      this.#kept.push(this.#principals.get(e.principal)!.index, e.seq, e.at, frame.jsonBody());
    }
    // A run that reaches the last sequence can be replayed from its start; one that stops short (the last writes lost) cannot.
    for (const [principal, p] of this.#principals) if (prev.get(principal) === p.last) p.firstKept = cut.get(principal)!;
    this.#trim();
  }

  /** Drops what is past the count or the age; the principal's first kept sequence moves on. */
  #trim(): void {
    const minAt = this.#now() - this.#retention.maxAgeMs;
    const kept = this.#kept;
    while (kept.size > 0) {
      if (kept.size <= this.#retention.maxEvents && kept.atAt(0) >= minAt) break;
      const seq = kept.seqAt(0);
      const p = this.#principals.get(this.#names[kept.whoAt(0)]!)!;
      if (p.firstKept <= seq) p.firstKept = seq + 1;
      kept.shift();
    }
  }
}

/** A kept event as the store records it. */
export function deliveredEvent(principal: string, seq: number, frame: EventFrame): DeliveredEvent {
  return frame.actor === undefined
    ? { principal, seq, at: frame.at, kind: frame.kind, payload: frame.payload }
    : { principal, seq, at: frame.at, kind: frame.kind, payload: frame.payload, actor: frame.actor };
}
