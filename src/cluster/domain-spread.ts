/**
 * How routing domains spread over processes: every process counts the
 * processes alive (a sorted set in Redis, one entry per process renewed
 * every second, dropped a lease period after its last renewal) and leads
 * at most its fair share, ceil(domains / processes alive):
 *
 * - it campaigns for a domain's lease only while it leads fewer than that
 *   (so a free domain goes to a process with room, and the processes that
 *   lead nothing take over first when a leader dies);
 * - leading more than that for two checks in a row (a process joined), it
 *   hands one domain over (`ClusterNode.handOver`): that domain fails over
 *   once, gracefully, to a process with room.
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
  /** How often the entry is renewed and the processes counted; default 1000 ms. */
  readonly everyMs?: number;
}

/** The most domains one of `processes` processes leads: ceil(domains / processes). */
export function fairShare(domains: number, processes: number): number {
  return Math.ceil(domains / Math.max(1, processes));
}

export class DomainSpread {
  readonly #o: DomainSpreadOptions;
  readonly #key: string;
  readonly #redis: Redis;
  #alive = 1;
  #timer: NodeJS.Timeout | null = null;

  constructor(o: DomainSpreadOptions) {
    this.#o = o;
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
    return this.#alive;
  }

  get fairShare(): number {
    return fairShare(this.#o.domains, this.#alive);
  }

  /** Whether a process that leads `leading` domains may campaign for another. */
  mayLead(leading: number): boolean {
    return leading < this.fairShare;
  }

  /** Registers this process and counts the others before any campaign; then every `everyMs`. */
  async start(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await this.#beat()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    this.#timer = setInterval(() => void this.#beat(), this.#o.everyMs ?? 1000);
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
    const now = Date.now();
    try {
      const res = await this.#redis
        .multi()
        .zadd(this.#key, now + this.#o.ttlMs, this.#o.processId)
        .zremrangebyscore(this.#key, '-inf', now)
        .zcard(this.#key)
        .exec();
      const n = Number(res?.[2]?.[1]);
      if (!Number.isInteger(n) || n < 1) return false;
      if (n !== this.#alive) this.#o.log.info({ processes: n, fairShare: fairShare(this.#o.domains, n) }, 'routing domains: processes alive changed');
      this.#alive = n;
      return true;
    } catch {
      return false;
    }
  }
}
