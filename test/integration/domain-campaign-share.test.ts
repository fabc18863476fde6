/**
 * A process leading several routing domains never takes more than its
 * share by campaigning for two at once (src/store/lease-keeper.ts
 * `campaigning`, cluster-node.ts `holdsLease`): each domain's keeper asks
 * `mayCampaign` before its campaign, and a campaign still on its way to
 * Redis counts as a domain led. Two `ClusterNode`s of one process (domains
 * d1 and d2) on a real Redis, their stores answering the campaign slowly
 * (a loaded machine), a share of one: the process leads one domain, not
 * both (the full-size bench:chaos run saw one process gather 3 of 4).
 */
import pino from 'pino';
import t from 'tap';
import { ClusterNode } from '../../src/cluster/cluster-node.js';
import { parseConfig } from '../../src/config/schema.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { noopObserver } from '../../src/gateway/observer.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import type { RoutingStore } from '../../src/store/routing-store.js';
import { clusterConfig } from '../harness/cluster-workload.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { until } from '../fixtures/until.js';

t.setTimeout(120_000);

/** The store, its campaigns answered `ms` late (as on a starved machine). */
function slowAcquire(store: RedisRoutingStore, ms: number): RoutingStore {
  return new Proxy(store, {
    get(target, prop) {
      if (prop === 'acquire') {
        return async (...args: Parameters<RoutingStore['acquire']>) => {
          await new Promise((r) => setTimeout(r, ms));
          return target.acquire(...args);
        };
      }
      const v = Reflect.get(target, prop);
      return typeof v === 'function' ? v.bind(target) : v;
    },
  });
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('domain campaigns - two domains of one process with a share of one: one led, not both', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    t.teardown(() => redis.cleanup());
    const config = parseConfig(clusterConfig(2));
    const nodes: ClusterNode[] = [];
    const leadingNow = () => nodes.filter((n) => n.holdsLease).length;
    for (const domain of ['d1', 'd2']) {
      const store = new RedisRoutingStore({ url: redis.url(), domain });
      t.teardown(() => store.close());
      const node = new ClusterNode({
        store: slowAcquire(store, 300),
        config,
        clock: { now: () => Date.now() },
        auth: new TokenAuthority('domain-campaign-secret-0123456789abcdef'),
        log: pino({ level: 'silent' }),
        instrument: () => ({ observer: noopObserver }),
        leaseTtlMs: 2000,
        mayCampaign: () => leadingNow() < 1,
      });
      nodes.push(node);
    }
    t.teardown(() => Promise.all(nodes.map((n) => n.stop())));
    await Promise.all(nodes.map((n) => n.start()));
    await until('a domain led', () => nodes.some((n) => n.role === 'leader'), 30_000);
    // A few campaign periods more: the other domain stays free.
    const deadline = Date.now() + 2000;
    let most = 0;
    while (Date.now() < deadline) {
      most = Math.max(most, nodes.filter((n) => n.role === 'leader' || n.holdsLease).length);
      await new Promise((r) => setTimeout(r, 20));
    }
    t.equal(most, 1, 'the process took one domain only: its share');
  });
}
