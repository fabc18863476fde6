/**
 * The leader's journal: every batch of router events goes to the store
 * (with the idempotency keys of the contacts created in it), and the
 * stored log is compacted into a snapshot once enough appends piled up, so
 * that recovery reads a bounded log. What the gateway sends waits for the
 * acknowledgement `record` returns (see gateway/outbox.ts).
 *
 * @example
 * const journal = new Journal(store, { compactEveryAppends: 50_000, log, snapshot: (o) => router.snapshot(o) });
 * const ack = journal.record(router.drainEvents(), keys); // null when there was nothing to store
 */
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import type { CoreEvent, CoreSnapshot } from '../core/index.js';
import type { DeliveredEvent, DeliveredRetention, IdempotencyKey, RoutingStore } from './routing-store.js';

export interface JournalOptions {
  /**
   * Compact once this many appends piled up since the last snapshot. A
   * snapshot costs time proportional to the live state (about 2 s at 100,000
   * contacts) on this thread, unless the store takes its own from a replica.
   * Default 50,000; 0 never compacts.
   */
  readonly compactEveryAppends?: number | undefined;
  /** The router's state now; asked for only when the store needs it. */
  readonly snapshot: (options: { readonly copy?: boolean }) => CoreSnapshot;
  readonly log: Logger;
  /** What the store keeps of the integrations' streams. */
  readonly deliveredRetention?: DeliveredRetention | undefined;
}

export class Journal {
  readonly #store: RoutingStore;
  readonly #o: JournalOptions;
  readonly #compactEvery: number;
  #compacting = false;

  constructor(store: RoutingStore, options: JournalOptions) {
    this.#store = store;
    this.#o = options;
    this.#compactEvery = options.compactEveryAppends ?? 50_000;
  }

  /** Whether the store takes writes now. */
  get ready(): boolean {
    return this.#store.ready;
  }

  /**
   * Appends one batch; resolves when the store acknowledged it (rejects
   * `UNAVAILABLE` otherwise). Null when there is nothing to store.
   */
  record(events: readonly CoreEvent[], keys: readonly IdempotencyKey[], delivered: readonly DeliveredEvent[] = []): Promise<number> | null {
    if (events.length === 0 && keys.length === 0 && delivered.length === 0) return null;
    const retention = this.#o.deliveredRetention;
    const ack = this.#store.append(events, {
      ...(keys.length > 0 ? { idempotencyKeys: keys } : {}),
      ...(delivered.length > 0 ? { delivered, ...(retention === undefined ? {} : { deliveredRetention: retention }) } : {}),
    });
    // Right after an append, the router holds exactly what was appended: the moment for a snapshot.
    if (this.#compactEvery > 0 && this.#store.appendsSinceSnapshot >= this.#compactEvery) this.#compact();
    return ack;
  }

  #compact(): void {
    const store = this.#store;
    if (this.#compacting || !store.ready) return;
    this.#compacting = true;
    const t0 = performance.now();
    // The store asks for the router's snapshot only if it needs it (the Redis
    // store with a snapshot replica takes its own, in a worker thread).
    let taken = false;
    const written = store.compact((o) => {
      taken = true;
      return this.#o.snapshot(o);
    });
    // What held the event loop: the snapshot and its serialization, if any.
    const stallMs = performance.now() - t0;
    written.then(
      () => {
        this.#compacting = false;
        this.#o.log.info({ stallMs: Math.round(stallMs), totalMs: Math.round(performance.now() - t0), from: taken ? 'router' : 'replica' }, 'store compacted');
      },
      (err: unknown) => {
        this.#compacting = false;
        this.#o.log.warn({ err }, 'compaction failed; the events stay (retried after the next appends)');
      },
    );
  }
}
