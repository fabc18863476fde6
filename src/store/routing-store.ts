/**
 * The store port: where a routing domain's state lives between processes and
 * restarts. The core is event-sourced (every change is a `CoreEvent`), so the
 * store keeps a snapshot plus the events recorded after it, in domain terms:
 * append the events of one command, load, compact, and a lease with a fencing
 * token so that only the routing leader writes.
 *
 * Two adapters implement it: `memory` (the default, one process) and `redis`
 * (several processes, survives restarts). Neither the core nor the gateway
 * knows which one runs; `test/integration/store-conformance.test.ts` runs the
 * same suite against both.
 *
 * Contract in one paragraph: the leader `acquire()`s the lease, `load()`s,
 * rebuilds its router (see `recovery.ts`) and from then on calls
 * `append(events)` after every command and every `advance()`, awaiting it
 * before replying or sending offers. Appends are numbered in call order and
 * stored in that order or not at all: once one fails, every later one fails
 * too until the store is `ready` again, and the leader must `rebase()` from
 * memory (its router is then the truth; see {@link StoreEvent}).
 */
import type { ContactId, CoreEvent, CoreSnapshot } from '../core/index.js';

/** Where the store stands; only `ready` accepts writes. */
export type StoreStatus =
  /** Not connected yet (first connection in progress). */
  | 'connecting'
  | 'ready'
  /** The backend cannot be reached; appends fail with `UNAVAILABLE`. */
  | 'unavailable'
  /**
   * Reachable again, but the backend lacks writes this process made (lost
   * acknowledgements, or the backend lost its data): call `rebase()`.
   */
  | 'resync-needed'
  | 'closed';

/** Why a store needs `rebase()`. */
export type ResyncReason =
  /** Redis came back without our domain (restarted without persistence, flushed). */
  | 'data-lost'
  /** Some appends failed or were not acknowledged; Redis may hold only part of them. */
  | 'unacknowledged-writes';

export type StoreEvent =
  | { readonly type: 'ready' }
  | { readonly type: 'unavailable'; readonly error: Error }
  | { readonly type: 'resync-needed'; readonly reason: ResyncReason }
  /** Another process took the lease: this one must stop routing (its writes are refused). */
  | { readonly type: 'lease-lost'; readonly token: number; readonly current: number | null };

/** Idempotency of contact creation: one integration's own id for a contact. */
export interface IdempotencyKey {
  readonly integration: string;
  readonly externalId: string;
  readonly contactId: ContactId;
}

/**
 * One event as it was delivered to an integration: numbered in that
 * integration's own stream, so that a socket that dropped (or a leader that
 * changed) can replay what it missed. `kind` and `payload` are the wire
 * event (`EventPayloads[kind]`, proto3 JSON form).
 */
export interface DeliveredEvent {
  readonly principal: string;
  readonly seq: number;
  readonly at: number;
  readonly kind: string;
  readonly payload: unknown;
  readonly actor?: string;
}

/** How much of the integrations' streams a store keeps (see `gateway/integration-streams.ts`). */
export interface DeliveredRetention {
  /** Events kept in all (every integration together). */
  readonly maxEvents: number;
  /** Events older than this may be dropped. */
  readonly maxAgeMs: number;
}

export interface AppendMeta {
  /** Keys recorded atomically with the events (first writer wins). */
  readonly idempotencyKeys?: readonly IdempotencyKey[];
  /** The integrations' stream entries the events caused, recorded atomically with them. */
  readonly delivered?: readonly DeliveredEvent[];
  /** With `delivered`: what to keep of the streams (older entries are dropped). */
  readonly deliveredRetention?: DeliveredRetention;
}

/** What a store holds of the integrations' streams. */
export interface StoredStreams {
  /** The last sequence of every integration that was ever delivered an event. */
  readonly last: Readonly<Record<string, number>>;
  /** The kept entries, in the order they were appended. */
  readonly entries: readonly DeliveredEvent[];
}

/** The routing lease of a domain. */
export interface Lease {
  readonly holder: string;
  /** Fencing token: grows on every acquisition; writes carry it and stale ones are refused. */
  readonly token: number;
  /** Identity of the stored domain; changes when the backend lost its data. */
  readonly epoch: string;
  readonly ttlMs: number;
  /** Local time (ms, `Date.now()`) after which the lease may belong to someone else. */
  readonly validUntil: number;
}

/** What `load()` returns: enough to rebuild the router exactly. */
export interface StoredState {
  readonly epoch: string;
  /** Number of the last stored append (0 when none). */
  readonly head: number;
  /** The latest compacted snapshot, or null when the domain was never compacted. */
  readonly snapshot: CoreSnapshot | null;
  /** The append the snapshot covers (0 when none). */
  readonly snapshotSeq: number;
  /** The events of every append after the snapshot, in order. */
  readonly events: readonly CoreEvent[];
  /** How many appends `events` came from. */
  readonly appends: number;
  readonly idempotencyKeys: readonly IdempotencyKey[];
  /** The integrations' event streams (see `DeliveredEvent`). */
  readonly streams: StoredStreams;
}

export interface RoutingStore {
  readonly kind: 'memory' | 'redis';
  /** The routing domain (queues that share agents) this store holds. */
  readonly domain: string;
  readonly status: StoreStatus;
  /** `status === 'ready'`: what `/readyz` reports. */
  readonly ready: boolean;
  /** The lease this process holds, or null. */
  readonly lease: Lease | null;
  /** Number of the last append handed to the store (acknowledged or not). */
  readonly lastSeq: number;
  /** Appends since the last snapshot: a compaction policy reads this. */
  readonly appendsSinceSnapshot: number;

  /** Calls `fn` on every status change; returns an unsubscribe function. */
  subscribe(fn: (e: StoreEvent) => void): () => void;
  /** Resolves when the store is `ready` (or rejects after `timeoutMs`). */
  whenReady(timeoutMs?: number): Promise<void>;

  /**
   * Takes the routing lease if nobody holds it; null when someone does.
   * Writes need it. Load (again) after acquiring: it is the state you own.
   */
  acquire(holder: string, ttlMs?: number): Promise<Lease | null>;
  /** Extends the lease; false (and the lease is dropped) when it was lost. */
  renew(): Promise<boolean>;
  /** Gives the lease up (only if still ours) and stops writing. */
  release(): Promise<void>;

  /** The stored state, or null when this domain has never been written. */
  load(): Promise<StoredState | null>;
  /**
   * Records the events of one command (possibly none: then it only waits for
   * the appends before it). Resolves with its sequence number once the
   * backend acknowledged it; rejects with `UNAVAILABLE` otherwise. Appends
   * made in the same tick are written together (group commit).
   */
  append(events: readonly CoreEvent[], meta?: AppendMeta): Promise<number>;
  /** Resolves when every append made so far is acknowledged. */
  flush(): Promise<void>;
  /**
   * Replaces the events recorded so far with a snapshot of the state they
   * make (take it between commands, after appending the last one's events).
   * Also drops idempotency keys older than the retention. The store calls
   * `take` at once if it needs the caller's snapshot (the Redis store with a
   * snapshot replica does not), with `copy: false` when it serializes it
   * before returning (live records may then be handed over), `copy: true`
   * when it keeps the object.
   */
  compact(take: (o: { readonly copy: boolean }) => CoreSnapshot): Promise<void>;
  /**
   * Re-writes the whole state from the leader's memory after `resync-needed`
   * (requires the lease; after `data-lost`, acquire it again first).
   */
  rebase(snapshot: CoreSnapshot): Promise<void>;
  /** The contact an integration created under its own id, if recorded. */
  contactFor(integration: string, externalId: string): Promise<ContactId | null>;
  close(): Promise<void>;
}

/** An empty core snapshot: the state of a domain that has events but no snapshot yet. */
export const EMPTY_SNAPSHOT: CoreSnapshot = {
  version: 1,
  contactSeq: 0,
  loginSeq: 0,
  roundRobin: [],
  agents: [],
  contacts: [],
};

/** Idempotency keys expire this long after they were recorded, at compaction. */
export const DEFAULT_IDEMPOTENCY_RETENTION_MS = 24 * 3600_000;
export const DEFAULT_LEASE_TTL_MS = 5_000;
