/**
 * How the processes of one routing domain talk: Redis pub/sub on three
 * kinds of channel (all under the domain's hash tag):
 *
 * - `sb:{domain}:leader`: followers -> the leader: the sockets they relay
 *   (open, each frame, close), forwarded HTTP requests, heartbeats;
 * - `sb:{domain}:node:<id>`: the leader -> one follower: frames to write,
 *   closes, HTTP responses;
 * - `sb:{domain}:beacon`: the leader -> everyone, every second: who leads,
 *   under which fencing token.
 *
 * Why pub/sub and not Streams: everything here is about live sockets. A
 * message is only useful while its socket lives, and pub/sub keeps order
 * per connection with one round trip and nothing to trim. What pub/sub
 * loses (a subscriber's connection drops) is handled by closing the
 * affected sockets, so clients reconnect and resume; state never travels
 * here (it is in the store, written by the leader before any frame leaves).
 *
 * Order matters (a socket's `open` before its first frame, frames in the
 * order written) and one Redis keeps it: one connection publishes, in call
 * order. A Redis Cluster does not with a plain `PUBLISH`: it has no key, so
 * ioredis sends each one to any master, and a message published on the
 * subscriber's own node overtakes one that goes round over the cluster bus
 * (issue 26: a login that overtook its socket's `open` was dropped by the
 * leader, and never answered). On a cluster the bus therefore uses sharded
 * pub/sub (`SPUBLISH`/`SSUBSCRIBE`, Redis 7): a channel belongs to the slot
 * of its hash tag, the domain's, so every message of a domain goes through
 * the one master that holds the domain's keys, over one connection.
 *
 * Without a cluster the bus subscribes again itself on every (re)connection,
 * to every channel it has a handler for. ioredis's own re-subscription remembers only the
 * channels Redis confirmed, and with `maxRetriesPerRequest: 0` a connection
 * that drops again before the confirmation (after a Sentinel failover the
 * connection reaches the promoted replica, then `+switch-master` resets it
 * once more) drops the re-sent SUBSCRIBE: the process was deaf to the bus
 * for good (a follower never heard the new leader's beacon, a leader never
 * heard its followers), or died of the unhandled rejection.
 */
import type { Redis } from 'ioredis';
import { openRedis } from '../store/redis/connect.js';
import { isClusterUrl } from '../store/store-url.js';
import type { Logger } from 'pino';
import type { ConnectionContext } from '../gateway/upgrade.js';

/** Followers -> leader. `n` is the follower's node id, `c` its connection number. */
export type ToLeader =
  /** `u`: the follower's client-facing URL, if it has one (clients can be moved there). */
  | { readonly t: 'hb'; readonly n: string; readonly u?: string }
  | { readonly t: 'open'; readonly n: string; readonly c: number; readonly ctx: ConnectionContext }
  /** A frame: `d` is the text, or base64 when `b` is 1. */
  | { readonly t: 'msg'; readonly n: string; readonly c: number; readonly d: string; readonly b: 0 | 1 }
  | { readonly t: 'close'; readonly n: string; readonly c: number; readonly code: number; readonly reason: string }
  | { readonly t: 'http'; readonly n: string; readonly id: number; readonly req: WireHttpRequest };

/**
 * Leader -> one follower. `k`: the fencing token of the leader's term that
 * wrote it: a follower that has moved on to a newer leader ignores what an
 * older one still says about its sockets (absent: from a process before
 * this field, taken as the current leader's).
 */
export type ToNode =
  | { readonly t: 'send'; readonly c: number; readonly d: string; readonly b: 0 | 1; readonly k?: number }
  | { readonly t: 'close'; readonly c: number; readonly code: number; readonly reason: string; readonly k?: number }
  | { readonly t: 'term'; readonly c: number; readonly k?: number }
  | { readonly t: 'http'; readonly id: number; readonly res: WireHttpResponse };

export interface Beacon {
  readonly t: 'beacon';
  readonly leader: string;
  readonly token: number;
  /** 1: the leader's term is over (it stepped down): followers carry their sockets on at once. */
  readonly gone?: 1;
}

export interface WireHttpRequest {
  readonly method: string;
  readonly path: string;
  readonly query: string;
  readonly headers: Readonly<Record<string, string>>;
  /** base64 */
  readonly body: string;
  readonly remoteAddress?: string | undefined;
}

export interface WireHttpResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly b: 0 | 1;
}

export interface RelayBusOptions {
  readonly url: string;
  readonly domain: string;
  /** Default `sb`, as the store's. */
  readonly keyPrefix?: string;
  readonly log: Logger;
}

/** Two Redis connections (one publishes, one subscribes) and the domain's channel names. */
export class RelayBus {
  readonly leaderChannel: string;
  readonly beaconChannel: string;
  readonly #nodePrefix: string;
  readonly #pub: Redis;
  readonly #sub: Redis;
  readonly #log: Logger;
  readonly #handlers = new Map<string, (msg: string) => void>();
  readonly #dropListeners: (() => void)[] = [];
  /** On a Redis Cluster: sharded pub/sub (see above). */
  readonly #sharded: boolean;
  #closed = false;

  constructor(o: RelayBusOptions) {
    const p = `${o.keyPrefix ?? 'sb'}:{${o.domain}}:`;
    this.leaderChannel = `${p}leader`;
    this.beaconChannel = `${p}beacon`;
    this.#nodePrefix = `${p}node:`;
    this.#log = o.log;
    const common = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: 2000,
      retryStrategy: (times: number) => Math.min(1000, 50 * 2 ** Math.min(times, 5)),
      disableClientInfo: true,
    };
    this.#sharded = isClusterUrl(o.url);
    this.#pub = openRedis(o.url, { ...common, connectionName: `switchboard:${o.domain}:pub` });
    if (this.#sharded) {
      // The subscriber may queue its SSUBSCRIBE commands until connected (ioredis's cluster client subscribes again after a reconnect).
      this.#sub = openRedis(o.url, { ...common, enableOfflineQueue: true, connectionName: `switchboard:${o.domain}:sub` }, { shardedSubscribers: true });
    } else {
      // Subscriptions are made on every 'ready' (see above), not queued while disconnected nor left to ioredis.
      this.#sub = openRedis(o.url, { ...common, autoResubscribe: false, connectionName: `switchboard:${o.domain}:sub` });
      this.#sub.on('ready', () => this.#resubscribe());
    }
    for (const r of [this.#pub, this.#sub]) r.on('error', () => undefined);
    this.#sub.on(this.#sharded ? 'smessage' : 'message', (channel: string, msg: string) => this.#handlers.get(channel)?.(msg));
    // Messages published while the subscriber was away are lost: whoever depends on them must know.
    const dropped = (): void => {
      if (this.#closed) return;
      for (const l of this.#dropListeners) l();
    };
    this.#sub.on('close', dropped);
    // A cluster's sharded subscriber (one connection to the channels' master) ends without closing the client: ioredis says `-node`, then subscribes anew.
    if (this.#sharded) this.#sub.on('-node', dropped);
  }

  nodeChannel(nodeId: string): string {
    return `${this.#nodePrefix}${nodeId}`;
  }

  /** Calls `fn` whenever the subscription connection drops (messages may have been lost). */
  onDrop(fn: () => void): void {
    this.#dropListeners.push(fn);
  }

  /**
   * Listens on `channel` from now on: at once when connected, else from the
   * next connection (and again after every reconnection). Resolves once
   * Redis confirmed it, or once it is left to the next connection.
   */
  async subscribe(channel: string, fn: (msg: string) => void): Promise<void> {
    this.#handlers.set(channel, fn);
    if (this.#sharded) {
      await this.#sub.ssubscribe(channel);
      return;
    }
    if (this.#sub.status !== 'ready') return;
    await this.#sub.subscribe(channel).catch((err: unknown) => this.#log.debug({ err, channel }, 'subscribe failed: made again on the next connection'));
  }

  async unsubscribe(channel: string): Promise<void> {
    this.#handlers.delete(channel);
    if (this.#sub.status !== 'ready') return;
    await (this.#sharded ? this.#sub.sunsubscribe(channel) : this.#sub.unsubscribe(channel)).catch(() => undefined);
  }

  /** Every channel with a handler, once more on a new connection (a failure means it dropped: the next 'ready' retries). */
  #resubscribe(): void {
    const channels = [...this.#handlers.keys()];
    if (this.#closed || channels.length === 0) return;
    this.#sub.subscribe(...channels).catch((err: unknown) => this.#log.debug({ err, channels }, 're-subscribe failed: made again on the next connection'));
  }

  /** Fire and forget, in call order; a failure (Redis away) is logged, the caller's timeouts handle the rest. */
  publish(channel: string, msg: ToLeader | ToNode | Beacon): void {
    if (this.#pub.status !== 'ready') return;
    const data = JSON.stringify(msg);
    (this.#sharded ? this.#pub.spublish(channel, data) : this.#pub.publish(channel, data)).catch((err: unknown) =>
      this.#log.debug({ err, channel }, 'publish failed'),
    );
  }

  async close(): Promise<void> {
    this.#closed = true;
    this.#pub.disconnect();
    this.#sub.disconnect();
  }
}

export function frameToWire(data: string | Uint8Array): { d: string; b: 0 | 1 } {
  return typeof data === 'string' ? { d: data, b: 0 } : { d: Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64'), b: 1 };
}

export function frameFromWire(d: string, b: 0 | 1): string | Uint8Array {
  return b === 1 ? Buffer.from(d, 'base64') : d;
}
