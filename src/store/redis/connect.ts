/**
 * Opens an ioredis connection to the Redis a store URL names: one Redis
 * (`redis://`, `rediss://`) or the master of a Sentinel group
 * (`redis-sentinel://`, see `store-url.ts`), with the caller's options.
 *
 * With Sentinels, ioredis asks them for the master's address on every
 * (re)connection, checks the role of what it reached (a Redis that is a
 * replica by now is refused and the next Sentinel asked), and with
 * `failoverDetector` listens to the Sentinels' `+switch-master` to drop the
 * old master's connection at once instead of waiting for it to time out.
 * A write that reaches a demoted master gets `READONLY`: the connection is
 * reset then, so the next one finds the new master (the write itself fails,
 * and the store settles its outcome as after any lost connection).
 *
 * With a Redis Cluster (`redis-cluster://`), ioredis's Cluster client: it
 * learns the slots from the nodes given, sends each command to the master of
 * its key's slot and follows MOVED/ASK and a failover. Every caller here
 * keys its commands under one domain's hash tag (scripts, pipelines, and the
 * relay's channels, published with `SPUBLISH`), so a cluster answers them as
 * one Redis would. A command without a key goes to any master, each time
 * another: a plain `PUBLISH` (see `relay-bus.ts`) or `WAIT`, so replicas are
 * refused with a cluster (server.ts).
 */
import { Cluster, Redis, type RedisOptions } from 'ioredis';
import { isClusterUrl, isSentinelUrl, parseClusterUrl, parseSentinelUrl } from '../store-url.js';

/** ioredis's options, less `replyMapping` (its type does not bear `exactOptionalPropertyTypes`). */
export type ConnectionOptions = Omit<RedisOptions, 'replyMapping'>;

/**
 * A connection to the Redis `url` names. A Redis Cluster's client is
 * returned under the `Redis` type: it takes the same commands (routed by key)
 * and events; `duplicate(options)` opens another cluster client (the
 * Cluster's own takes start-up nodes first).
 */
export function openRedis(url: string, options: ConnectionOptions, cluster: ClusterExtras = {}): Redis {
  if (isClusterUrl(url)) return openCluster(url, options, cluster);
  if (!isSentinelUrl(url)) return new Redis(url, options);
  const s = parseSentinelUrl(url);
  const connectTimeout = options.connectTimeout ?? 2000;
  return new Redis({
    sentinels: s.sentinels.map((a) => ({ host: a.host, port: a.port })),
    name: s.name,
    db: s.db,
    role: 'master',
    failoverDetector: true,
    sentinelCommandTimeout: connectTimeout,
    // Every Sentinel unreachable: try them all again soon (and keep trying).
    sentinelRetryStrategy: (times) => Math.min(1000, 50 * times),
    reconnectOnError: (err) => err.message.startsWith('READONLY'),
    ...(s.username === undefined ? {} : { username: s.username }),
    ...(s.password === undefined ? {} : { password: s.password }),
    ...(s.sentinelUsername === undefined ? {} : { sentinelUsername: s.sentinelUsername }),
    ...(s.sentinelPassword === undefined ? {} : { sentinelPassword: s.sentinelPassword }),
    ...options,
  });
}

/** What only a Redis Cluster's client takes (ignored otherwise). */
export interface ClusterExtras {
  /**
   * Subscribe with `SSUBSCRIBE` (sharded pub/sub), to the master of each
   * channel's slot, and hear `smessage`: see `relay-bus.ts`.
   */
  readonly shardedSubscribers?: boolean;
}

function openCluster(url: string, options: ConnectionOptions, extras: ClusterExtras): Redis {
  const c = parseClusterUrl(url);
  const { retryStrategy, enableOfflineQueue, ...redisOptions } = options;
  const cluster = new Cluster(
    c.nodes.map((n) => ({ host: n.host, port: n.port })),
    {
      ...(enableOfflineQueue === undefined ? {} : { enableOfflineQueue }),
      ...(retryStrategy == null ? {} : { clusterRetryStrategy: (times: number) => retryStrategy(times) }),
      // A master failed over: ask again soon (its replica is promoted within a few seconds).
      retryDelayOnFailover: 100,
      retryDelayOnClusterDown: 200,
      slotsRefreshTimeout: options.connectTimeout ?? 2000,
      ...(extras.shardedSubscribers === true ? { shardedSubscribers: true } : {}),
      redisOptions: {
        ...redisOptions,
        ...(c.username === undefined ? {} : { username: c.username }),
        ...(c.password === undefined ? {} : { password: c.password }),
      },
    },
  );
  const duplicate = (override?: Partial<ConnectionOptions>): Redis => openCluster(url, { ...options, ...override }, extras);
  return Object.assign(cluster, { duplicate }) as unknown as Redis;
}
