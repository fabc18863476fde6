/**
 * The in-process store: the default when no Redis is configured. It keeps
 * exactly what the Redis store keeps, with the same checks (epoch, fencing
 * token, append numbering), so that the conformance suite proves both alike
 * and the single-process server runs the same code paths as a cluster.
 *
 * Several `MemoryRoutingStore`s may share one {@link MemoryBackend}, like
 * several processes sharing one Redis (tests use this for fencing).
 * Events are kept by reference (they are immutable); `load()` returns copies.
 */
import { randomUUID } from 'node:crypto';
import type { ContactId, CoreEvent, CoreSnapshot } from '../../core/index.js';
import { IdempotencyIndex, parseIdempotencyField } from '../idempotency.js';
import {
  DEFAULT_IDEMPOTENCY_RETENTION_MS,
  DEFAULT_LEASE_TTL_MS,
  type AppendMeta,
  type DeliveredEvent,
  type Lease,
  type RoutingStore,
  type StoreEvent,
  type StoreStatus,
  type StoredState,
} from '../routing-store.js';
import { StatusBoard } from '../status-board.js';
import { fencedError, StoreError } from '../store-error.js';
import { mayRebaseFromMemory } from '../lease-rules.js';

/** What several memory stores share: the stand-in for one Redis database. */
export class MemoryBackend {
  readonly now: () => number;
  epoch: string | null = null;
  fence = 0;
  head = 0;
  snapshot: CoreSnapshot | null = null;
  snapshotSeq = 0;
  appends: { readonly seq: number; readonly events: readonly CoreEvent[] }[] = [];
  readonly idempotency = new IdempotencyIndex();
  /** The integrations' stream entries (oldest first) and each integration's last sequence. */
  delivered: DeliveredEvent[] = [];
  readonly deliveredLast = new Map<string, number>();
  lease: { value: string; expiresAt: number } | null = null;

  constructor(now: () => number = Date.now) {
    this.now = now;
  }

  /** Forgets everything, like a Redis restarted without persistence. */
  wipe(): void {
    this.epoch = null;
    this.fence = 0;
    this.head = 0;
    this.snapshot = null;
    this.snapshotSeq = 0;
    this.appends = [];
    this.idempotency.clear();
    this.delivered = [];
    this.deliveredLast.clear();
    this.lease = null;
  }

  leaseValue(): string | null {
    if (this.lease !== null && this.lease.expiresAt <= this.now()) this.lease = null;
    return this.lease?.value ?? null;
  }
}

export interface MemoryStoreOptions {
  readonly backend?: MemoryBackend;
  readonly domain?: string;
  readonly idempotencyRetentionMs?: number;
}

export class MemoryRoutingStore implements RoutingStore {
  readonly kind = 'memory' as const;
  readonly domain: string;
  readonly #b: MemoryBackend;
  readonly #board = new StatusBoard('ready');
  readonly #retentionMs: number;
  #lease: Lease | null = null;
  #lastSeq = 0;
  #snapSeq = 0;
  #needsRebase = false;
  /** Keys this handle wrote or loaded: what a rebase re-writes after a data loss. */
  readonly #mirror = new IdempotencyIndex();

  constructor(options: MemoryStoreOptions = {}) {
    this.#b = options.backend ?? new MemoryBackend();
    this.domain = options.domain ?? 'default';
    this.#retentionMs = options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_RETENTION_MS;
  }

  get status(): StoreStatus {
    return this.#board.status;
  }
  get ready(): boolean {
    return this.#board.status === 'ready';
  }
  get lease(): Lease | null {
    return this.#lease;
  }
  get lastSeq(): number {
    return this.#lastSeq;
  }
  get appendsSinceSnapshot(): number {
    return this.#lastSeq - this.#snapSeq;
  }

  subscribe(fn: (e: StoreEvent) => void): () => void {
    return this.#board.subscribe(fn);
  }
  whenReady(timeoutMs?: number): Promise<void> {
    return this.#board.whenReady(timeoutMs);
  }

  async acquire(holder: string, ttlMs = DEFAULT_LEASE_TTL_MS): Promise<Lease | null> {
    this.#open();
    const b = this.#b;
    if (b.leaseValue() !== null) return null;
    const previous = this.#lease ?? this.#lastLease;
    b.epoch ??= randomUUID();
    const token = ++b.fence;
    b.lease = { value: `${holder}#${token}`, expiresAt: b.now() + ttlMs };
    this.#lease = { holder, token, epoch: b.epoch, ttlMs, validUntil: Date.now() + ttlMs };
    this.#lastLease = this.#lease;
    this.#afterAcquire(previous, b.epoch, token, b.head, b.snapshotSeq);
    return this.#lease;
  }

  #lastLease: Lease | null = null;

  /**
   * After an acquisition: rebase from memory when that is still the truth,
   * else start from what the store holds (see `mayRebaseFromMemory`).
   */
  #afterAcquire(previous: Lease | null, epoch: string, token: number, head: number, snapshotSeq: number): void {
    if (mayRebaseFromMemory(this.#needsRebase, previous, { epoch, token, head }, this.#lastSeq)) {
      this.#board.set('resync-needed', { type: 'resync-needed', reason: epoch !== previous!.epoch ? 'data-lost' : 'unacknowledged-writes' });
      return;
    }
    this.#needsRebase = false;
    this.#lastSeq = head;
    this.#snapSeq = snapshotSeq;
    this.#board.set('ready', { type: 'ready' });
  }

  async renew(): Promise<boolean> {
    this.#open();
    const l = this.#lease;
    if (l === null) return false;
    const b = this.#b;
    if (b.leaseValue() !== `${l.holder}#${l.token}`) {
      this.#leaseLost(l.token, b.epoch === l.epoch ? b.fence : null);
      return false;
    }
    b.lease = { value: `${l.holder}#${l.token}`, expiresAt: b.now() + l.ttlMs };
    this.#lease = { ...l, validUntil: Date.now() + l.ttlMs };
    return true;
  }

  async release(): Promise<void> {
    const l = this.#lease;
    this.#lease = null;
    if (l !== null && this.#b.leaseValue() === `${l.holder}#${l.token}`) this.#b.lease = null;
  }

  async load(): Promise<StoredState | null> {
    this.#open();
    const b = this.#b;
    if (b.epoch === null) return null;
    for (const e of b.idempotency.entries()) {
      const k = parseIdempotencyField(e.field, e.contactId);
      if (k !== null) this.#mirror.add(k, e.at);
    }
    return structuredClone({
      epoch: b.epoch,
      head: b.head,
      snapshot: b.snapshot,
      snapshotSeq: b.snapshotSeq,
      events: b.appends.flatMap((a) => a.events),
      appends: b.appends.length,
      idempotencyKeys: b.idempotency.keys(),
      streams: { last: Object.fromEntries(b.deliveredLast), entries: b.delivered },
    });
  }

  append(events: readonly CoreEvent[], meta: AppendMeta = {}): Promise<number> {
    const keys = meta.idempotencyKeys ?? [];
    const delivered = meta.delivered ?? [];
    if (events.length === 0 && keys.length === 0 && delivered.length === 0) return this.flush().then(() => this.#lastSeq);
    try {
      this.#writable();
      const l = this.#lease!;
      this.#check(l, this.#lastSeq);
      const b = this.#b;
      const seq = ++this.#lastSeq;
      b.appends.push({ seq, events });
      b.head = seq;
      const at = b.now();
      for (const k of keys) {
        b.idempotency.add(k, at);
        this.#mirror.add(k, at);
      }
      if (delivered.length > 0) {
        for (const d of delivered) {
          b.delivered.push(d);
          b.deliveredLast.set(d.principal, d.seq);
        }
        const r = meta.deliveredRetention;
        if (r !== undefined) {
          let drop = Math.max(0, b.delivered.length - r.maxEvents);
          const minAt = b.now() - r.maxAgeMs;
          while (drop < b.delivered.length && b.delivered[drop]!.at < minAt) drop++;
          if (drop > 0) b.delivered = b.delivered.slice(drop);
        }
      }
      return Promise.resolve(seq);
    } catch (e) {
      this.#needsRebase = true;
      return Promise.reject(e);
    }
  }

  flush(): Promise<void> {
    return this.status === 'closed' ? Promise.reject(new StoreError('closed', 'the store is closed')) : Promise.resolve();
  }

  async compact(take: (o: { readonly copy: boolean }) => CoreSnapshot): Promise<void> {
    this.#writable();
    // Kept as an object: a copy, not the router's live records.
    this.#snapshot(take({ copy: true }), 'compact');
  }

  async rebase(snapshot: CoreSnapshot): Promise<void> {
    this.#open();
    if (this.#lease === null) throw new StoreError('no-lease', 'rebase needs the routing lease: acquire it first');
    this.#snapshot(snapshot, 'rebase');
    this.#needsRebase = false;
    this.#board.set('ready', { type: 'ready' });
  }

  async contactFor(integration: string, externalId: string): Promise<ContactId | null> {
    this.#open();
    return this.#b.idempotency.get(integration, externalId);
  }

  async close(): Promise<void> {
    this.#board.set('closed');
  }

  // ---- internals ---------------------------------------------------------------

  #snapshot(snapshot: CoreSnapshot, mode: 'compact' | 'rebase'): void {
    const l = this.#lease!;
    const b = this.#b;
    this.#check(l, mode === 'compact' ? this.#lastSeq : null);
    b.snapshot = snapshot;
    b.snapshotSeq = this.#lastSeq;
    b.head = this.#lastSeq;
    b.appends = [];
    if (mode === 'rebase') {
      b.idempotency.clear();
      for (const e of this.#mirror.entries()) {
        const k = parseIdempotencyField(e.field, e.contactId);
        if (k !== null) b.idempotency.add(k, e.at);
      }
    }
    b.idempotency.expire(b.now() - this.#retentionMs);
    this.#mirror.expire(b.now() - this.#retentionMs);
    this.#snapSeq = this.#lastSeq;
  }

  /** The checks of the Redis scripts: same epoch, current token, no gap. */
  #check(l: Lease, expectedHead: number | null): void {
    const b = this.#b;
    if (b.epoch !== l.epoch) {
      this.#lease = null;
      this.#needsRebase = true;
      this.#board.set('resync-needed', { type: 'resync-needed', reason: 'data-lost' });
      throw new StoreError('data-lost', `store domain ${this.domain} lost its data (epoch ${l.epoch} is gone); acquire the lease and rebase from memory`);
    }
    if (b.fence !== l.token) {
      this.#leaseLost(l.token, b.fence);
      throw fencedError(this.domain, l.token, b.fence);
    }
    if (expectedHead !== null && b.head !== expectedHead) {
      this.#needsRebase = true;
      this.#board.set('resync-needed', { type: 'resync-needed', reason: 'unacknowledged-writes' });
      throw new StoreError('resync-needed', `store domain ${this.domain} holds append ${b.head}, expected ${expectedHead}; rebase from memory`);
    }
  }

  #leaseLost(token: number, current: number | null): void {
    this.#lease = null;
    this.#board.emit({ type: 'lease-lost', token, current });
  }

  #open(): void {
    if (this.status === 'closed') throw new StoreError('closed', 'the store is closed');
  }

  #writable(): void {
    this.#open();
    if (this.status !== 'ready') {
      throw new StoreError('resync-needed', `store domain ${this.domain} needs a rebase from memory before it accepts writes`);
    }
    if (this.#needsRebase) throw new StoreError('resync-needed', `store domain ${this.domain} missed writes; rebase from memory first`);
    if (this.#lease === null) throw new StoreError('no-lease', 'writes need the routing lease: this process is not the leader');
  }
}
