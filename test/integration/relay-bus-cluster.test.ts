/**
 * The relay bus (src/cluster/relay-bus.ts) on a real Redis Cluster of three
 * masters: what one process publishes on a channel reaches a subscriber in
 * the order it was published. The relay depends on it: a socket's `open`
 * must reach the leader before its first frame (the login), and frames must
 * keep their order both ways.
 *
 * Issue 26's hang: a plain PUBLISH has no key, so ioredis's Cluster client
 * sent each one to a random master, and a message published on the
 * subscriber's own node overtook one published on another node (which goes
 * round over the cluster bus). A login that overtook its socket's `open` was
 * dropped by the leader (no such socket yet) and never answered.
 */
import t from 'tap';
import pino from 'pino';
import { RelayBus } from '../../src/cluster/relay-bus.js';
import { RedisCluster } from '../harness/redis-cluster.js';
import { redisServerAvailable } from '../harness/redis-server.js';

t.setTimeout(300_000);
const log = pino({ level: 'silent' });

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('relay bus - on a Redis Cluster, messages to one channel arrive in the order they were published', async (t) => {
    const redis = await RedisCluster.start({ masters: 3 });
    t.teardown(() => redis.cleanup());
    const url = redis.url();
    const from = new RelayBus({ url, domain: 'east', log });
    const to = new RelayBus({ url, domain: 'east', log });
    t.teardown(async () => {
      await from.close();
      await to.close();
    });
    const got: number[] = [];
    const channel = to.nodeChannel('follower-1');
    let resolveAll!: () => void;
    const all = new Promise<void>((resolve) => (resolveAll = resolve));
    const N = 3000;
    await to.subscribe(channel, (m) => {
      got.push((JSON.parse(m) as { c: number }).c);
      if (got.length === N) resolveAll();
    });
    // Both ends connected and subscribed: a probe gets through.
    let probed = false;
    await to.subscribe(to.beaconChannel, () => (probed = true));
    for (const deadline = Date.now() + 30_000; !probed;) {
      if (Date.now() > deadline) throw new Error('the relay bus did not connect');
      from.publish(from.beaconChannel, { t: 'beacon', leader: 'probe', token: 0 });
      await new Promise((r) => setTimeout(r, 50));
    }
    // Every master takes part: the channel's own and the others (the bug sent each message to any of them).
    for (let c = 0; c < N; c++) from.publish(channel, { t: 'close', c, code: 1000, reason: '' });
    await Promise.race([all, new Promise((_, reject) => setTimeout(() => reject(new Error(`only ${got.length} of ${N} messages arrived`)), 60_000).unref())]);
    const outOfOrder = got.filter((c, i) => i > 0 && c < got[i - 1]!).length;
    t.equal(outOfOrder, 0, `all ${N} messages in order (${outOfOrder} overtook an earlier one)`);
    t.same(got.slice(0, 5), [0, 1, 2, 3, 4]);
  });
}
