/**
 * The registry remembers the last 10,000 closed contacts, oldest forgotten
 * first, however long the server runs (the order survives the internal
 * compaction of its list of ids), and within a budget of bytes.
 */
import t from 'tap';
import { Router } from '../../src/core/index.js';
import { ContactRegistry, creationOf } from '../../src/gateway/contact-registry.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { contact, STORE_CONFIG } from '../fixtures/store-scenario.js';

t.test('contact registry - the last 10,000 closed contacts are remembered, the older forgotten in order', async (t) => {
  const router = new Router(STORE_CONFIG, new ManualClock(1_700_000_000_000));
  const registry = new ContactRegistry();
  const TOTAL = 25_000;
  for (let i = 0; i < TOTAL; i++) {
    const rec = router.createContact(contact(`c${i}`));
    registry.register(rec.id, 'ivr', `x${i}`, router.contact(rec.id)!);
    router.abandonContact(rec.id);
    for (const e of router.drainEvents()) registry.observe(e);
  }
  const forgotten = [0, 1, 7_000, TOTAL - 10_001].filter((i) => registry.find('ivr', `x${i}`) !== undefined);
  t.same(forgotten, [], 'the oldest are forgotten');
  const kept = [TOTAL - 10_000, TOTAL - 5_000, TOTAL - 1].map((i) => registry.find('ivr', `x${i}`));
  t.same(kept, [`c${TOTAL - 10_000}`, `c${TOTAL - 5_000}`, `c${TOTAL - 1}`], 'the last 10,000 are found');
  t.equal(registry.closedContact(`c${TOTAL - 1}`)?.state, 'closed', 'with their closed view');
  t.equal(registry.ownerOf(`c${TOTAL - 10_001}`), undefined);
  t.equal(registry.ownerOf(`c${TOTAL - 10_000}`), 'ivr');
});

t.test('contact registry - closed contacts are bounded in bytes, contexts dropped first', async (t) => {
  const router = new Router(STORE_CONFIG, new ManualClock(1_700_000_000_000));
  const registry = new ContactRegistry({ maxClosedBytes: 2 * 1024 * 1024 });
  const blob = 'x'.repeat(100 * 1024);
  for (let i = 0; i < 40; i++) {
    const rec = router.createContact({ ...contact(`c${i}`), context: { blob } });
    registry.register(rec.id, 'ivr', `x${i}`, router.contact(rec.id)!, creationOf({ context: { blob } }));
    router.abandonContact(rec.id);
    for (const e of router.drainEvents()) registry.observe(e);
  }
  t.ok(registry.closedBytes <= 2 * 1024 * 1024, `within the budget (${registry.closedBytes} bytes)`);
  t.equal(registry.find('ivr', 'x0'), 'c0', 'the oldest is still recognised');
  t.same(registry.closedContact('c0')?.context, {}, 'without its context');
  t.same(registry.closedContact('c39')?.context, { blob }, 'the newest keeps it');

  const tiny = new ContactRegistry({ maxClosedBytes: 10 * 1024 });
  for (let i = 0; i < 100; i++) {
    const rec = router.createContact(contact(`d${i}`));
    tiny.register(rec.id, 'ivr', `y${i}`, router.contact(rec.id)!, creationOf({}));
    router.abandonContact(rec.id);
    for (const e of router.drainEvents()) tiny.observe(e);
  }
  t.ok(tiny.closedBytes <= 10 * 1024, 'then whole entries go');
  t.equal(tiny.find('ivr', 'y0'), undefined, 'the oldest first');
  t.equal(tiny.find('ivr', 'y99'), 'd99');
});

t.test('contact registry - a creation fingerprint ignores key order, sees any other difference', async (t) => {
  const a = creationOf({ queueId: 'q', skills: { b: 1, a: 2 }, context: { x: [1, { y: 2, z: 3 }] } });
  const b = creationOf({ context: { x: [1, { z: 3, y: 2 }] }, skills: { a: 2, b: 1 }, queueId: 'q' });
  const c = creationOf({ queueId: 'q', skills: { b: 1, a: 2 }, context: { x: [1, { y: 2, z: 4 }] } });
  t.equal(a.fingerprint, b.fingerprint);
  t.not(a.fingerprint, c.fingerprint);
});
