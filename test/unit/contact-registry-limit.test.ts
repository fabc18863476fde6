/**
 * The registry remembers the last 10,000 closed contacts, oldest forgotten
 * first, however long the server runs (the order survives the internal
 * compaction of its list of ids).
 */
import t from 'tap';
import { Router } from '../../src/core/index.js';
import { ContactRegistry } from '../../src/gateway/contact-registry.js';
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
