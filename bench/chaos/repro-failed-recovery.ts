/**
 * Reproduction (found by `bench:chaos`): a process whose recovery fails
 * after it took the routing lease stays deaf for good: it neither leads nor
 * follows the process that leads next, and refuses every socket (503).
 *
 * `ClusterNode.#lead` pauses the follower relay (`relay.pause()`, which
 * makes it ignore the leader's beacons) before `LeaderTerm.begin`; when
 * `begin` throws (the load times out under load, Redis drops the
 * connection, the router throws while resuming), nothing resumes the relay,
 * and `LeaseKeeper` swallows the error without a log line, then releases
 * the lease. In the chaos run (2-core machine at load 9, lease 2 s) this
 * happened after "could not load the routing state: … Command aborted due to
 * connection close"; the process answered /readyz `no_leader` from then on.
 * (The re-lead in `#endTerm` has a worse variant: there the lease stays held
 * and renewed by a process that has no term, so nobody leads.)
 *
 * Here: A leads; B's store fails every `load()`; C is a healthy third
 * process. A stops (hands the lease over); B or C takes it; B can never
 * recover, so C leads in the end — and B never follows it.
 * Run, after `npm run build`: node dist/bench/chaos/repro-failed-recovery.js
 * Prints "reproduced" (exit 1) or "not reproduced" (exit 0).
 *
 * Fixed with it: `#lead` resumes the relay (and logs) when `begin` throws,
 * and the re-lead in `#endTerm` hands the lease on when it fails; this
 * prints "not reproduced" since.
 */
import pino from 'pino';
import { ClusterNode } from '../../src/cluster/cluster-node.js';
import { parseConfig } from '../../src/config/schema.js';
import type { Router } from '../../src/core/router.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { Metrics } from '../../src/metrics/metrics.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import type { RoutingStore } from '../../src/store/routing-store.js';
import { RedisServer } from '../../test/harness/redis-server.js';
import { clusterConfig } from '../../test/harness/cluster-workload.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A Redis store whose `load()` always fails, as a load that times out would. */
function failingLoads(store: RedisRoutingStore): RoutingStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'load') return () => Promise.reject(new Error('load failed (simulated: a timeout under load)'));
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v === target ? receiver : v;
    },
  }) as RoutingStore;
}

async function main(): Promise<number> {
  const redis = await RedisServer.start({ appendonly: false });
  const config = parseConfig(clusterConfig(2));
  const clock = { now: () => Date.now() };
  const auth = new TokenAuthority('repro-secret-0123456789abcdef0123');
  const log = pino({ level: 'silent' });
  const instrument = (r: Router) => {
    const m = new Metrics(r, r.config, { clock });
    return { observer: m, metrics: m };
  };
  const stores: RedisRoutingStore[] = [];
  const node = (failing: boolean): ClusterNode => {
    const store = new RedisRoutingStore({ url: redis.url() });
    stores.push(store);
    return new ClusterNode({
      store: failing ? failingLoads(store) : store,
      config,
      clock,
      auth,
      log,
      instrument,
      leaseTtlMs: 1000,
      relay: { url: redis.url(), domain: 'default' },
    });
  };
  const a = node(false);
  const b = node(true);
  const c = node(false);
  try {
    await a.start();
    await b.start();
    await c.start();
    await sleep(1500);
    const before = `A ${a.role}, B ${b.role}, C ${c.role}`;
    await a.stop();
    await sleep(5000);
    const after = `A ${a.role}, B ${b.role}, C ${c.role}`;
    const bad = c.role === 'leader' && b.role !== 'follower';
    process.stdout.write(`before: ${before}\nafter A stopped: ${after}\n${bad ? 'reproduced: B does not follow C, which leads' : 'not reproduced'}\n`);
    return bad ? 1 : 0;
  } finally {
    await Promise.all([b.stop(), c.stop()]);
    await Promise.all(stores.map((s) => s.close()));
    await redis.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
