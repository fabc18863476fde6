/**
 * Every frame the gateway sends goes through here. Without a store it
 * leaves at once. With one (a journal), it waits in the outbox behind the
 * events it depends on: the frames written during a batch of router work
 * are committed with that batch's events, and leave once the store
 * acknowledged them (DESIGN.md §7: nothing is acknowledged that a crash
 * could take back).
 */
import type { Logger } from 'pino';
import { fail, type SwitchboardError } from '../core/errors.js';
import { errorMsgOf } from '../protocol/error-msg.js';
import type { CoreEvent } from '../core/events.js';
import { encodeReply, type EventFrame } from '../protocol/codec.js';
import type { ReplayedFrame } from '../protocol/replayed-frame.js';
import type { EventBatch } from '../protocol/event-batch.js';
import type { Journal } from '../store/journal.js';
import type { DeliveredEvent, IdempotencyKey } from '../store/routing-store.js';
import type { GatewayObserver } from './observer.js';
import { Outbox, type Delivery } from './outbox.js';
import type { Session } from './session.js';
import type { OutFrame } from './transport.js';

export class FrameOut {
  readonly #journal: Journal | null;
  readonly #outbox: Outbox | null;
  readonly #observer: GatewayObserver;
  readonly #log: Logger;
  /** True while router work is in progress: frames then wait for that batch's commit. */
  readonly #inBatch: () => boolean;
  /** Frames written since the last commit (with a journal). */
  #pending: Delivery[] = [];
  /** Idempotency keys of the contacts created since the last commit. */
  #keys: IdempotencyKey[] = [];
  /** Integration stream entries recorded since the last commit. */
  #delivered: DeliveredEvent[] = [];
  #commitQueued = false;

  constructor(deps: { readonly journal: Journal | null; readonly observer: GatewayObserver; readonly log: Logger; readonly inBatch: () => boolean }) {
    this.#journal = deps.journal;
    this.#outbox = deps.journal === null ? null : new Outbox((d) => this.write(d.session, d.data, d.bulk === true));
    this.#observer = deps.observer;
    this.#log = deps.log;
    this.#inBatch = deps.inBatch;
  }

  /** Frames waiting for the store, and how many of those wait for a failed write to be redone. */
  get size(): { readonly waiting: number; readonly held: number } {
    return { waiting: (this.#outbox?.size ?? 0) + this.#pending.length, held: this.#outbox?.held ?? 0 };
  }

  /** Whether frames wait for the store (a journal is set). */
  get durable(): boolean {
    return this.#journal !== null;
  }

  /** The reply to request `id` of `s`; `bulk` for a snapshot page (see `Connection.send`). */
  reply(s: Session, id: string, result: object, bulk = false): void {
    if (!s.open) return;
    let data: string | Uint8Array;
    try {
      data = encodeReply(id, result, s.encoding);
    } catch (err) {
      this.#log.error({ err }, 'cannot encode a server message');
      return;
    }
    this.#emit(s, data, id, bulk);
  }

  /** The error's code, message, reason and params (and a closed queue's `opensAt`). */
  replyError(s: Session, id: string, e: SwitchboardError): void {
    this.reply(s, id, { error: errorMsgOf(e) });
  }

  /** An event for `s`, numbered in its connection's stream. */
  event(s: Session, frame: EventFrame): void {
    if (!s.open) return;
    s.seq++;
    this.numbered(s, frame, s.seq);
  }

  /**
   * An event for `s` with the sequence it has in a stream of its principal's
   * (see `IntegrationStreams`), or a batch of events whose first has it
   * (see `SupervisorFeed`). The frame is the event's body, encoded once,
   * and this number: the transport joins them as it writes the socket.
   */
  numbered(s: Session, frame: EventFrame | EventBatch | ReplayedFrame, seq: number): void {
    if (!s.open) return;
    let data: OutFrame;
    try {
      data = frame.numbered(seq, s.encoding);
    } catch (err) {
      this.#log.error({ err, kind: frame.kind }, 'cannot encode an event');
      return;
    }
    this.#emit(s, data, undefined, false);
  }

  /** Records the idempotency key of a contact an integration created, to store with its events. */
  key(k: IdempotencyKey): void {
    if (this.#journal !== null) this.#keys.push(k);
  }

  /** Records an integration stream entry, to store with the events that caused it. */
  delivered(d: DeliveredEvent): void {
    if (this.#journal !== null) this.#delivered.push(d);
  }

  /** Hands the events and the frames written since the last commit to the store and the outbox. */
  commit(events: readonly CoreEvent[]): void {
    const journal = this.#journal;
    const outbox = this.#outbox;
    if (journal === null || outbox === null) return;
    if (events.length === 0 && this.#keys.length === 0 && this.#pending.length === 0 && this.#delivered.length === 0) return;
    const writes = this.#pending;
    const keys = this.#keys;
    const delivered = this.#delivered;
    this.#pending = [];
    this.#keys = [];
    this.#delivered = [];
    outbox.push(journal.record(events, keys, delivered), writes);
  }

  /** Resolves when every frame written so far has left (rejects `UNAVAILABLE` when dropped). */
  settled(): Promise<void> {
    this.commit([]);
    return this.#outbox?.settled() ?? Promise.resolve();
  }

  /** The failed writes are stored after all (the state was re-written from memory): send what waited for them. */
  release(): void {
    this.#outbox?.release();
  }

  /** Drops everything that waits for the store (it will never hold it); waiting requests are answered `UNAVAILABLE`. */
  abort(reason: string): void {
    this.commit([]);
    const e = fail('STORE_UNAVAILABLE', reason);
    this.#outbox?.abort((d) => {
      if (d.session.open) this.write(d.session, encodeReply(d.replyTo as string, { error: errorMsgOf(e) }, d.session.encoding));
    }, e);
  }

  /** Writes to the socket now, past the outbox; a connection over its buffer limit is dropped (a slow consumer never stalls others). */
  write(s: Session, data: OutFrame, bulk = false): void {
    if (!s.open) return;
    this.#observer.messageSent(s.role);
    if (!s.conn.send(data, bulk)) {
      s.log.warn('slow consumer dropped (send buffer over the limit)');
      s.open = false;
    }
  }

  #emit(s: Session, data: OutFrame, replyTo: string | undefined, bulk: boolean): void {
    if (this.#outbox === null) {
      this.write(s, data, bulk);
      return;
    }
    this.#pending.push(replyTo === undefined ? { session: s, data } : bulk ? { session: s, data, replyTo, bulk } : { session: s, data, replyTo });
    // Frames written outside router work (e.g. a refusal) are committed at the end of the turn.
    if (!this.#inBatch() && !this.#commitQueued) {
      this.#commitQueued = true;
      queueMicrotask(() => {
        this.#commitQueued = false;
        if (!this.#inBatch()) this.commit([]);
      });
    }
  }
}
