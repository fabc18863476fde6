/**
 * Three cluster bugs `bench:chaos` found (fixed in fa1e4d4), kept as
 * regression tests on a real Redis. Each waits on conditions with a
 * generous bound; the few fixed windows only ever watch for something
 * that must not happen, so a slow machine can delay them but not fail them.
 *
 * - A process whose recovery failed after it took the routing lease stayed
 *   deaf for good: its relay paused, it neither led nor followed the next
 *   leader (503 to every socket).
 * - A new leader lost its lease right after a recovery longer than about
 *   two thirds of the lease: nothing renewed it while `onAcquired` ran.
 * - One process ran two leader terms at once (same fencing token) when the
 *   keeper took the lease back while the old term was still draining.
 */
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import t from 'tap';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config/schema.js';
import { noopObserver } from '../../src/gateway/observer.js';
import { createServer } from '../../src/server.js';
import { LeaseKeeper } from '../../src/store/lease-keeper.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import type { RoutingStore } from '../../src/store/routing-store.js';
import { Nodes, until } from '../fixtures/cluster-nodes.js';
import { clusterConfig } from '../harness/cluster-workload.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';

t.setTimeout(600_000);

/** A logger whose lines (parsed) land in `lines`. */
function capture(): { lines: { msg: string; [k: string]: unknown }[]; log: pino.Logger } {
  const lines: { msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString().split('\n')) if (l !== '') lines.push(JSON.parse(l) as { msg: string });
      done();
    },
  });
  return { lines, log: pino({ level: 'info' }, sink) };
}

/** A Redis store whose `load()` always fails, as a load that times out under load would. */
function failingLoads(store: RedisRoutingStore): RoutingStore {
  return new Proxy(store, {
    get(target, key, receiver) {
      if (key === 'load') return () => Promise.reject(new Error('load failed (simulated: a timeout under load)'));
      const v: unknown = Reflect.get(target, key, target);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v === target ? receiver : v;
    },
  }) as RoutingStore;
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('a process whose recovery failed follows the next leader (was: deaf for good)', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const nodes = new Nodes(t, redis);
    const a = nodes.node();
    const bLog = capture();
    const b = nodes.node({ store: failingLoads, log: bLog.log });
    await a.start();
    await b.start();
    await until('b follows a', () => b.role === 'follower');

    // A hands the lease over; B is the only candidate: it takes it and cannot recover.
    await a.stop();
    await until('b tried to lead and failed', () => bLog.lines.some((l) => l.msg.includes('recovery failed')));
    t.not(b.role, 'leader', 'b does not lead with a failed recovery');

    // C comes up healthy: it leads in the end, and B, still failing to recover, follows it.
    const c = nodes.node();
    await c.start();
    await until('c leads', () => c.role === 'leader');
    await until('b follows c', async () => b.role === 'follower' && (await nodes.http(b, 'GET', '/readyz')).body.leader === c.id);
    t.pass('b follows c');
    const ready = await nodes.http(b, 'GET', '/readyz');
    t.same(ready, { status: 200, body: { status: 'ready', role: 'follower', leader: c.id } }, 'and serves again (relays to c)');
  });

  t.test('the lease is renewed while a recovery runs longer than the lease (was: lost right after)', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const TTL = 3000;
    const a = new RedisRoutingStore({ url: redis.url() });
    const b = new RedisRoutingStore({ url: redis.url() });
    const admin = new Redis(redis.url());
    const keepers: LeaseKeeper[] = [];
    // One teardown, in order: nothing may still talk to Redis when it stops.
    t.teardown(async () => {
      for (const k of keepers) await k.stop();
      admin.disconnect();
      await a.close();
      await b.close();
      await redis.cleanup();
    });
    await Promise.all([a.whenReady(30_000), b.whenReady(30_000)]);
    const events: string[] = [];
    let bTicks = 0;
    let recovered = false;
    const keeperA = new LeaseKeeper(a, {
      holder: 'A',
      ttlMs: TTL,
      onAcquired: async (lease) => {
        events.push('A acquired');
        // The "recovery" lasts until the first lease would have run out in Redis without a renewal,
        // and B has tried to take it a few times since.
        const ticksThen = bTicks;
        await until('the first lease is past its time', () => Date.now() > lease.validUntil + TTL / 2 && bTicks >= ticksThen + 3);
        recovered = true;
      },
      onLost: () => events.push('A lost'),
    });
    keepers.push(keeperA);
    keeperA.start();
    await until('A leads', () => keeperA.leading);
    const keeperB = new LeaseKeeper(b, {
      holder: 'B',
      ttlMs: TTL,
      onAcquired: () => void events.push('B acquired'),
      onLost: () => events.push('B lost'),
      onTick: () => bTicks++,
    });
    keepers.push(keeperB);
    keeperB.start();
    await until('A recovered', () => recovered);
    t.same(events, ['A acquired'], 'A kept the lease through its recovery; B never had it');
    t.ok(keeperA.leading && !keeperB.leading);
    t.match(await admin.get('sb:{default}:lease'), /^A#/, 'Redis says A holds it');
  });

  t.test('one leader term at a time when the lease comes back during a drain (was: two at once)', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const { lines, log } = capture();
    const store = new RedisRoutingStore({ url: redis.url() });
    const admin = new Redis(redis.url());
    let terms = 0;
    const server = await createServer({
      config: parseConfig(clusterConfig(2)),
      store,
      relay: { url: redis.url(), domain: 'default' },
      leaseTtlMs: 3000,
      tokenSecret: 'regression-secret-0123456789abcdef0123',
      logger: log,
      port: 0,
      web: false,
      // ws waits for the client's close frame: the drain's window stays open its full 2 s.
      transport: 'ws',
      instrument: () => {
        terms++;
        return { observer: noopObserver };
      },
    });
    let ws: WebSocket | null = null;
    // One teardown, in order: nothing may still talk to Redis when it stops.
    t.teardown(async () => {
      ws?.terminate();
      await server.close();
      await store.close();
      admin.disconnect();
      await redis.cleanup();
    });
    t.equal(terms, 1, 'one term to begin with');

    // A client that never reads: its socket outlives the close frame, the drain waits for it.
    const token = await server.tokens.sign({ role: 'agent', id: 'a1' });
    const client = new WebSocket(`ws://127.0.0.1:${server.port}/v1/agent`, { headers: { authorization: `Bearer ${token}` } });
    ws = client;
    await new Promise<void>((resolve, reject) => {
      client.once('open', () => resolve());
      client.once('error', reject);
    });
    (client as unknown as { _socket: { pause(): void } })._socket.pause();

    // Another holder takes the lease (a higher fence: the next renewal is refused), then lets it
    // lapse while the old term drains: the keeper takes it back at once.
    await admin.hincrby('sb:{default}:meta', 'fence', 1);
    await admin.set('sb:{default}:lease', 'someone-else#999', 'PX', 600);
    await until('a new term began', () => terms === 2);
    const closed = (): boolean => lines.some((l) => /connection closed/.test(l.msg));
    await until('the old term closed the silent socket (its drain is over)', closed);
    // What went wrong came right after the drain: a second term over the live one. Watch a while.
    await new Promise((r) => setTimeout(r, 3000));
    t.equal(terms, 2, 'exactly one term begun after the lease came back');
    t.equal(server.node?.role, 'leader', 'and it leads');
  });
}
