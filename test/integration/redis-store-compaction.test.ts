/**
 * Compaction on Redis: the snapshot is written in parts on a second
 * connection, beside the appends, and installed once the appends it covers
 * are stored. Appends never wait behind it; a rebase overtakes it; text with
 * characters outside the BMP survives the cuts. With a snapshot replica the
 * snapshot comes from a worker thread's copy of the state, and the router is
 * never asked for one.
 */
import t from 'tap';
import { Redis } from 'ioredis';
import { RedisRoutingStore, recoverRouter, StoreError, type RedisStoreOptions } from '../../src/store/index.js';
import { snapshotParts } from '../../src/store/redis/snapshot-parts.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { busyScenario, contact, Driven, profile, STORE_CONFIG } from '../fixtures/store-scenario.js';
import { SnapshotReplica } from '../../src/store/redis/snapshot-replica.js';

t.test('snapshot parts: joined back they are the text; no part splits a surrogate pair', async (t) => {
  for (const text of ['', 'a', 'ab', 'abc'.repeat(100), '😀'.repeat(50), `x${'😀'.repeat(50)}`, `é😀${'ü'.repeat(7)}🇨🇦`.repeat(40)]) {
    for (const max of [2, 3, 4, 7, 64]) {
      const parts = [...snapshotParts(text, max)];
      t.equal(parts.join(''), text, `${max}: joined back`);
      t.ok(
        parts.every((p) => p.length > 0 && p.length <= max),
        `${max}: every part is 1..${max} characters`,
      );
      t.ok(
        parts.every((p) => Buffer.from(p, 'utf8').toString('utf8') === p),
        `${max}: every part survives UTF-8 on its own`,
      );
    }
  }
});

let n = 0;
/** A private redis-server and a store on it that holds the lease. */
async function leader(t: { teardown(fn: () => unknown): void }, extra: Partial<RedisStoreOptions> = {}) {
  const server = await RedisServer.start({ appendonly: false });
  t.teardown(() => server.cleanup());
  const store = new RedisRoutingStore({ url: server.url(), domain: `c${++n}`, maxReconnectDelayMs: 50, snapshotPartChars: 1024, ...extra });
  t.teardown(() => store.close());
  await store.whenReady();
  await store.acquire('p1');
  return { server, store };
}

if (!redisServerAvailable()) {
  t.plan(1, 'redis-server not found (CI installs it)');
} else {
  /** A floor with enough state for a snapshot of many parts, with emoji in the contacts' context. */
  async function floor(store: RedisRoutingStore, contacts: number): Promise<Driven> {
    const d = new Driven(store);
    await d.run((r) => r.loginAgent('a1', profile(['sales']), { presence: 'available' }));
    for (let i = 0; i < contacts; i++) {
      await d.run((r) => r.createContact(contact(`c${i}`, { context: { note: `${'x'.repeat(i % 3)}client 😀 pressé 🇨🇦 ${'😀'.repeat(40)}` } })));
    }
    return d;
  }

  t.test('redis store - a compaction is written in parts; appends made meanwhile are stored before it ends', async (t) => {
    // Small parts: hundreds of round trips for the compaction against one for each append, so the
    // appends end first however the machine schedules them, unless they wait behind it.
    const { server, store } = await leader(t, { snapshotPartChars: 64 });
    const d = await floor(store, 60);
    const covered = store.lastSeq;
    const snapshot = d.router.snapshot();
    const json = JSON.stringify(snapshot);
    t.ok(json.length > 20 * 1024, `a snapshot of ${json.length} characters: ${Math.ceil(json.length / 64)}+ parts`);

    const order: string[] = [];
    const compacted = store.compact(() => snapshot).then(() => order.push('compaction'));
    const appends = [1, 2, 3].map((i) => d.exec((r) => r.createContact(contact(`late${i}`))).then((seq) => (order.push(`append ${seq}`), seq)));
    await Promise.all([compacted, ...appends]);
    t.same(order, [`append ${covered + 1}`, `append ${covered + 2}`, `append ${covered + 3}`, 'compaction'], 'the appends did not wait for the compaction');
    t.equal(store.appendsSinceSnapshot, 3);

    const reader = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => reader.close());
    const stored = await reader.load();
    t.equal(stored?.snapshotSeq, covered, 'the snapshot covers the appends made before it');
    t.equal(stored?.head, covered + 3, 'the head is the last append, not the snapshot');
    t.same(stored?.snapshot, JSON.parse(json), 'the parts make the snapshot, characters outside the BMP included');
    t.same(
      stored?.events.map((e) => e.type),
      ['contact.created', 'contact.created', 'contact.created'],
      'only the later appends remain as events',
    );
    const admin = new Redis(server.url());
    t.teardown(() => admin.quit());
    t.equal(await admin.exists(`sb:{${store.domain}}:snapshot-next`), 0, 'no part is left behind');

    const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => check.close());
    const { router } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
    t.same(router.snapshot(), d.router.snapshot(), 'recovered exactly');
  });

  t.test('redis store - the events a snapshot covers are trimmed a little at a time, by the appends after it', async (t) => {
    const { server, store } = await leader(t);
    const d = new Driven(store);
    await d.run((r) => r.loginAgent('a1', profile(['sales'])));
    const all: Promise<number>[] = [];
    for (let i = 0; i < 5000; i++) all.push(d.exec((r) => r.createContact(contact(`t${i}`))));
    await Promise.all(all);
    const admin = new Redis(server.url());
    t.teardown(() => admin.quit());
    const key = `sb:{${store.domain}}:events`;
    const before = await admin.xlen(key);
    await store.compact(() => d.router.snapshot());
    const afterInstall = await admin.xlen(key);
    t.ok(afterInstall < before && afterInstall >= before - 2100, `the compaction trimmed up to 2,000 (${before} -> ${afterInstall}), not all at once`);
    for (let i = 0; i < 3; i++) await d.run((r) => r.createContact(contact(`u${i}`)));
    const end = await admin.xlen(key);
    t.ok(end <= 103, `the appends after it trimmed the rest (${end} left)`);
    const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => check.close());
    const { router, state } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
    t.equal(state?.appends, 3, 'what is left of the covered events is skipped');
    t.same(router.snapshot(), d.router.snapshot(), 'recovered exactly');
  });

  t.test('redis store - a rebase overtakes a compaction in progress: the older snapshot is never installed', async (t) => {
    // Small parts: the compaction takes a thousand round trips, the append and the rebase a few.
    const { server, store } = await leader(t, { snapshotPartChars: 64 });
    const d = await floor(store, 150);
    const compacted = store
      .compact(() => d.router.snapshot())
      .then(
        () => null,
        (e: unknown) => e,
      );
    await d.run((r) => r.createContact(contact('late1')));
    await store.rebase(d.router.snapshot());
    const rebasedAt = store.lastSeq;
    const err = await compacted;
    t.ok(err instanceof StoreError && err.code === 'UNAVAILABLE', 'the compaction is refused');
    t.match(String((err as Error).message), /SBSTALE/, 'as overtaken');
    t.equal(store.status, 'ready', 'a refused compaction changes no status');
    t.equal(await d.run((r) => r.createContact(contact('late2'))), rebasedAt + 1, 'appends go on');

    const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => check.close());
    const { router, state } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
    t.equal(state?.snapshotSeq, rebasedAt, "the rebase's snapshot stays");
    t.same(router.snapshot(), d.router.snapshot(), 'recovered exactly');
  });

  t.test('redis store - compaction from the snapshot replica: the router is not asked; what is stored recovers the same state', async (t) => {
    const { server, store } = await leader(t, { snapshotReplica: { config: STORE_CONFIG } });
    await store.load(); // as a leader's recovery does: the replica starts from what is stored
    const d = new Driven(store);
    await busyScenario(d);
    for (let i = 0; i < 40; i++) await d.run((r) => r.createContact(contact(`m${i}`, { context: { note: `😀 ${i}` } })));
    const before = store.lastSeq;
    let asked = 0;
    const compacted = store.compact((o) => (asked++, d.router.snapshot(o)));
    const late = d.exec((r) => r.createContact(contact('late1')));
    await Promise.all([compacted, late]);
    t.equal(asked, 0, 'the routing thread took no snapshot');
    const admin = new Redis(server.url());
    t.teardown(() => admin.quit());
    const stored = await admin.getBuffer(`sb:{${store.domain}}:snapshot`);
    t.ok(stored !== null && stored[0] === 0x1f && stored[1] === 0x8b, 'stored gzipped');

    const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => check.close());
    const { router, state } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
    t.ok(
      state !== null && state.snapshotSeq >= before && state.snapshotSeq <= store.lastSeq,
      `the snapshot covers append ${state?.snapshotSeq} (${before}..${store.lastSeq})`,
    );
    t.same(router.snapshot(), d.router.snapshot(), 'recovered exactly: the replica followed every append');

    // Again after a rebase (which resets the replica), with more traffic in between.
    await store.rebase(d.router.snapshot());
    await d.tick(40_000);
    for (let i = 0; i < 5; i++) await d.run((r) => r.createContact(contact(`n${i}`)));
    await store.compact(() => {
      asked++;
      return d.router.snapshot();
    });
    t.equal(asked, 0, 'after a rebase too');
    const again = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => again.close());
    const second = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), again);
    t.equal(second.state?.snapshotSeq, store.lastSeq);
    t.same(second.router.snapshot(), d.router.snapshot(), 'recovered exactly');
  });

  t.test('redis store - without a load the replica has nothing to follow: the router is asked', async (t) => {
    const { server, store } = await leader(t, { snapshotReplica: { config: STORE_CONFIG } });
    const d = new Driven(store);
    await busyScenario(d);
    let asked = 0;
    await store.compact((o) => (asked++, d.router.snapshot(o)));
    t.equal(asked, 1);
    const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => check.close());
    const { router } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
    t.same(router.snapshot(), d.router.snapshot());
  });
}

t.test('snapshot replica: a gap in the appends makes it unusable until the next reset', async (t) => {
  const replica = new SnapshotReplica({ url: 'redis://127.0.0.1:1/0', keys: ['k'], config: STORE_CONFIG, partChars: 1024, writeTimeoutMs: 500 });
  t.teardown(() => replica.close());
  t.equal(replica.usable, false, 'nothing loaded yet');
  replica.reset(0, null, []);
  t.equal(replica.usable, true);
  replica.appended(1, ['[]', '[]']);
  t.equal(replica.usable, true, 'appends 1-2 follow');
  replica.appended(4, ['[]']);
  t.equal(replica.usable, false, 'append 3 is missing');
  await t.rejects(replica.write('e', '1:t'), /not in step/);
  replica.reset(4, null, []);
  t.equal(replica.usable, true, 'a reset (load or rebase) brings it back');
});

if (redisServerAvailable()) {
  t.test('redis store - a replica that cannot follow fails one compaction; the next takes the router snapshot', async (t) => {
    // The worker gets a configuration without the queue the contacts use: it cannot apply their events.
    const wrong = { ...STORE_CONFIG, queues: STORE_CONFIG.queues.filter((q) => q.id === 'support') };
    const { server, store } = await leader(t, { snapshotReplica: { config: wrong } });
    await store.load();
    const d = new Driven(store);
    await d.run((r) => r.loginAgent('a1', profile(['sales']), { presence: 'available' }));
    await d.run((r) => r.createContact(contact('c1')));
    let asked = 0;
    const take = (o: { readonly copy: boolean }) => (asked++, d.router.snapshot(o));
    await t.rejects(store.compact(take), /replica is unusable/, 'the first compaction fails, saying why');
    t.equal(asked, 0);
    t.equal(store.status, 'ready', 'the store stays ready: the events stay');
    await store.compact(take);
    t.equal(asked, 1, 'the next one takes the router snapshot');
    const check = new RedisRoutingStore({ url: server.url(), domain: store.domain });
    t.teardown(() => check.close());
    const { router, state } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), check);
    t.equal(state?.snapshotSeq, store.lastSeq);
    t.same(router.snapshot(), d.router.snapshot());
  });
}
