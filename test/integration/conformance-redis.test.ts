/**
 * The gateway conformance suite on the Redis store: every reply, offer and
 * event goes out only after Redis acknowledged the change behind it, and
 * nothing else about the protocol changes. One redis-server (AOF on) for the
 * file, a fresh domain per server.
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { conformance } from '../fixtures/conformance.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const redis = await RedisServer.start({ appendonly: true });
  t.teardown(() => redis.cleanup());
  conformance(t, 'uws', 'json', () => new RedisRoutingStore({ url: redis.url(), domain: `conf-${randomUUID()}` }));
  conformance(t, 'ws', 'proto', () => new RedisRoutingStore({ url: redis.url(), domain: `conf-${randomUUID()}` }));
}
