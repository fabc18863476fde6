/**
 * The Redis store: a routing domain's snapshot, events, idempotency keys and
 * lease under one key prefix with one hash tag (`sb:{default}:…`), written
 * only by Lua scripts that check the caller's fencing token (`scripts.ts`).
 *
 * Group commit: `append()` numbers the append at once and queues it
 * (`group-commit.ts`); every append resolves only once Redis acknowledged
 * the call that carried it, bounded in time (`script-writer.ts`). The lease
 * and its term: `redis-lease.ts`.
 *
 * Failures are never silent: a lost connection, a timeout or an error reply
 * rejects the append and every one queued after it with a {@link StoreError}
 * (`UNAVAILABLE`), the status leaves `ready`, and when Redis is back the
 * store checks what it holds: the same epoch and every append acknowledged
 * -> `ready`; the domain gone (Redis lost its data) or appends possibly
 * missing -> `resync-needed`, and the leader re-writes its state (`rebase`).
 */
import { redactStoreUrl } from '../store-url.js';
import { gunzipSync } from 'node:zlib';
import type { Redis } from 'ioredis';
import { openRedis } from './connect.js';
import type { ContactId, CoreConfig, CoreEvent, CoreSnapshot } from '../../core/index.js';
import { contactId as toContactId } from '../../core/index.js';
import { IdempotencyIndex, idempotencyField, parseIdempotencyField } from '../idempotency.js';
import { mayRebaseFromMemory } from '../lease-rules.js';
import {
  DEFAULT_IDEMPOTENCY_RETENTION_MS,
  DEFAULT_LEASE_TTL_MS,
  type AppendMeta,
  type DeliveredEvent,
  type IdempotencyKey,
  type Lease,
  type RoutingStore,
  type StoreEvent,
  type StoreStatus,
  type StoredState,
} from '../routing-store.js';
import { StatusBoard } from '../status-board.js';
import { snapshotParts } from './snapshot-parts.js';
import { SnapshotReplica } from './snapshot-replica.js';
import { fencedError, StoreError } from '../store-error.js';
import { GroupCommit, type AppendWrite, type SnapshotWrite, type Write } from './group-commit.js';
import { fenceOf, RedisLease, type FencedLease } from './redis-lease.js';
import { APPEND, SCRIPTS, SNAPSHOT, SNAPSHOT_PART, type LuaScript } from './scripts.js';
import { ScriptWriter } from './script-writer.js';

export interface RedisStoreOptions {
  /**
   * `redis://host:port/db` (ioredis URL syntax, `rediss://` for TLS), or
   * `redis-sentinel://host:port,host:port/master/db` (see `store-url.ts`).
   */
  readonly url: string;
  /** Routing domain: becomes the hash tag of every key. Default `default`. */
  readonly domain?: string;
  /** Default `sb`. */
  readonly keyPrefix?: string;
  /** Most appends in one script call; 1 = one round trip per command. Default 1024. */
  readonly maxBatch?: number;
  /** Soft limit of one call's payload. Default 4 MiB. */
  readonly maxBatchBytes?: number;
  /** A write not acknowledged within this fails and the connection is reset. Default 3000 ms (at least `replicas.timeoutMs` + 1 s). */
  readonly writeTimeoutMs?: number;
  /**
   * After each write, `WAIT count timeoutMs`: a write is acknowledged only
   * once `count` replicas have it, so that a failover to one of them loses
   * nothing acknowledged. Fewer within the time fail the write (`UNAVAILABLE`).
   */
  readonly replicas?: { readonly count: number; readonly timeoutMs: number };
  readonly idempotencyRetentionMs?: number;
  /** Reconnect backoff cap. Default 1000 ms. */
  readonly maxReconnectDelayMs?: number;
  /** A compaction writes its snapshot in parts of at most this many characters. Default 256 Ki. */
  readonly snapshotPartChars?: number;
  /**
   * Keep a copy of the stored state in a worker thread and take compactions'
   * snapshots from it (see `snapshot-replica.ts`): the routing thread then
   * never stops for one. Needs the routing configuration. Without it, a
   * compaction serializes the caller's snapshot on the calling thread.
   */
  readonly snapshotReplica?: { readonly config: CoreConfig };
}

export class RedisRoutingStore implements RoutingStore {
  readonly kind = 'redis' as const;
  readonly domain: string;
  readonly #redis: Redis;
  /** The compactions' own connection (opened at the first one): their parts never queue ahead of appends. */
  #snapRedis: Redis | null = null;
  /** The compaction in progress (they run one at a time). */
  #compaction: Promise<void> = Promise.resolve();
  readonly #partChars: number;
  readonly #replica: SnapshotReplica | null;
  readonly #where: string;
  /** meta, lease, events, snapshot, idempotency, idempotency times, snapshot being written: the KEYS of every script. */
  readonly #keys: readonly string[];
  readonly #board = new StatusBoard('connecting');
  readonly #retentionMs: number;
  readonly #terms: RedisLease;
  readonly #writer: ScriptWriter;
  readonly #writes: GroupCommit;
  /** The epoch this process last saw: a different one on reconnect means Redis lost the domain. */
  #knownEpoch: string | null = null;
  #lastSeq = 0;
  #snapSeq = 0;
  #needsRebase = false;
  /** The leader's copy of the idempotency keys (exact while it holds the lease). */
  readonly #mirror = new IdempotencyIndex();
  /** Whether the mirror holds every stored key (after a load): only then may lookups skip Redis. */
  #mirrorComplete = false;
  #lastError: Error | null = null;

  constructor(options: RedisStoreOptions) {
    this.domain = options.domain ?? 'default';
    const p = `${options.keyPrefix ?? 'sb'}:{${this.domain}}:`;
    this.#keys = [`${p}meta`, `${p}lease`, `${p}events`, `${p}snapshot`, `${p}idem`, `${p}idem-at`, `${p}snapshot-next`, `${p}delivered`, `${p}delivered-last`];
    this.#partChars = Math.max(1024, options.snapshotPartChars ?? 256 * 1024);
    const replicas = options.replicas ?? null;
    // The bound covers the script and the WAIT after it.
    const writeTimeoutMs = replicas === null ? (options.writeTimeoutMs ?? 3000) : Math.max(options.writeTimeoutMs ?? 3000, replicas.timeoutMs + 1000);
    this.#retentionMs = options.idempotencyRetentionMs ?? DEFAULT_IDEMPOTENCY_RETENTION_MS;
    const maxDelay = options.maxReconnectDelayMs ?? 1000;
    this.#redis = openRedis(options.url, {
      // Fail fast instead of queueing while disconnected, and never re-send a
      // write whose outcome is unknown: the store decides (verify + rebase).
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      autoResendUnfulfilledCommands: false,
      connectTimeout: 2000,
      commandTimeout: 30_000,
      retryStrategy: (times) => Math.min(maxDelay, 50 * 2 ** Math.min(times, 6)) + Math.floor(Math.random() * 50),
      disableClientInfo: true,
      connectionName: `switchboard:${this.domain}`,
    });
    this.#where = redactStoreUrl(options.url);
    this.#writer = new ScriptWriter({ keys: this.#keys, writeTimeoutMs, replicas, where: this.#where });
    this.#terms = new RedisLease({
      board: this.#board,
      where: this.#where,
      domain: this.domain,
      run: (what, script, args) => this.#call(what, () => this.#eval(script, args())),
      dataLost: () => this.#dataLost(),
      resyncPending: () => this.#needsRebase,
    });
    this.#writes = new GroupCommit({
      maxBatch: Math.max(1, options.maxBatch ?? 1024),
      maxBatchBytes: options.maxBatchBytes ?? 4 << 20,
      canRun: (first) => this.status === 'ready' || (first.kind === 'snapshot' && this.status === 'resync-needed'),
      refusal: () => this.#notReadyError(),
      writeAppends: (batch) => this.#writeAppends(batch),
      writeSnapshot: (w) => this.#writeRebase(w),
    });
    this.#redis.on('ready', () => void this.#verify());
    this.#redis.on('close', () => this.#disconnected());
    this.#redis.on('error', (e: Error) => {
      this.#lastError = e;
    });
    this.#replica =
      options.snapshotReplica === undefined
        ? null
        : new SnapshotReplica({
            url: options.url,
            keys: this.#keys,
            config: options.snapshotReplica.config,
            partChars: this.#partChars,
            writeTimeoutMs,
          });
  }

  get status(): StoreStatus {
    return this.#board.status;
  }
  get ready(): boolean {
    return this.#board.status === 'ready';
  }
  get lease(): Lease | null {
    return this.#terms.current;
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

  // ---- lease ------------------------------------------------------------------------

  async acquire(holder: string, ttlMs = DEFAULT_LEASE_TTL_MS): Promise<Lease | null> {
    this.#open();
    const grant = await this.#terms.acquire(holder, ttlMs);
    if (grant === null) return null;
    const { lease, previous, head } = grant;
    const epoch = lease.epoch;
    this.#knownEpoch = epoch;
    // Nobody led in between only if the term this acquisition replaced was our last one.
    const nobodyBetween = previous === null || epoch !== previous.epoch || grant.replaced === previous.term;
    if (mayRebaseFromMemory(this.#needsRebase && nobodyBetween, previous, { epoch, token: lease.token, head }, this.#lastSeq)) {
      this.#board.set('resync-needed', { type: 'resync-needed', reason: epoch !== previous!.epoch ? 'data-lost' : 'unacknowledged-writes' });
    } else {
      this.#needsRebase = false;
      this.#lastSeq = head;
      this.#snapSeq = grant.snap;
      if (this.#redis.status === 'ready') this.#board.set('ready', { type: 'ready' });
    }
    return lease;
  }

  async renew(): Promise<boolean> {
    this.#open();
    return this.#terms.renew();
  }

  release(): Promise<void> {
    return this.#terms.release();
  }

  // ---- reads ------------------------------------------------------------------------

  async load(): Promise<StoredState | null> {
    this.#open();
    const [meta, lease, events, snapshot, idem, idemAt, , delivered, deliveredLast] = this.#keys as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    void lease;
    const res = await this.#call('load the routing state', () =>
      this.#redis
        .multi()
        .hmget(meta, 'epoch', 'head', 'snap')
        .getBuffer(snapshot)
        .xrange(events, '-', '+')
        .hgetall(idem)
        .zrange(idemAt, '0', '-1', 'WITHSCORES')
        .xrange(delivered, '-', '+')
        .hgetall(deliveredLast)
        .exec(),
    );
    if (res === null) throw new StoreError('disconnected', `loading from Redis at ${this.#where} was aborted`);
    for (const [err] of res) if (err) throw new StoreError('disconnected', `loading from Redis at ${this.#where} failed: ${err.message}`, { cause: err });
    const [m, snapBytes, entries, idemHash, idemTimes, deliveredEntries, deliveredLastHash] = res.map(([, v]) => v) as [
      (string | null)[],
      Buffer | null,
      [string, string[]][],
      Record<string, string>,
      string[],
      [string, string[]][],
      Record<string, string>,
    ];
    const epoch = m[0] ?? null;
    if (epoch === null) return null;
    this.#knownEpoch = epoch;
    const head = Number(m[1] ?? 0);
    const snapshotSeq = Number(m[2] ?? 0);
    try {
      // Compactions from the replica store it gzipped; a rebase (and a compaction without the replica) as JSON.
      const snapJson = snapBytes === null ? null : isGzip(snapBytes) ? gunzipSync(snapBytes).toString('utf8') : snapBytes.toString('utf8');
      const snapshotValue = snapJson === null ? null : (JSON.parse(snapJson) as CoreSnapshot);
      const parts: string[] = [];
      for (const [id, fields] of entries) {
        if (Number.parseInt(id, 10) > snapshotSeq && fields[0] === 'e' && fields[1] !== undefined) parts.push(fields[1]);
      }
      // One parse of the whole log: much faster than one per append.
      const batches = JSON.parse(`[${parts.join(',')}]`) as CoreEvent[][];
      this.#replica?.reset(head, snapJson, parts);
      const times = new Map<string, number>();
      for (let i = 0; i + 1 < idemTimes.length; i += 2) times.set(idemTimes[i]!, Number(idemTimes[i + 1]));
      const keys: IdempotencyKey[] = [];
      for (const [field, cid] of Object.entries(idemHash)) {
        const k = parseIdempotencyField(field, cid);
        if (k === null) continue;
        keys.push(k);
        this.#mirror.add(k, times.get(field) ?? Date.now());
      }
      this.#mirrorComplete = true;
      const streamParts: string[] = [];
      for (const [, fields] of deliveredEntries) if (fields[0] === 'd' && fields[1] !== undefined) streamParts.push(fields[1]);
      const last: Record<string, number> = {};
      for (const [principal, seq] of Object.entries(deliveredLastHash)) last[principal] = Number(seq);
      const streams = { last, entries: JSON.parse(`[${streamParts.join(',')}]`) as DeliveredEvent[] };
      return { epoch, head, snapshot: snapshotValue, snapshotSeq, events: batches.flat(), appends: batches.length, idempotencyKeys: keys, streams };
    } catch (e) {
      throw new StoreError('corrupt', `the routing state of domain ${this.domain} in Redis is not valid JSON: ${(e as Error).message}`, { cause: e });
    }
  }

  async contactFor(integration: string, externalId: string): Promise<ContactId | null> {
    this.#open();
    const local = this.#mirror.get(integration, externalId);
    if (local !== null || (this.#terms.current !== null && this.#mirrorComplete)) return local;
    const v = await this.#call('read an idempotency key', () => this.#redis.hget(this.#keys[4]!, idempotencyField(integration, externalId)));
    return v === null ? null : toContactId(v);
  }

  // ---- writes -----------------------------------------------------------------------

  append(events: readonly CoreEvent[], meta: AppendMeta = {}): Promise<number> {
    const keys = meta.idempotencyKeys ?? [];
    const given = meta.delivered ?? [];
    if (events.length === 0 && keys.length === 0 && given.length === 0) return this.flush().then(() => this.#lastSeq);
    try {
      this.#writable();
    } catch (e) {
      // The caller's memory now holds changes the store does not: a rebase is due.
      this.#needsRebase = true;
      return Promise.reject(e);
    }
    const at = Date.now();
    for (const k of keys) this.#mirror.add(k, at);
    const seq = ++this.#lastSeq;
    return new Promise<number>((resolve, reject) => {
      const delivered: string[] = [];
      for (const d of given) delivered.push(d.principal, String(d.seq), JSON.stringify(d));
      this.#writes.enqueue({
        kind: 'append',
        seq,
        json: JSON.stringify(events),
        keys,
        delivered,
        retention: meta.deliveredRetention,
        done: { resolve, reject },
      });
    });
  }

  flush(): Promise<void> {
    if (this.status === 'closed') return Promise.reject(new StoreError('closed', 'the store is closed'));
    if (this.#writes.idle) return Promise.resolve();
    return new Promise<void>((resolve, reject) => this.#writes.enqueue({ kind: 'barrier', done: { resolve, reject } }));
  }

  /**
   * Writes a snapshot in parts beside the appends, then installs it once the
   * appends it covers are acknowledged: one large call would hold Redis, and
   * every append (and every offer) behind it, for as long as it takes. The
   * snapshot comes from the worker's replica when there is one in step (the
   * caller's thread then does nothing); otherwise `take` is called now and
   * serialized at once, so it may return the router's live records.
   */
  compact(take: (o: { readonly copy: boolean }) => CoreSnapshot): Promise<void> {
    try {
      this.#writable();
    } catch (e) {
      return Promise.reject(e);
    }
    const lease = this.#terms.current!;
    let parts: () => Promise<{ seq: number; bytes: number }>;
    const replica = this.#replica;
    if (replica !== null && replica.usable) {
      parts = () => replica.write(lease.epoch, fenceOf(lease));
    } else {
      const seq = this.#lastSeq;
      const json = JSON.stringify(take({ copy: false }));
      parts = () => this.#writeParts(lease, seq, json);
    }
    const run = this.#compaction.then(() => this.#writeCompaction(lease, parts));
    this.#compaction = run.catch(() => undefined);
    return run;
  }

  rebase(snapshot: CoreSnapshot): Promise<void> {
    if (this.status === 'closed') return Promise.reject(new StoreError('closed', 'the store is closed'));
    if (this.#terms.current === null) return Promise.reject(new StoreError('no-lease', 'rebase needs the routing lease: acquire it first'));
    const json = JSON.stringify(snapshot);
    this.#replica?.reset(this.#lastSeq, json, []);
    return new Promise<void>((resolve, reject) => {
      this.#writes.enqueue({ kind: 'snapshot', seq: this.#lastSeq, json, done: { resolve, reject } });
    });
  }

  async close(): Promise<void> {
    if (this.status === 'closed') return;
    this.#board.set('closed');
    this.#writer.stop();
    this.#writes.failQueued(new StoreError('closed', 'the store was closed before this write was acknowledged'));
    await this.#replica?.close();
    await Promise.all(
      [this.#redis, this.#snapRedis].map(async (r) => {
        if (r === null) return;
        try {
          await r.quit();
        } catch {
          // disconnected below
        }
        // Also after QUIT: with Sentinels only disconnect() stops the connector's failover detector (its own connections to them).
        r.disconnect();
      }),
    );
  }

  // ---- what the write queue writes ------------------------------------------------

  async #writeAppends(batch: Write[]): Promise<void> {
    const appends = batch.filter((w): w is AppendWrite => w.kind === 'append');
    const l = this.#terms.current;
    if (l === null) {
      this.#failed(new StoreError('no-lease', 'writes need the routing lease: it was released'), batch);
      return;
    }
    const now = Date.now();
    const retention = appends.findLast((a) => a.retention !== undefined)?.retention;
    const args = [
      l.epoch,
      fenceOf(l),
      String(appends[0]!.seq - 1),
      String(now),
      String(appends.length),
      String(retention?.maxEvents ?? 0),
      String(retention === undefined ? 0 : Math.max(0, now - retention.maxAgeMs)),
    ];
    this.#replica?.appended(
      appends[0]!.seq,
      appends.map((a) => a.json),
    );
    for (const a of appends) {
      args.push(a.json, String(a.keys.length));
      for (const k of a.keys) args.push(idempotencyField(k.integration, k.externalId), k.contactId);
      args.push(String(a.delivered.length / 3), ...a.delivered);
    }
    try {
      await this.#write(APPEND, args, `${appends.length} append(s)`);
    } catch (e) {
      this.#failed(e, batch);
      return;
    }
    for (const w of batch) {
      if (w.kind === 'append') w.done.resolve(w.seq);
      else if (w.kind === 'barrier') w.done.resolve();
    }
  }

  async #writeRebase(w: SnapshotWrite): Promise<void> {
    const l = this.#terms.current;
    if (l === null) {
      this.#failed(new StoreError('no-lease', 'rebase needs the routing lease'), [w]);
      return;
    }
    const cutoff = Date.now() - this.#retentionMs;
    const args = [l.epoch, fenceOf(l), String(w.seq), w.json, 'rebase', String(cutoff)];
    for (const e of this.#mirror.entries()) if (e.at >= cutoff) args.push(e.field, e.contactId, String(e.at));
    try {
      await this.#write(SNAPSHOT, args, 'the rebase');
    } catch (e) {
      this.#failed(e, [w]);
      return;
    }
    this.#mirror.expire(cutoff);
    this.#snapSeq = w.seq;
    this.#needsRebase = false;
    if (this.#redis.status === 'ready') this.#board.set('ready', { type: 'ready' });
    w.done.resolve();
  }

  /**
   * A compaction: its parts, then (once the appends they cover are
   * acknowledged) one small call that installs them. A failure leaves the
   * stored state as it was (parts are not read before they are installed)
   * and changes no status: the appends' own connection reports Redis's state.
   */
  async #writeCompaction(l: FencedLease, parts: () => Promise<{ seq: number; bytes: number }>): Promise<void> {
    let seq = 0;
    try {
      const written = await parts();
      seq = written.seq;
      await this.flush();
      const now = this.#terms.current;
      if (now === null || now.token !== l.token || now.term !== l.term || now.epoch !== l.epoch)
        throw new StoreError('no-lease', 'the routing lease changed during the compaction');
      const cutoff = Date.now() - this.#retentionMs;
      await this.#write(SNAPSHOT, [l.epoch, fenceOf(l), String(seq), String(written.bytes), 'compact', String(cutoff)], 'the compaction');
      this.#mirror.expire(cutoff);
      this.#snapSeq = Math.max(this.#snapSeq, seq);
    } catch (e) {
      if (e instanceof StoreError) throw e;
      const err = e as Error;
      throw new StoreError('disconnected', `the compaction${seq > 0 ? ` at append ${seq}` : ''} was not stored (${err.message}); the events stay`, {
        cause: err,
      });
    }
  }

  /** The parts of a snapshot serialized on this thread, one call at a time on the compactions' own connection. */
  async #writeParts(l: FencedLease, seq: number, json: string): Promise<{ seq: number; bytes: number }> {
    const conn = this.#snapshotConnection();
    await this.#connectedTo(conn, 2000);
    let bytes = 0;
    let part = 0;
    for (const piece of snapshotParts(json, this.#partChars)) {
      bytes += Buffer.byteLength(piece);
      await this.#write(SNAPSHOT_PART, [l.epoch, fenceOf(l), String(seq), String(part++), piece], 'a part of the compaction', conn);
    }
    return { seq, bytes };
  }

  #snapshotConnection(): Redis {
    if (this.#snapRedis === null) {
      const r = this.#redis.duplicate({ connectionName: `switchboard:${this.domain}:compaction` });
      r.on('error', () => undefined); // its failures reject the compaction in progress; the main connection reports Redis's state
      this.#snapRedis = r;
    }
    return this.#snapRedis;
  }

  /** One fenced script call that writes (see `ScriptWriter.write`). */
  #write(s: LuaScript, args: string[], what: string, conn: Redis = this.#redis): Promise<unknown> {
    return this.#writer.write(conn, s, args, what);
  }

  #eval(s: LuaScript, args: string[]): Promise<unknown> {
    return this.#writer.eval(this.#redis, s, args);
  }

  /** Runs a non-queued command, turning connection failures into `UNAVAILABLE`. */
  async #call<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      await this.#connected(2000);
      return await fn();
    } catch (e) {
      if (e instanceof StoreError) throw e;
      const err = e as Error;
      const current = /^SBFENCED (\S+)/.exec(err.message);
      if (current !== null) throw fencedError(this.domain, this.#terms.current?.token ?? 0, Number(current[1]) || null);
      throw new StoreError('disconnected', `could not ${what}: Redis at ${this.#where} is unavailable (${err.message})`, { cause: err });
    }
  }

  /** A write failed: classify, reject it and everything queued after it, move the status. */
  #failed(e: unknown, batch: readonly Write[]): void {
    const raw = e instanceof Error ? e : new Error(String(e));
    let err: StoreError;
    const msg = raw.message;
    if (msg.startsWith('SBFENCED')) {
      const token = this.#terms.current?.token ?? 0;
      const current = Number(msg.split(' ')[1]) || null;
      this.#terms.saw(current ?? 0);
      this.#terms.lost(token, current);
      err = fencedError(this.domain, token, current);
    } else if (msg.startsWith('SBEPOCH')) {
      this.#dataLost();
      err = new StoreError('data-lost', `Redis at ${this.#where} lost the data of domain ${this.domain} (${msg}); the write was refused`, { cause: raw });
    } else if (msg.startsWith('SBGAP')) {
      this.#needsRebase = true;
      this.#board.set('resync-needed', { type: 'resync-needed', reason: 'unacknowledged-writes' });
      err = new StoreError(
        'resync-needed',
        `Redis holds appends up to ${msg.split(' ')[1]} of domain ${this.domain}, not the ones this write continues; rebase from memory`,
        { cause: raw },
      );
    } else if (raw instanceof StoreError && (raw.reason === 'no-lease' || raw.reason === 'closed')) {
      err = raw; // not a leader (any more): nothing of this process is to be written
    } else {
      this.#needsRebase = true;
      const connectionLost = this.#redis.status !== 'ready' || (raw instanceof StoreError && raw.reason === 'disconnected') || isConnectionError(raw);
      err =
        raw instanceof StoreError
          ? raw
          : connectionLost
            ? new StoreError(
                'disconnected',
                `Redis at ${this.#where} is unreachable (${this.#lastError?.message ?? 'connection lost'}); the change was not acknowledged`,
                { cause: raw },
              )
            : new StoreError('disconnected', `Redis at ${this.#where} refused the write (${msg}); the change was not acknowledged`, { cause: raw });
      if (connectionLost) this.#board.set('unavailable', { type: 'unavailable', error: err });
      else if (this.status === 'ready') this.#board.set('resync-needed', { type: 'resync-needed', reason: 'unacknowledged-writes' });
    }
    for (const w of batch) w.done.reject(err);
    this.#writes.failQueued(err);
  }

  // ---- connection state ------------------------------------------------------------

  #disconnected(): void {
    if (this.status === 'closed') return;
    const cause = this.#lastError?.message ?? 'connection closed';
    this.#board.set('unavailable', {
      type: 'unavailable',
      error: new StoreError('disconnected', `Redis at ${this.#where} is unreachable (${cause})`),
    });
  }

  /** On every (re)connection: load the scripts, then compare what Redis holds with what this process wrote. */
  async #verify(): Promise<void> {
    let meta: (string | null)[];
    try {
      const p = this.#redis.pipeline();
      for (const s of SCRIPTS) p.script('LOAD', s.source);
      p.hmget(this.#keys[0]!, 'epoch', 'fence', 'head', 'term');
      const res = await p.exec();
      if (res === null || res.some(([err]) => err)) return; // the next 'ready' tries again
      meta = res[res.length - 1]![1] as (string | null)[];
    } catch {
      return;
    }
    if (this.status === 'closed') return;
    this.#lastError = null;
    const [epoch, fence, head, term] = meta;
    this.#terms.saw(Number(fence ?? 0));
    const known = this.#terms.current?.epoch ?? this.#knownEpoch;
    if (known !== null && epoch !== known) {
      this.#dataLost();
      return;
    }
    const l = this.#terms.current;
    // The same token under another term: a Redis promoted in a failover lost our acquisition and issued it again.
    if (l !== null && (fence !== String(l.token) || (term != null && term !== l.term))) {
      this.#terms.lost(l.token, fence == null ? null : Number(fence));
    } else if (l !== null && (this.#needsRebase || Number(head ?? 0) !== this.#lastSeq)) {
      this.#needsRebase = true;
      this.#board.set('resync-needed', { type: 'resync-needed', reason: 'unacknowledged-writes' });
      return;
    }
    this.#board.set('ready', { type: 'ready' });
  }

  /** Waits (a little) for a connection being made: reads and lease calls right after start-up. */
  #connected(timeoutMs: number): Promise<void> {
    return this.#connectedTo(this.#redis, timeoutMs);
  }

  async #connectedTo(r: Redis, timeoutMs: number): Promise<void> {
    if (r.status === 'ready') return;
    if (r.status === 'end') throw new Error('connection closed');
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        r.off('ready', onReady);
        reject(new Error(`not connected after ${timeoutMs} ms${this.#lastError ? `: ${this.#lastError.message}` : ''}`));
      }, timeoutMs);
      const onReady = (): void => {
        clearTimeout(timer);
        resolve();
      };
      r.once('ready', onReady);
    });
  }

  /** Redis lost the domain: nobody holds the lease, and the leader re-writes its state from memory. */
  #dataLost(): void {
    this.#terms.drop();
    this.#needsRebase = true;
    this.#board.set('resync-needed', { type: 'resync-needed', reason: 'data-lost' });
  }

  #open(): void {
    if (this.status === 'closed') throw new StoreError('closed', 'the store is closed');
  }

  #notReadyError(): StoreError {
    if (this.status === 'closed') return new StoreError('closed', 'the store is closed');
    if (this.status === 'resync-needed' || this.#needsRebase) {
      return new StoreError('resync-needed', `Redis at ${this.#where} is back but misses changes of this process; writes resume after the rebase`);
    }
    const cause = this.#lastError?.message;
    return new StoreError('disconnected', `Redis at ${this.#where} is unreachable${cause ? ` (${cause})` : ''}; the change was not acknowledged`);
  }

  #writable(): void {
    if (this.status !== 'ready' || this.#needsRebase) throw this.#notReadyError();
    if (this.#terms.current === null) throw new StoreError('no-lease', 'writes need the routing lease: this process is not the routing leader');
  }
}

function isGzip(b: Buffer): boolean {
  return b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
}

/** Errors ioredis raises when the connection is gone (as opposed to an error reply from Redis). */
function isConnectionError(e: Error): boolean {
  return (
    e.name === 'MaxRetriesPerRequestError' || /Stream isn't writeable|Connection is closed|ECONNRESET|ECONNREFUSED|EPIPE|Command timed out/.test(e.message)
  );
}
