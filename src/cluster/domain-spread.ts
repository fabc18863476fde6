/**
 * How routing domains spread over processes: every process counts the
 * processes alive (a sorted set in Redis, one entry per process renewed
 * every quarter lease period, at most every second, dropped a lease period
 * after its last renewal) and leads at most its fair share,
 * ceil(domains / processes alive):
 *
 * - it campaigns for a domain's lease only while it leads fewer than that
 *   (so a free domain goes to a process with room, and the processes that
 *   lead nothing take over first when a leader dies);
 * - leading more than that for a lease period (a process joined), it
 *   hands over the domain it took last (`ClusterNode.handOver`): that
 *   domain fails over once, gracefully, to a process with room; a domain
 *   it led longer stays (`ShareKeeper`).
 *
 * Steadied against a loaded machine (issue 26: with as many processes as
 * domains, one unkilled domain changed leader 12 times): a process counts
 * as gone only once it was missing on two counts in a row (`SteadyCount`):
 * a starved process that missed one renewal does not raise the others'
 * share, so no process takes a second domain only to hand it back.
 *
 * Chosen over a hash of the domain onto the processes: a hash moves domains
 * whenever a process joins or leaves, and needs every process to agree on
 * the list at once; the fair share needs only a count, and a process that
 * goes away moves only its own domains. While the count cannot be read
 * (Redis unreachable) the last one stands.
 *
 * @example
 * const spread = new DomainSpread({ url, processId, domains: 4, ttlMs: 5000, log });
 * await spread.start();
 * new ClusterNode({ ..., mayCampaign: () => spread.mayLead(leadingNow()) });
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { openRedis } from '../store/redis/connect.js';

export interface DomainSpreadOptions {
  /** The store's Redis URL. */
  readonly url: string;
  /** This process (unique among the processes). */
  readonly processId: string;
  /** How many routing domains there are. */
  readonly domains: number;
  /** An entry not renewed for this long is a process gone; the routing lease's ttl. */
  readonly ttlMs: number;
  readonly log: Logger;
  /** Default `sb`, as the store's. */
  readonly keyPrefix?: string;
  /**
   * How often the entry is renewed and the processes counted; default a
   * quarter of `ttlMs`, at most 1000 ms: a process must then be starved
   * for three quarters of the ttl to miss its entry's expiry, and a count
   * one short is confirmed (see `SteadyCount`) a quarter of the ttl later.
   */
  readonly everyMs?: number;
  /** The clock (ms since the epoch); default `Date.now`. */
  readonly now?: () => number;
}

/**
 * The count of processes alive that the fair share is computed from: a rise
 * counts at once (a process joined: it gets its share), a fall only once it
 * lasted `graceMs` (seen on two counts in a row, with the count's period): a
 * process that missed one renewal is not taken for gone.
 */
export class SteadyCount {
  #value = 1;
  /** Since when the counts have been lower than `#value`, if they are. */
  #lowSince: number | null = null;

  constructor(readonly graceMs: number) {}

  get value(): number {
    return this.#value;
  }

  /** A new count `n` at `now` (ms); returns the steadied count. */
  observe(n: number, now: number): number {
    if (n >= this.#value) {
      this.#value = n;
      this.#lowSince = null;
    } else if (this.#lowSince === null) this.#lowSince = now;
    else if (now - this.#lowSince >= this.graceMs) {
      this.#value = n;
      this.#lowSince = null;
    }
    return this.#value;
  }
}

/**
 * When a process leading more than its share hands a domain over, and which:
 * once it has led more than its share for `graceMs` (a lease period), the
 * domain it took last (a domain it led for long stays where it is).
 */
export class ShareKeeper {
  /** Each domain led now: since when (as first seen here). */
  readonly #since = new Map<string, number>();
  #overSince: number | null = null;

  constructor(readonly graceMs: number) {}

  /** The domains led now (in configuration order), the fair share and the time (ms): the domain to hand over now, or null. */
  check(leading: readonly string[], share: number, now: number): string | null {
    for (const d of [...this.#since.keys()]) if (!leading.includes(d)) this.#since.delete(d);
    for (const d of leading) if (!this.#since.has(d)) this.#since.set(d, now);
    if (leading.length <= share) {
      this.#overSince = null;
      return null;
    }
    this.#overSince ??= now;
    if (now - this.#overSince < this.graceMs) return null;
    this.#overSince = null;
    let pick = leading[leading.length - 1]!;
    let at = -Infinity;
    for (const d of leading) {
      const since = this.#since.get(d) ?? now;
      if (since >= at) {
        at = since;
        pick = d;
      }
    }
    return pick;
  }
}

/** The most domains one of `processes` processes leads: ceil(domains / processes). */
export function fairShare(domains: number, processes: number): number {
  return Math.ceil(domains / Math.max(1, processes));
}

export class DomainSpread {
  readonly #o: DomainSpreadOptions;
  readonly #key: string;
  readonly #redis: Redis;
  readonly #alive: SteadyCount;
  /** How often the entry is renewed and the processes counted (see `everyMs`). */
  readonly #every: number;
  #timer: NodeJS.Timeout | null = null;

  constructor(o: DomainSpreadOptions) {
    this.#o = o;
    this.#every = o.everyMs ?? Math.min(1000, Math.max(100, Math.floor(o.ttlMs / 4)));
    this.#alive = new SteadyCount(this.#every);
    // A hash tag of its own: on a Redis Cluster the set lives on one master, apart from the domains'.
    this.#key = `${o.keyPrefix ?? 'sb'}:{processes}:alive`;
    this.#redis = openRedis(o.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      retryStrategy: (times) => Math.min(1000, 50 * 2 ** Math.min(times, 5)),
      disableClientInfo: true,
      connectionName: 'switchboard:processes',
    });
    this.#redis.on('error', () => undefined);
  }

  /** Processes alive, this one included, as last counted. */
  get alive(): number {
    return this.#alive.value;
  }

  get fairShare(): number {
    return fairShare(this.#o.domains, this.#alive.value);
  }

  /** Whether a process that leads `leading` domains may campaign for another. */
  mayLead(leading: number): boolean {
    return leading < this.fairShare;
  }

  /** Registers this process and counts the others before any campaign; then every `everyMs`. */
  async start(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.#beat()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    this.#timer = setInterval(() => void this.#beat(), this.#every);
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    if (this.#timer !== null) clearInterval(this.#timer);
    this.#timer = null;
    // Gone at once for the others (rather than a lease period later).
    await this.#redis.zrem(this.#key, this.#o.processId).catch(() => undefined);
    this.#redis.disconnect();
  }

  async #beat(): Promise<boolean> {
    const now = (this.#o.now ?? Date.now)();
    try {
      const res = await this.#redis
        .multi()
        .zadd(this.#key, now + this.#o.ttlMs, this.#o.processId)
        .zremrangebyscore(this.#key, '-inf', now)
        .zcard(this.#key)
        .exec();
      const n = Number(res?.[2]?.[1]);
      if (!Number.isInteger(n) || n < 1) return false;
      const was = this.#alive.value;
      const alive = this.#alive.observe(n, now);
      if (alive !== was) this.#o.log.info({ processes: alive, fairShare: fairShare(this.#o.domains, alive) }, 'routing domains: processes alive changed');
      return true;
    } catch {
      return false;
    }
  }
}
