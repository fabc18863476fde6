/**
 * One suite, every store: the memory store and the Redis store (a real
 * `redis-server` this file starts on a free port) must behave alike.
 */
import t, { type Test } from 'tap';
import { Router, contactId, type CoreEvent } from '../../src/core/index.js';
import { recoverRouter, StoreError, type RoutingStore, type StoreEvent } from '../../src/store/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { busyScenario, contact, Driven, profile, STORE_CONFIG } from '../fixtures/store-scenario.js';
import { memorySubject, redisSubject, type StoreSubject } from '../fixtures/store-subjects.js';

const subjects: { name: string; make: () => StoreSubject }[] = [{ name: 'memory', make: memorySubject }];

let server: RedisServer | null = null;
if (redisServerAvailable()) {
  server = await RedisServer.start({ appendonly: true });
  t.teardown(() => server?.cleanup());
  subjects.push({ name: 'redis', make: () => redisSubject(server!) });
} else {
  t.comment('redis-server not found: the Redis store is not tested here (CI installs it)');
}

/** A subject for one test, closed at its end. */
function use(t: Test, make: () => StoreSubject): StoreSubject {
  const s = make();
  t.teardown(() => s.close());
  return s;
}

async function leader(s: StoreSubject, holder = 'p1', ttlMs?: number): Promise<RoutingStore> {
  const store = s.open();
  await store.whenReady(30_000);
  const lease = await store.acquire(holder, ttlMs);
  if (lease === null) throw new Error('lease not acquired');
  return store;
}

const ev = (n: number): CoreEvent[] => [{ type: 'agent.logged_out', at: n, agentId: `a${n}` as never }];

async function rejection(p: Promise<unknown>): Promise<StoreError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof StoreError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

for (const { name, make } of subjects) {
  t.test(`store (${name}) - a new domain loads as null; the first acquisition creates it`, async (t) => {
    const s = use(t, make);
    const store = s.open();
    await store.whenReady(30_000);
    t.equal(await store.load(), null);
    const lease = await store.acquire('p1');
    t.ok(lease);
    t.equal(lease!.token, 1);
    const state = await store.load();
    t.equal(state?.head, 0);
    t.same(state?.events, []);
    t.equal(state?.snapshot, null);
    t.equal(state?.epoch, lease!.epoch);
  });

  t.test(`store (${name}) - appends are numbered, acknowledged and loaded in order`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    t.equal(await store.append(ev(1)), 1);
    t.equal(await store.append([...ev(2), ...ev(3)]), 2);
    t.equal(await store.append([]), 2, 'an empty append only waits for the earlier ones');
    const other = s.open();
    await other.whenReady(30_000);
    const state = await other.load();
    t.equal(state?.head, 2);
    t.equal(state?.appends, 2);
    t.same(
      state?.events.map((e) => e.at),
      [1, 2, 3],
    );
  });

  t.test(`store (${name}) - writes need the lease`, async (t) => {
    const s = use(t, make);
    const store = s.open();
    await store.whenReady(30_000);
    const err = await rejection(store.append(ev(1)));
    t.equal(err.code, 'FAILED_PRECONDITION');
    t.equal(err.reason, 'no-lease');
    t.match(err.message, /routing lease/);
  });

  t.test(`store (${name}) - snapshot plus events rebuild the router exactly`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const d = new Driven(store);
    await busyScenario(d);
    const middle = d.router.snapshot();
    await store.compact(() => middle);
    t.equal(store.appendsSinceSnapshot, 0, 'nothing since the snapshot');
    // More after the snapshot: events on top of it.
    await d.run((r) => r.createContact(contact('late1', { customer: { id: 'u-late', tier: 'prime' } })));
    await d.run((r) => r.loginAgent('a9', profile(['sales']), { presence: 'available' }));
    await d.tick(3000);
    t.equal(store.appendsSinceSnapshot, 2, 'two appends since (the tick produced no events)');

    const reader = s.open();
    await reader.whenReady(30_000);
    const clock = new ManualClock(d.clock.now());
    const { router, state, overdue } = await recoverRouter(STORE_CONFIG, clock, reader);
    t.same(router.snapshot(), d.router.snapshot(), 'same state as the router that wrote it');
    t.same(router.agent('a1')?.languages, ['en', 'fr-CA'], 'languages keep their case through the snapshot');
    t.same(router.agent('a9')?.languages, ['en', 'fr-CA'], 'and through the events after it');
    t.ok(state?.snapshot, 'recovered from a snapshot');
    t.same((await reader.load())?.snapshot, middle, 'the stored snapshot is the compacted one');
    t.equal(overdue, false);
    // And it behaves the same from here on.
    for (const r of [router, d.router]) {
      r.drainEvents();
    }
    clock.advance(200_000);
    d.clock.advance(200_000);
    router.advance();
    d.router.advance();
    t.same(router.drainEvents(), d.router.drainEvents(), 'same timers, same decisions');
  });

  t.test(`store (${name}) - idempotency keys are stored with their events`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const d = new Driven(store);
    const key = { integration: 'pbx', externalId: 'call-42', contactId: contactId('c1') };
    await d.run((r) => r.createContact(contact('c1')), { idempotencyKeys: [key] });
    t.equal(await store.contactFor('pbx', 'call-42'), 'c1');
    t.equal(await store.contactFor('chat-widget', 'call-42'), null, 'scoped per integration');
    // First writer wins.
    await store.append([], { idempotencyKeys: [{ ...key, contactId: contactId('c2') }] });
    const other = s.open();
    await other.whenReady(30_000);
    t.equal(await other.contactFor('pbx', 'call-42'), 'c1', 'another process sees it');
    const state = await other.load();
    t.same(state?.idempotencyKeys, [key]);
  });

  t.test(`store (${name}) - the integrations' delivered events are stored with their appends, kept by count and age`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const d = (principal: string, seq: number, at = Date.now()) => ({ principal, seq, at, kind: 'contactAbandoned', payload: { contactId: `c${seq}` } });
    const retention = { maxEvents: 1000, maxAgeMs: 60_000 };
    await store.append(ev(1), { delivered: [d('ivr', 1), d('mailer', 1)], deliveredRetention: retention });
    await store.append([], { delivered: [d('ivr', 2)], deliveredRetention: retention });
    const state = await store.load();
    t.same(state?.streams.last, { ivr: 2, mailer: 1 }, 'each integration continues from its last sequence');
    t.same(
      state?.streams.entries.map((e) => `${e.principal}#${e.seq}`),
      ['ivr#1', 'mailer#1', 'ivr#2'],
      'in append order',
    );
    t.same(state?.streams.entries[0]?.payload, { contactId: 'c1' }, 'with the payload as sent');
    t.equal(state?.appends, 2, 'an append of delivered events only is an append');
  });

  t.test(`store (${name}) - group commit: concurrent appends keep their order`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const N = 3000;
    const acks: number[] = [];
    const all = Array.from({ length: N }, (_, i) => store.append(ev(i + 1)).then((seq) => (acks.push(seq), seq)));
    const seqs = await Promise.all(all);
    t.same(
      seqs,
      Array.from({ length: N }, (_, i) => i + 1),
      'numbered in call order',
    );
    t.same(acks, seqs, 'acknowledged in call order');
    const state = await store.load();
    t.equal(state?.head, N);
    t.same(
      state?.events.map((e) => e.at),
      seqs,
      'stored in call order',
    );
  });

  t.test(`store (${name}) - compaction replaces the events it covers`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const d = new Driven(store);
    await d.run((r) => r.loginAgent('a1', profile(['sales'])));
    await d.run((r) => r.createContact(contact('c1')));
    const compacted = store.compact(() => d.router.snapshot());
    // Appends made while the compaction is in flight come after it.
    const after = d.exec((r) => r.createContact(contact('c2')));
    await compacted;
    t.equal(await after, 3);
    const state = await s.open().load();
    t.equal(state?.snapshotSeq, 2);
    t.equal(state?.head, 3);
    t.equal(state?.appends, 1);
    t.same(
      state?.events.map((e) => e.type),
      ['contact.created'],
    );
    t.equal(state?.snapshot?.contacts.length, 1);
  });

  t.test(`store (${name}) - one leader at a time; a stale leader's writes are refused`, async (t) => {
    const s = use(t, make);
    // A lease long enough to be still held a few round trips later on a busy machine.
    const TTL = 3000;
    const first = await leader(s, 'p1', TTL);
    await first.append(ev(1));
    const second = s.open();
    await second.whenReady(30_000);
    t.equal(await second.acquire('p2', TTL), null, 'held: not acquired');
    t.ok(await first.renew(), 'renewed while ours');
    const renewedAt = Date.now();

    const seen: StoreEvent[] = [];
    first.subscribe((e) => seen.push(e));
    // First pauses past its lease.
    while (Date.now() <= renewedAt + TTL + 50) await new Promise((r) => setTimeout(r, 50));
    const lease2 = await second.acquire('p2', 5000);
    t.ok(lease2, 'taken over after the lease expired');
    t.equal(lease2!.token, 2, 'the fencing token grew');
    const state = await second.load();
    t.equal(state?.head, 1);

    const err = await rejection(first.append(ev(2)));
    t.equal(err.code, 'UNAVAILABLE');
    t.equal(err.reason, 'fenced');
    t.match(err.message, /fencing token 1 is stale \(current 2\)/);
    t.match(seen, [{ type: 'lease-lost', token: 1, current: 2 }]);
    t.equal(first.lease, null);
    t.equal(await first.renew(), false);
    t.equal(await second.append(ev(2)), 2, 'the new leader continues the numbering');
    t.same(
      (await second.load())?.events.map((e) => e.at),
      [1, 2],
      'nothing of the stale leader got in',
    );
  });

  t.test(`store (${name}) - release lets another process lead at once`, async (t) => {
    const s = use(t, make);
    const first = await leader(s, 'p1', 60_000);
    await first.append(ev(1));
    await first.release();
    t.equal(first.lease, null);
    const second = s.open();
    await second.whenReady(30_000);
    t.ok(await second.acquire('p2'));
    t.equal((await rejection(first.append(ev(2)))).reason, 'no-lease');
  });

  t.test(`store (${name}) - recovery fires the deadlines that passed while no leader ran`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const d = new Driven(store);
    await d.run((r) => r.loginAgent('a1', profile(['sales'], { chat: 2 }, ['en']), { presence: 'available' }));
    await d.run((r) => r.createContact(contact('c1'))); // offered to a1, rings 20 s
    await d.run((r) => r.createContact(contact('c2')));
    await d.run((r) => r.acceptOffer('a1', 'c2'));
    await d.run((r) => r.endContact('c2', 'agent', 'a1')); // wrap-up 30 s
    await d.run((r) => r.createContact(contact('fr', { language: 'fr-CA' }))); // exact match: nobody; step at 30 s
    const stoppedAt = d.clock.now();
    await store.release(); // the leader dies

    const clock = new ManualClock(stoppedAt + 45_000);
    const next = s.open();
    await next.whenReady(30_000);
    t.ok(await next.acquire('p2'));
    const { router, overdue } = await recoverRouter(STORE_CONFIG, clock, next);
    t.equal(overdue, true);
    t.equal(router.contact('c1')?.state, 'offered', 'restored as it was');
    router.advance();
    const fired = router.drainEvents();
    t.same(
      fired.map((e) => [e.type, 'contactId' in e ? e.contactId : '', e.at - stoppedAt]),
      [
        ['contact.offer_expired', 'c1', 20_000],
        ['contact.closed', 'c2', 30_000],
        ['contact.step_changed', 'c1', 30_000],
        ['contact.step_changed', 'fr', 30_000],
      ],
      'each deadline fires at once, at its own time, in (time, kind, seq) order',
    );
    t.equal(router.contact('c2'), undefined, 'wrap-up ended');
    t.equal(router.contact('fr')?.step, 1);
    t.equal(await next.append(fired), 7, 'and the new leader records them');
  });

  t.test(`store (${name}) - compaction drops idempotency keys past their retention`, async (t) => {
    const s = use(t, make);
    const store = await leader(s);
    const key = (id: string) => ({ integration: 'pbx', externalId: id, contactId: contactId(id) });
    await store.append(ev(1), { idempotencyKeys: [key('old')] });
    const oldAt = Date.now();
    await store.release();
    // The store stamps keys on the wall clock: the old key is made older than the retention by
    // waiting, and the retention is long enough that the new key cannot age past it between its
    // append and the compaction, however slow the machine.
    const RETENTION_MS = 3000;
    while (Date.now() <= oldAt + RETENTION_MS + 50) await new Promise((r) => setTimeout(r, 50));
    const next = s.open({ idempotencyRetentionMs: RETENTION_MS });
    await next.whenReady(30_000);
    t.ok(await next.acquire('p2'));
    await next.append(ev(2), { idempotencyKeys: [key('new')] });
    await next.compact(() => new Router(STORE_CONFIG, new ManualClock()).snapshot());
    const state = await s.open().load();
    t.same(state?.idempotencyKeys, [key('new')], 'the old key is gone, the recent one kept');
  });
}
