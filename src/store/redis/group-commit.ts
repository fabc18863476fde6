/**
 * The Redis store's write queue (group commit): `enqueue` queues a write;
 * one script call is in flight at a time, and everything that arrived
 * meanwhile (or in the same event-loop turn) goes in the next call, up to
 * `maxBatch` appends and about `maxBatchBytes`. Throughput thus follows
 * Redis and not one round trip per command, and every write still settles
 * only once Redis acknowledged the call that carried it. A rebase's
 * snapshot goes alone, in its turn.
 */
import type { DeliveredRetention, IdempotencyKey } from '../routing-store.js';

export interface Settle<T> {
  resolve(v: T): void;
  reject(e: Error): void;
}

export type Write =
  | {
      readonly kind: 'append';
      readonly seq: number;
      readonly json: string;
      readonly keys: readonly IdempotencyKey[];
      /** The integrations' stream entries: principal, sequence and the entry's JSON, flat. */
      readonly delivered: readonly string[];
      readonly retention: DeliveredRetention | undefined;
      readonly done: Settle<number>;
    }
  | { readonly kind: 'barrier'; readonly done: Settle<void> }
  | { readonly kind: 'snapshot'; readonly seq: number; readonly json: string; readonly done: Settle<void> };

export type AppendWrite = Extract<Write, { kind: 'append' }>;
export type SnapshotWrite = Extract<Write, { kind: 'snapshot' }>;

export interface GroupCommitDeps {
  /** Most appends in one call. */
  readonly maxBatch: number;
  /** Soft limit of one call's payload (characters). */
  readonly maxBatchBytes: number;
  /** Whether the first queued write may go now; when not, every queued write fails with `refusal()`. */
  canRun(first: Write): boolean;
  refusal(): Error;
  /** Writes appends (and the barriers among them) in one call and settles every write of the batch. */
  writeAppends(batch: Write[]): Promise<void>;
  /** Writes a rebase's snapshot and settles it. */
  writeSnapshot(w: SnapshotWrite): Promise<void>;
}

export class GroupCommit {
  readonly #d: GroupCommitDeps;
  #queue: Write[] = [];
  #busy = false;
  #scheduled = false;

  constructor(deps: GroupCommitDeps) {
    this.#d = deps;
  }

  /** Nothing queued and no call in flight. */
  get idle(): boolean {
    return this.#queue.length === 0 && !this.#busy;
  }

  enqueue(w: Write): void {
    this.#queue.push(w);
    if (this.#busy || this.#scheduled) return;
    this.#scheduled = true;
    // setImmediate, not a microtask: every command of this event-loop turn
    // (all the socket reads of one poll) joins the same call.
    setImmediate(() => {
      this.#scheduled = false;
      void this.#pump();
    });
  }

  /** Rejects every queued write (not the one in flight) with `err`. */
  failQueued(err: Error): void {
    const queued = this.#queue;
    this.#queue = [];
    for (const w of queued) w.done.reject(err);
  }

  async #pump(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const d = this.#d;
    try {
      while (this.#queue.length > 0) {
        const first = this.#queue[0]!;
        if (!d.canRun(first)) {
          this.failQueued(d.refusal());
          return;
        }
        if (first.kind === 'snapshot') {
          this.#queue.shift();
          await d.writeSnapshot(first);
          continue;
        }
        const batch: Write[] = [];
        let count = 0;
        let bytes = 0;
        for (let w = this.#queue[0]; w !== undefined && w.kind !== 'snapshot'; w = this.#queue[0]) {
          if (w.kind === 'append') {
            const size = w.json.length + w.delivered.reduce((n, x) => n + x.length, 0);
            if (count >= d.maxBatch || (count > 0 && bytes + size > d.maxBatchBytes)) break;
            count++;
            bytes += size;
          }
          batch.push(this.#queue.shift()!);
        }
        if (count === 0) for (const w of batch) (w.done as Settle<void>).resolve();
        else {
          await d.writeAppends(batch);
          // The acknowledgement arrives in the middle of a poll: let the other
          // sockets' reads of that poll join the next call instead of waiting
          // a whole round trip behind it (fewer, larger calls at no cost).
          if (this.#queue.length > 0) await new Promise<void>((resolve) => setImmediate(resolve));
        }
      }
    } finally {
      this.#busy = false;
    }
  }
}
