/**
 * A copy of the stored routing state kept in a worker thread, so that
 * compactions cost the routing thread nothing: the Redis store hands the
 * worker what it stores (the state it loaded, each batch of appends, a
 * rebase's snapshot), the worker applies it to its own `RoutingState`, and
 * a compaction serializes (and gzips) the worker's copy there and writes it
 * to Redis in parts. The store then installs it once the appends it covers are
 * acknowledged.
 *
 * Taking the snapshot on the routing thread stopped it for 40-110 ms under
 * load with a day's customer history and survey book (the two grow with
 * every contact handled: 7.7 of 10 MB after 30,000 contacts); here it costs
 * one `postMessage` per batch of appends and a second copy of the state in
 * memory.
 *
 * When the copy cannot follow (the worker failed, or appends were lost before
 * reaching it), `usable` turns false until the next reset (a load or a
 * rebase), and the store compacts from the router's own snapshot instead.
 */
import { Worker } from 'node:worker_threads';
import type { CoreConfig } from '../../core/index.js';

export interface ReplicaSetup {
  readonly url: string;
  readonly keys: readonly string[];
  readonly config: CoreConfig;
  readonly partChars: number;
  readonly writeTimeoutMs: number;
}

export type ReplicaRequest =
  /** The stored state is this snapshot (JSON, or none) plus these appends (each a JSON array of events), up to append `seq`. */
  | { readonly type: 'reset'; readonly seq: number; readonly snapshot: string | null; readonly appends: readonly string[] }
  /** Appends `first`, `first + 1`, ... */
  | { readonly type: 'appended'; readonly first: number; readonly appends: readonly string[] }
  | { readonly type: 'compact'; readonly id: number; readonly epoch: string; readonly fence: string }
  | { readonly type: 'close' };

export type ReplicaReply =
  /** The snapshot of appends 1..seq is written in parts (`bytes` in all), ready to install. */
  | { readonly type: 'compacted'; readonly id: number; readonly seq: number; readonly bytes: number }
  /** `broken`: the replica itself cannot be used (until the next reset); else the write failed. */
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly broken: boolean };

export interface WrittenSnapshot {
  readonly seq: number;
  readonly bytes: number;
}

const POST_EVERY_MS = 20;

// Under the test runner the sources run as TypeScript; built, as JavaScript.
const WORKER = new URL(`./snapshot-replica-worker.${import.meta.url.endsWith('.ts') ? 'ts' : 'js'}`, import.meta.url);

export class SnapshotReplica {
  readonly #worker: Worker;
  readonly #pending = new Map<number, { resolve(w: WrittenSnapshot): void; reject(e: Error): void }>();
  #nextId = 0;
  /** The last append handed over (the replica follows only an unbroken sequence). */
  #head = 0;
  #usable = false;
  #failure: Error | null = null;
  /** Appends not posted yet, from `#pendingFirst` on: posted together every few ms (a post costs ~10 µs whatever its size). */
  #unposted: string[] = [];
  #pendingFirst = 0;
  #timer: NodeJS.Timeout | null = null;

  constructor(setup: ReplicaSetup) {
    this.#worker = new Worker(WORKER, { workerData: setup });
    this.#worker.unref();
    this.#worker.on('message', (m: ReplicaReply) => {
      const p = this.#pending.get(m.id);
      if (p === undefined) return;
      this.#pending.delete(m.id);
      if (m.type === 'compacted') p.resolve(m);
      else {
        // A replica that could not follow: later compactions take the router's snapshot instead.
        if (m.broken) this.#usable = false;
        p.reject(new Error(m.message));
      }
    });
    this.#worker.on('error', (e) => this.#lost(e));
    this.#worker.on('exit', (code) => this.#lost(new Error(`the snapshot worker exited (${code})`)));
  }

  /** Whether a compaction can come from the replica (else from the router's own snapshot). */
  get usable(): boolean {
    return this.#usable && this.#failure === null;
  }

  /** The stored state as loaded, or as a rebase re-wrote it. */
  reset(seq: number, snapshot: string | null, appends: readonly string[]): void {
    if (this.#failure !== null) return;
    this.#dropPending();
    this.#head = seq;
    this.#usable = true;
    this.#post({ type: 'reset', seq, snapshot, appends });
  }

  /** A batch of appends being written, numbered from `first`. */
  appended(first: number, appends: readonly string[]): void {
    if (!this.#usable || this.#failure !== null) return;
    if (first !== this.#head + 1) {
      this.#usable = false; // a gap: wait for the next reset
      return;
    }
    this.#head = first + appends.length - 1;
    if (this.#unposted.length === 0) this.#pendingFirst = first;
    for (const a of appends) this.#unposted.push(a);
    this.#timer ??= setTimeout(() => this.#postPending(), POST_EVERY_MS).unref();
  }

  /** Serializes the replica and writes its parts under the given lease. */
  /** `fence`: the leader's `token:term` (see `FENCE` in scripts.ts). */
  write(epoch: string, fence: string): Promise<WrittenSnapshot> {
    if (!this.usable) return Promise.reject(new Error('the snapshot replica is not in step with the store'));
    const id = ++this.#nextId;
    this.#postPending();
    return new Promise<WrittenSnapshot>((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#post({ type: 'compact', id, epoch, fence });
    });
  }

  async close(): Promise<void> {
    this.#dropPending();
    this.#post({ type: 'close' });
    await this.#worker.terminate();
  }

  #postPending(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    if (this.#unposted.length === 0) return;
    const appends = this.#unposted;
    this.#unposted = [];
    this.#post({ type: 'appended', first: this.#pendingFirst, appends });
  }

  #dropPending(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#unposted = [];
  }

  #post(m: ReplicaRequest): void {
    try {
      this.#worker.postMessage(m);
    } catch (e) {
      this.#lost(e as Error);
    }
  }

  #lost(e: Error): void {
    if (this.#failure !== null) return;
    this.#failure = e;
    this.#usable = false;
    for (const p of this.#pending.values()) p.reject(e);
    this.#pending.clear();
  }
}
