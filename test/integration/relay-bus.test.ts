/**
 * The relay bus keeps its subscriptions across reconnections, also when a
 * connection drops again before Redis confirmed the re-subscription (as
 * after a Sentinel failover: the connection reaches the promoted replica,
 * then `+switch-master` resets it once more). ioredis's own re-subscription
 * remembers only confirmed channels and drops a re-sent SUBSCRIBE with the
 * queue (`maxRetriesPerRequest: 0`): a follower then never heard the new
 * leader's beacon (503 "no routing leader" for good), a leader never heard
 * its followers (504 for every relayed request).
 */
import t from 'tap';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { RelayBus } from '../../src/cluster/relay-bus.js';
import { startTcpProxy } from '../fixtures/tcp-proxy.js';
import { RedisServer, redisServerAvailable } from '../fixtures/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Publishes `msg` on `channel` every 50 ms until `heard` holds it, or `timeoutMs` passed. */
async function heardWithin(pub: Redis, channel: string, msg: string, heard: readonly string[], timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    await pub.publish(channel, msg);
    if (heard.includes(msg)) return true;
    await sleep(50);
  }
  return heard.includes(msg);
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('relay bus - a re-subscription cut before Redis confirmed it is made again on the next connection', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    t.teardown(() => redis.cleanup());
    const proxy = await startTcpProxy(redis.port);
    t.teardown(() => proxy.close());
    const bus = new RelayBus({ url: `redis://127.0.0.1:${proxy.port}/0`, domain: 'default', log: pino({ level: 'silent' }) });
    t.teardown(() => bus.close());
    const pub = new Redis({ port: redis.port, host: '127.0.0.1', lazyConnect: true });
    t.teardown(() => pub.disconnect());
    await pub.connect();

    const heard: string[] = [];
    await bus.subscribe(bus.beaconChannel, (m) => heard.push(m));
    t.ok(await heardWithin(pub, bus.beaconChannel, 'before', heard, 30_000), 'the bus hears its channel');

    // The connection drops; the SUBSCRIBE of the next one is cut before Redis sees it; the one after is left alone.
    proxy.cutOn((d) => /subscribe/i.test(d.toString('latin1')));
    proxy.dropAll();
    t.ok(await heardWithin(pub, bus.beaconChannel, 'after', heard, 30_000), 'the bus hears its channel again after the reconnections');
  });
}
