/**
 * Recovery after a gap with no leader, through the memory store: deadlines
 * that passed fire at once on the first `advance()`, in order; and `resume()`,
 * which catches up without routing in the past.
 */
import t, { type Test } from 'tap';
import { contactId } from '../../src/core/index.js';
import {
  LeaseKeeper,
  MemoryBackend,
  MemoryRoutingStore,
  openStore,
  recoverRouter,
  resyncFromMemory,
  StoreError,
  type StoreEvent,
} from '../../src/store/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { contact, Driven, profile, STORE_CONFIG } from '../fixtures/store-scenario.js';

async function gap(t: Test, ms: number) {
  const store = new MemoryRoutingStore();
  await store.acquire('p1');
  const d = new Driven(store);
  for (const a of ['a1', 'a2']) await d.run((r) => r.loginAgent(a, profile(['sales'], { chat: 3 }, ['en']), { presence: 'available' }));
  for (let i = 0; i < 4; i++) await d.run((r) => r.createContact(contact(`c${i}`)));
  const stoppedAt = d.clock.now();
  await store.release();
  const clock = new ManualClock(stoppedAt + ms);
  t.ok(await store.acquire('p2'));
  const rec = await recoverRouter(STORE_CONFIG, clock, store);
  return { ...rec, store, clock, stoppedAt };
}

t.test('recovery - overdue deadlines fire on the first advance, and are recorded', async (t) => {
  const { router, store, overdue, clock } = await gap(t, 25_000);
  t.equal(overdue, true);
  router.advance();
  const fired = router.drainEvents();
  t.ok(
    fired.some((e) => e.type === 'contact.offer_expired'),
    'ring timeouts that passed expire',
  );
  t.ok(fired.every((e) => e.at <= clock.now()));
  const before = store.lastSeq;
  t.equal(await store.append(fired), before + 1);
  t.equal(router.nextDeadline()! > clock.now(), true, 'nothing due is left');
});

t.test('recovery - resync: in sync while the lease is kept; a new lease without missed writes loads', async (t) => {
  const store = new MemoryRoutingStore();
  await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.loginAgent('a1', profile(['sales'])));
  t.equal(await resyncFromMemory(store, d.router, 'p1'), 'in-sync');
  await store.release();
  t.equal(await resyncFromMemory(store, d.router, 'p1'), 'reload', 'no missed writes: memory is not re-written, the store is loaded');
});

t.test('recovery - a backend that lost its data: refused, then re-written from memory', async (t) => {
  const backend = new MemoryBackend();
  const store = new MemoryRoutingStore({ backend });
  const seen: StoreEvent[] = [];
  store.subscribe((e) => seen.push(e));
  await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.loginAgent('a1', profile(['sales'])));
  await d.run((r) => r.createContact(contact('c1')), { idempotencyKeys: [{ integration: 'pbx', externalId: 'x', contactId: contactId('c1') }] });
  backend.wipe();
  const err = await d.run((r) => r.createContact(contact('c2'))).catch((e: unknown) => e);
  t.ok(err instanceof StoreError && err.reason === 'data-lost' && err.code === 'UNAVAILABLE', 'the write is refused as data-lost');
  t.match(seen, [{ type: 'resync-needed', reason: 'data-lost' }]);
  t.equal(store.ready, false);
  t.equal(await resyncFromMemory(store, d.router, 'p1'), 'rebased');
  t.equal(store.ready, true);
  const other = new MemoryRoutingStore({ backend });
  const { router, state } = await recoverRouter(STORE_CONFIG, new ManualClock(d.clock.now()), other);
  t.same(router.snapshot(), d.router.snapshot(), 'c2, created in memory when the write failed, is there too');
  t.equal(state?.idempotencyKeys.length, 1);
});

t.test('recovery - a stored state that does not fit the configuration is refused clearly', async (t) => {
  const store = new MemoryRoutingStore();
  await store.acquire('p1');
  const d = new Driven(store);
  await d.run((r) => r.createContact(contact('c1', { queueId: 'support' })));
  const err = await recoverRouter({ queues: [{ id: 'sales', channels: ['chat'] }] }, new ManualClock(), store).catch((e: unknown) => e);
  t.ok(err instanceof StoreError && err.reason === 'corrupt');
  t.match((err as Error).message, /does not fit this configuration/);
});

t.test('store - openStore reads the --store value', async (t) => {
  const m = openStore('memory', { domain: 'eu' });
  t.equal(m.kind, 'memory');
  t.equal(m.domain, 'eu');
  const r = openStore('redis://127.0.0.1:1/0', { domain: 'eu' });
  t.equal(r.kind, 'redis');
  await r.close();
  t.throws(() => openStore('mysql://x'), { code: 'INVALID_ARGUMENT' });
});

t.test('recovery - resume: offers that rang out while no leader ran are not missed, and nothing is routed in the past', async (t) => {
  const { router, clock } = await gap(t, 120_000);
  router.resume();
  const events = router.drainEvents();
  for (const a of router.agents()) t.not(a.awayReason, 'missed-offers', `${a.id} not set away`);
  for (const e of events) {
    if (e.type === 'contact.offer_expired') t.equal(e.missedInRow, 0, 'an expiry during the gap is not a miss');
    if (e.type === 'contact.offered') t.equal(e.at, clock.now(), 'offers are made now, not at past times');
  }
  t.ok(
    events.some((e) => e.type === 'contact.offered'),
    'waiting contacts are offered again at once',
  );
  t.equal(router.nextDeadline()! > clock.now(), true, 'nothing due is left');
});

t.test('lease keeper - one leader; a paused leader steps down and another takes over; stop hands over', async (t) => {
  const backend = new MemoryBackend();
  const log: string[] = [];
  const keeper = (name: string) =>
    new LeaseKeeper(new MemoryRoutingStore({ backend }), {
      holder: name,
      // Long enough that a loaded machine's pauses do not cost k1 its lease by themselves.
      ttlMs: 2000,
      renewEveryMs: 100,
      onAcquired: () => void log.push(`${name} leads`),
      onLost: () => void log.push(`${name} lost`),
    });
  const k1 = keeper('k1');
  const k2 = keeper('k2');
  t.teardown(async () => {
    await k1.stop();
    await k2.stop();
  });
  k1.start();
  await new Promise((r) => setTimeout(r, 20));
  k2.start();
  await new Promise((r) => setTimeout(r, 300));
  t.same(log, ['k1 leads'], 'k1 renews, k2 waits');
  const frozenUntil = Date.now() + 2100; // the whole process freezes past the lease (like SIGSTOP)
  while (Date.now() < frozenUntil);
  const waitFor = async (ok: () => boolean): Promise<void> => {
    for (const deadline = Date.now() + 60_000; !ok() && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 20));
  };
  await waitFor(() => log.length >= 3);
  t.same(log.slice(1).sort(), ['k1 lost', 'k2 leads'], 'k1 steps down, k2 takes over');
  t.equal([k1.leading, k2.leading].filter(Boolean).length, 1, 'exactly one leader');
  await k2.stop();
  await waitFor(() => log.length >= 4);
  t.equal(log.at(-1), 'k1 leads', 'a clean stop hands over at once');
});
