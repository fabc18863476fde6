/**
 * A closed contact is not kept alive by the core. A deadline that no longer matters (an offer accepted, a wrap-up finished
 * early) stays in the core's timer heap until it comes due; it must not keep
 * its closed contact alive that long (issue 20: at 1,000 contacts a second
 * and two-minute wrap-ups, 120,000 closed contacts held and promoted). And a
 * dead deadline of a closed contact never acts on a later contact that has
 * the same id.
 */
import { runInNewContext } from 'node:vm';
import v8 from 'node:v8';
import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { harness } from '../fixtures/router-harness.js';

v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const config: CoreConfig = { queues: [{ id: 'q', channels: ['chat'], offerTimeoutSeconds: 30, wrapUpSeconds: 120 }] };

t.test('core retention - a closed contact is not kept alive by its deadlines that did not come due', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  const refs: WeakRef<object>[] = [];
  for (let i = 0; i < 20; i++) {
    const id = `c${i}`;
    h.create(id);
    refs.push(new WeakRef(h.r.contact(id)!));
    h.r.acceptOffer('a1', id);
    h.tick(1_000);
    h.r.endContact(id, 'agent', 'a1');
    h.r.finishWrapUp('a1', id, 'resolved');
    t.equal(h.r.contact(id), undefined, `${id} closed`);
  }
  h.events();
  // WeakRefs hold their targets until the end of the job that made them.
  await new Promise((r) => setImmediate(r));
  gc();
  t.equal(refs.filter((r) => r.deref() !== undefined).length, 0, "no closed contact's record is reachable (offer and wrap-up deadlines still pending)");
  // The dead deadlines still come due harmlessly.
  h.tick(200_000);
  t.same(h.types(), [], 'nothing happens when they do');
});

t.test('core retention - nor are contacts that waited before they were offered (the queue counts let go of them)', async (t) => {
  const h = harness(config);
  h.login('a1', {}, { presence: 'away' });
  const refs: WeakRef<object>[] = [];
  for (let i = 0; i < 20; i++) h.create(`c${i}`);
  h.r.queueCounts(); // the oldest waiting read
  for (let i = 0; i < 20; i++) {
    const id = `c${i}`;
    refs.push(new WeakRef(h.r.contact(id)!));
    if (i === 0) h.r.setPresence('a1', 'available');
    t.equal(h.holder(id), 'a1', `${id} offered`);
    h.r.acceptOffer('a1', id);
    h.tick(1_000);
    h.r.endContact(id, 'agent', 'a1');
    h.r.finishWrapUp('a1', id, 'resolved');
  }
  h.events();
  await new Promise((r) => setImmediate(r));
  gc();
  t.equal(refs.filter((r) => r.deref() !== undefined).length, 0, "no closed contact's record is reachable");
});

t.test('core retention - a dead deadline of a closed contact does not act on a new contact with the same id', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent', 'a1');
  // Its wrap-up deadline (now + 120 s) stays in the heap, dead.
  h.r.finishWrapUp('a1', 'c1', 'resolved');
  h.tick(10_000);
  h.create('c1');
  t.equal(h.holder('c1'), 'a1', 'the new c1 is offered');
  h.r.acceptOffer('a1', 'c1');
  h.tick(5_000);
  h.r.endContact('c1', 'agent', 'a1');
  h.events();
  // The first c1's wrap-up deadline comes due at 120 s; the new c1's at 135 s.
  h.tick(106_000);
  t.equal(h.r.contact('c1')?.state, 'wrap_up', "the first c1's dead deadline did not close the new one's wrap-up");
  t.same(h.types(), []);
  h.tick(15_000);
  t.equal(h.r.contact('c1'), undefined, 'its own deadline did');
  t.ok(h.types().includes('contact.closed'));
});
