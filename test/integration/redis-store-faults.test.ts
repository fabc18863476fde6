/**
 * The Redis store under faults, with a real `redis-server` (AOF on) that the
 * test kills, wipes, freezes and restarts: nothing acknowledged is lost,
 * nothing fails silently, and the store resumes by itself.
 */
import t from 'tap';
import { Redis } from 'ioredis';
import { contactId } from '../../src/core/index.js';
import { RedisRoutingStore, recoverRouter, resyncFromMemory, StoreError, type StoreEvent } from '../../src/store/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { contact, Driven, profile, STORE_CONFIG } from '../fixtures/store-scenario.js';

if (!redisServerAvailable()) {
  t.plan(0, 'redis-server not found (CI installs it)');
  process.exit(0);
}

let n = 0;
function open(server: RedisServer, options: { writeTimeoutMs?: number; maxBatch?: number; replicas?: { count: number; timeoutMs: number } } = {}) {
  const store = new RedisRoutingStore({ url: server.url(), domain: `f${++n}`, maxReconnectDelayMs: 50, ...options });
  const events: StoreEvent[] = [];
  store.subscribe((e) => events.push(e));
  return { store, events };
}

function until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = (): void => {
      if (cond()) resolve();
      else if (Date.now() > deadline) reject(new Error('condition not met in time'));
      else setTimeout(check, 10);
    };
    check();
  });
}

/** Settles a promise into what happened to it. */
const outcome = (p: Promise<number>): Promise<{ ok: true; seq: number } | { ok: false; err: unknown }> =>
  p.then(
    (seq) => ({ ok: true as const, seq }),
    (err: unknown) => ({ ok: false as const, err }),
  );

t.test('redis store - Redis killed mid-writes: UNAVAILABLE, never silent; resumes by itself; rebase', async (t) => {
  const server = await RedisServer.start({ appendonly: true });
  t.teardown(() => server.cleanup());
  const { store, events } = open(server);
  t.teardown(() => store.close());
  await store.whenReady();
  await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.loginAgent('a1', profile(['sales'], { chat: 100 }), { presence: 'available' }));

  // A stream of commands, as the gateway sends them: only while the store is ready.
  const results: Promise<{ ok: true; seq: number } | { ok: false; err: unknown }>[] = [];
  let refusedUpFront = 0;
  let i = 0;
  const pump = setInterval(() => {
    for (let k = 0; k < 20; k++) {
      i++;
      if (!store.ready) {
        refusedUpFront++;
        continue;
      }
      results.push(outcome(d.exec((r) => r.createContact(contact(`c${i}`)))));
    }
  }, 2);
  await new Promise((r) => setTimeout(r, 150));
  await server.stop('SIGKILL');
  await until(() => !store.ready);
  t.equal(store.status, 'unavailable', 'status leaves ready at once: /readyz turns false');
  await new Promise((r) => setTimeout(r, 150));
  clearInterval(pump);

  const settled = await Promise.all(results);
  const acked = settled.filter((s) => s.ok);
  const failed = settled.filter((s): s is { ok: false; err: unknown } => !s.ok);
  t.ok(acked.length > 0, `${acked.length} appends acknowledged before the kill`);
  t.ok(refusedUpFront > 0, `${refusedUpFront} commands refused up front while unavailable`);
  t.ok(
    failed.every((f) => f.err instanceof StoreError && f.err.code === 'UNAVAILABLE' && /Redis at (redis:\/\/)?127\.0\.0\.1:\d+/.test(f.err.message)),
    `every one of ${failed.length} failed appends got UNAVAILABLE with a clear message`,
  );
  if (failed[0]) t.comment(`e.g. ${(failed[0].err as Error).message}`);
  t.equal(events.find((e) => e.type !== 'ready')?.type, 'unavailable', `reported: ${events.map((e) => e.type).join(', ')}`);
  const refused = await outcome(store.append([{ type: 'agent.logged_out', at: 0, agentId: 'x' as never }]));
  t.equal(refused.ok, false);
  t.equal(!refused.ok && refused.err instanceof StoreError && refused.err.code, 'UNAVAILABLE', 'new appends fail fast');

  await server.restart(); // same data dir: the AOF
  await until(() => store.status !== 'unavailable');
  // With failed appends it must resync; without, an append whose reply was
  // lost in the kill may still have reached Redis, so either is right.
  if (failed.length > 0) t.equal(store.status, 'resync-needed', 'back by itself: resync-needed');
  else t.ok(store.status === 'ready' || store.status === 'resync-needed', `back by itself: ${store.status}`);
  const lastAcked = Math.max(...acked.map((a) => (a as { seq: number }).seq));
  if (store.status === 'resync-needed') {
    t.match(events.at(-1), { type: 'resync-needed', reason: 'unacknowledged-writes' });
    t.equal(await resyncFromMemory(store, d.router, 'p1'), 'rebased');
  }
  t.equal(store.status, 'ready');
  t.ok(store.lastSeq >= lastAcked);
  // The leader's memory (with every acknowledged change) is what Redis holds now.
  const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
  t.teardown(() => check.close());
  const { router } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
  t.same(router.snapshot(), d.router.snapshot(), 'Redis holds exactly the leader state');
  await d.run((r) => r.createContact(contact('after')));
  t.equal(router.contact('after'), undefined);
  t.ok(
    (await check.load())?.events.some((e) => e.type === 'contact.created' && e.contact.id === 'after'),
    'writes resumed',
  );
});

t.test('redis store - a restart with appendonly keeps every acknowledged append', async (t) => {
  const server = await RedisServer.start({ appendonly: true, appendfsync: 'everysec' });
  t.teardown(() => server.cleanup());
  const { store, events } = open(server);
  t.teardown(() => store.close());
  await store.whenReady();
  await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.loginAgent('a1', profile(['sales']), { presence: 'available' }));
  const seqs = await Promise.all(
    Array.from({ length: 500 }, (_, i) =>
      d.exec((r) => r.createContact(contact(`c${i}`)), {
        idempotencyKeys: [{ integration: 'pbx', externalId: `call-${i}`, contactId: contactId(`c${i}`) }],
      }),
    ),
  );
  t.equal(seqs.at(-1), 501);
  await server.restart({ signal: 'SIGKILL' }); // a crash of the Redis process, not of the machine
  await until(() => events.some((e) => e.type === 'unavailable') && store.status !== 'unavailable');
  t.equal(store.status, 'ready', 'nothing was in flight: ready again without a rebase');
  const fresh = new RedisRoutingStore({ url: server.url(), domain: store.domain });
  t.teardown(() => fresh.close());
  const state = await fresh.load();
  t.equal(state?.head, 501, 'every acknowledged append is there');
  t.same(state?.events, d.log, 'with the same events');
  t.equal(state?.idempotencyKeys.length, 500);
  t.equal(await fresh.contactFor('pbx', 'call-499'), 'c499');
  t.equal(await store.append([]), 501);
  t.equal(await d.run((r) => r.createContact(contact('next'))), 502, 'and the leader carries on');
});

t.test('redis store - Redis restarted without its data: detected as lost, re-written from memory', async (t) => {
  const server = await RedisServer.start({ appendonly: false });
  t.teardown(() => server.cleanup());
  const { store, events } = open(server);
  t.teardown(() => store.close());
  await store.whenReady();
  const first = await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.loginAgent('a1', profile(['sales']), { presence: 'available' }));
  await d.run((r) => r.createContact(contact('c1')), { idempotencyKeys: [{ integration: 'pbx', externalId: 'x1', contactId: contactId('c1') }] });
  await d.run((r) => r.createContact(contact('c2')));
  await store.compact(() => d.router.snapshot());
  await d.run((r) => r.acceptOffer('a1', 'c1'));

  await server.restart({ wipe: true });
  await until(() => store.status === 'resync-needed');
  t.match(events.at(-1), { type: 'resync-needed', reason: 'data-lost' }, 'reported as lost');
  t.equal(store.ready, false);
  t.equal(store.lease, null, 'the lease went with the data');
  const err = await outcome(store.append([]).then(() => store.append([{ type: 'agent.logged_out', at: 0, agentId: 'a1' as never }])));
  t.equal(!err.ok && err.err instanceof StoreError && err.err.code, 'UNAVAILABLE', 'writes are refused until re-written');

  t.equal(await resyncFromMemory(store, d.router, 'p1'), 'rebased');
  t.equal(store.status, 'ready');
  t.not(store.lease?.epoch, first?.epoch, 'a new epoch: tokens of before the loss can never match');
  const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
  t.teardown(() => check.close());
  const { router, state } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
  t.same(router.snapshot(), d.router.snapshot(), 'the state is back');
  t.same(state?.idempotencyKeys, [{ integration: 'pbx', externalId: 'x1', contactId: 'c1' }], 'idempotency keys too');
  t.equal(await d.run((r) => r.endContact('c1', 'agent', 'a1')), store.lastSeq, 'writes resume');
});

t.test('redis store - a frozen Redis (SIGSTOP): the write times out with UNAVAILABLE, then resumes', async (t) => {
  const server = await RedisServer.start({ appendonly: true });
  t.teardown(() => server.cleanup());
  const { store } = open(server, { writeTimeoutMs: 300 });
  t.teardown(() => store.close());
  await store.whenReady();
  await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.loginAgent('a1', profile(['sales']), { presence: 'available' }));
  server.pause();
  const started = Date.now();
  const r = await outcome(d.exec((r) => r.createContact(contact('c1'))));
  const took = Date.now() - started;
  t.equal(!r.ok && r.err instanceof StoreError && r.err.code, 'UNAVAILABLE');
  t.match(!r.ok && (r.err as Error).message, /did not acknowledge 1 append\(s\) within 300 ms/);
  t.ok(took < 1500, `failed after ${took} ms, not hung`);
  t.equal(store.ready, false);
  t.equal(store.status, 'unavailable');
  server.resume();
  await until(() => store.status === 'ready' || store.status === 'resync-needed');
  if (store.status === 'resync-needed') t.equal(await resyncFromMemory(store, d.router, 'p1'), 'rebased');
  t.equal(store.status, 'ready');
  await d.run((r) => r.createContact(contact('c2')));
  const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
  t.teardown(() => check.close());
  const { router } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
  t.same(router.snapshot(), d.router.snapshot());
});

t.test('redis store - scripts come back after SCRIPT FLUSH (NOSCRIPT -> load, retry)', async (t) => {
  const server = await RedisServer.start({ appendonly: false });
  t.teardown(() => server.cleanup());
  const { store } = open(server);
  t.teardown(() => store.close());
  await store.whenReady();
  await store.acquire('p1');
  const admin = new Redis(server.url());
  t.teardown(() => admin.quit());
  await admin.script('FLUSH');
  t.equal(await store.append([{ type: 'agent.logged_out', at: 1, agentId: 'a' as never }]), 1);
  t.ok(await store.renew());
});

t.test('redis store - group commit: concurrent appends share script calls', async (t) => {
  const server = await RedisServer.start({ appendonly: false });
  t.teardown(() => server.cleanup());
  const admin = new Redis(server.url());
  t.teardown(() => admin.quit());
  const calls = async (): Promise<number> => {
    const info = await admin.info('commandstats');
    return Number(/cmdstat_evalsha:calls=(\d+)/.exec(info)?.[1] ?? 0);
  };
  for (const [maxBatch, label] of [
    [1024, 'group commit'],
    [1, 'one call per append'],
  ] as const) {
    const { store } = open(server, { maxBatch });
    t.teardown(() => store.close());
    await store.whenReady();
    await store.acquire('p1');
    const before = await calls();
    const N = 2000;
    await Promise.all(Array.from({ length: N }, (_, i) => store.append([{ type: 'agent.logged_out', at: i, agentId: 'a' as never }])));
    const used = (await calls()) - before;
    t.comment(`${label}: ${N} appends in ${used} script calls`);
    if (maxBatch === 1) t.equal(used, N);
    else t.ok(used <= N / 20, `${label}: ${used} calls for ${N} appends`);
  }
});

t.test('redis store - with replicas, an append waits for WAIT and fails without them', async (t) => {
  const primary = await RedisServer.start({ appendonly: false, args: ['--repl-diskless-sync-delay', '0'] });
  t.teardown(() => primary.cleanup());
  const replica = await RedisServer.start({ appendonly: false, args: ['--replicaof', '127.0.0.1', String(primary.port)] });
  t.teardown(() => replica.cleanup());
  const admin = new Redis(primary.url());
  t.teardown(() => admin.quit());
  // WAIT counts replicas the primary sees online (initial sync done).
  const deadline = Date.now() + 10_000;
  while (!/slave0:.*state=online/.test(await admin.info('replication')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  const { store } = open(primary, { replicas: { count: 1, timeoutMs: 3000 } });
  t.teardown(() => store.close());
  await store.whenReady();
  await store.acquire('p1');
  t.equal(await store.append([{ type: 'agent.logged_out', at: 1, agentId: 'a' as never }]), 1, 'acknowledged by the replica');
  await replica.stop('SIGKILL');
  const r = await outcome(store.append([{ type: 'agent.logged_out', at: 2, agentId: 'a' as never }]));
  t.equal(!r.ok && r.err instanceof StoreError && r.err.code, 'UNAVAILABLE');
  t.match(!r.ok && (r.err as Error).message, /only 0 of 1 Redis replica\(s\) acknowledged 1 append\(s\) within 3000 ms/);
  t.equal(store.status, 'resync-needed', 'not acknowledged: the leader must re-write before going on');
});
