/**
 * The outbox: what a command sends (its reply, the offers and events it
 * caused) waits here until the store acknowledged the command's events, then
 * leaves in command order. So nothing is acknowledged, offered or announced
 * that a crash could take back (DESIGN.md §7).
 *
 * Each entry is one commit: the frames written since the previous one and
 * the store's acknowledgement of the events behind them (null when there
 * were none: the entry only keeps its place in line). An entry whose write
 * failed is held, with everything behind it, until the leader has written
 * its memory back to the store (`release`) or lost the right to (`abort`).
 *
 * @example
 * const outbox = new Outbox((d) => d.session.conn.send(d.data));
 * outbox.push(store.append(events), frames); // leaves once Redis acknowledged
 */
import type { Session } from './session.js';
import type { OutFrame } from './transport.js';

/** One frame for one socket; `replyTo` marks the reply to a request. */
export interface Delivery {
  readonly session: Session;
  readonly data: OutFrame;
  readonly replyTo?: string;
  /** A snapshot page: see `Connection.send`. */
  readonly bulk?: boolean;
}

const enum State {
  pending,
  stored,
  failed,
}

interface Entry {
  state: State;
  readonly writes: readonly Delivery[];
  waiters: { resolve(): void; reject(e: Error): void }[] | null;
}

export class Outbox {
  readonly #write: (d: Delivery) => void;
  /** FIFO: entries before `#head` are gone. */
  #entries: Entry[] = [];
  #head = 0;
  #failed = 0;

  constructor(write: (d: Delivery) => void) {
    this.#write = write;
  }

  /** Entries waiting (for an acknowledgement or behind one). */
  get size(): number {
    return this.#entries.length - this.#head;
  }

  /** Entries whose write failed and that wait for `release` or `abort`. */
  get held(): number {
    return this.#failed;
  }

  /** Queues `writes` behind everything before them, to leave once `ack` resolves. */
  push(ack: Promise<unknown> | null, writes: readonly Delivery[]): void {
    if (ack === null && this.size === 0) {
      for (const d of writes) this.#write(d);
      return;
    }
    const e: Entry = { state: ack === null ? State.stored : State.pending, writes, waiters: null };
    this.#entries.push(e);
    if (ack !== null) {
      ack.then(
        () => {
          if (e.state !== State.pending) return;
          e.state = State.stored;
          this.#pump();
        },
        () => {
          if (e.state !== State.pending) return;
          e.state = State.failed;
          this.#failed++;
        },
      );
    }
  }

  /**
   * Resolves once everything pushed so far has left; rejects when it was
   * dropped by `abort`.
   */
  settled(): Promise<void> {
    const tail = this.#entries[this.#entries.length - 1];
    if (this.size === 0 || tail === undefined) return Promise.resolve();
    return new Promise((resolve, reject) => (tail.waiters ??= []).push({ resolve, reject }));
  }

  /** The failed writes are in the store after all (the leader re-wrote its state): let them go. */
  release(): void {
    for (let i = this.#head; i < this.#entries.length; i++) {
      const e = this.#entries[i] as Entry;
      if (e.state === State.failed) e.state = State.stored;
    }
    this.#failed = 0;
    this.#pump();
  }

  /**
   * Drops everything waiting: its events will never be stored. Each waiting
   * reply is handed to `refuse` (to answer with an error instead).
   */
  abort(refuse: (d: Delivery) => void, reason: Error): void {
    const entries = this.#entries.slice(this.#head);
    this.#entries = [];
    this.#head = 0;
    this.#failed = 0;
    for (const e of entries) {
      e.state = State.failed;
      for (const d of e.writes) if (d.replyTo !== undefined) refuse(d);
      for (const w of e.waiters ?? []) w.reject(reason);
    }
  }

  #pump(): void {
    while (this.#head < this.#entries.length) {
      const e = this.#entries[this.#head] as Entry;
      if (e.state !== State.stored) break;
      this.#head++;
      for (const d of e.writes) this.#write(d);
      if (e.waiters !== null) for (const w of e.waiters) w.resolve();
    }
    if (this.#head === this.#entries.length) {
      this.#entries.length = 0;
      this.#head = 0;
    } else if (this.#head > 1024 && this.#head * 2 > this.#entries.length) {
      this.#entries = this.#entries.slice(this.#head);
      this.#head = 0;
    }
  }
}
