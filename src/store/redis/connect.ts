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
 */
import { Redis, type RedisOptions } from 'ioredis';
import { isSentinelUrl, parseSentinelUrl } from '../store-url.js';

/** ioredis's options, less `replyMapping` (its type does not bear `exactOptionalPropertyTypes`). */
export type ConnectionOptions = Omit<RedisOptions, 'replyMapping'>;

export function openRedis(url: string, options: ConnectionOptions): Redis {
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
