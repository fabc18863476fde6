/**
 * DESIGN §3.1: deadlines due at one instant all take effect, in the order
 * they were armed, before matching runs at that instant; so nothing is
 * offered and withdrawn at one instant.
 */
import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { harness, ofType, T0 } from '../fixtures/router-harness.js';

t.test('router - offers expiring at one instant take effect before matching: nothing offered and withdrawn', async (t) => {
  const config: CoreConfig = { missedOffersLimit: 2, queues: [{ id: 'q', channels: ['chat'], offerTimeoutSeconds: 20 }] };
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  h.create('c1');
  h.create('c2');
  h.tick(1_000);
  h.create('c3');
  t.equal(h.r.contact('c3')?.state, 'waiting', 'a1 is full');
  h.events();
  // c1 and c2 ring out at T0 + 20 s. Matching between the two would offer
  // c3 to a1 and withdraw it when the second miss sends a1 away.
  h.tick(19_000);
  const events = h.events();
  t.same(
    events.map((e) => e.type),
    ['contact.offer_expired', 'contact.offer_expired', 'agent.presence_changed'],
  );
  t.same(
    ofType(events, 'contact.offer_expired').map((e) => e.contactId),
    ['c1', 'c2'],
    'in the order they were armed (offered)',
  );
  t.equal(ofType(events, 'contact.offered').length, 0);
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'missed-offers', missedInRow: 2 });
  t.equal(h.r.contact('c3')?.state, 'waiting');
});

t.test('router - deadlines at one instant take effect in the order they were armed, not by kind', async (t) => {
  const config: CoreConfig = {
    queues: [
      { id: 'slow', channels: ['chat'], offerTimeoutSeconds: 15 },
      { id: 'wrap', channels: ['chat'], wrapUpSeconds: 20 },
    ],
  };
  const h = harness(config);
  h.login('a1', { queues: ['wrap'] });
  h.create('w', { queueId: 'wrap' });
  h.r.acceptOffer('a1', 'w');
  // The wrap-up of w ends at T0 + 20 s: armed now.
  h.r.endContact('w', 'agent', 'a1');
  h.tick(5_000);
  h.login('a2', { queues: ['slow'] });
  // The offer of s rings out at T0 + 20 s too: armed later.
  h.create('s', { queueId: 'slow' });
  h.events();
  h.tick(15_000);
  const events = h.events();
  t.same(
    events.map((e) => [e.type, 'contactId' in e ? e.contactId : null]),
    [
      ['contact.closed', 'w'],
      ['contact.offer_expired', 's'],
    ],
  );
});

t.test('router - an offer armed before a wrap-up end takes effect first at their instant', async (t) => {
  const config: CoreConfig = {
    queues: [
      { id: 'slow', channels: ['chat'], offerTimeoutSeconds: 15 },
      { id: 'wrap', channels: ['chat'], wrapUpSeconds: 10 },
    ],
  };
  const h = harness(config);
  h.login('a1', { queues: ['wrap'] });
  h.login('a2', { queues: ['slow'] });
  h.create('w', { queueId: 'wrap' });
  h.r.acceptOffer('a1', 'w');
  h.create('s', { queueId: 'slow' });
  h.tick(5_000);
  h.r.endContact('w', 'agent', 'a1');
  h.events();
  h.tick(10_000);
  t.same(
    h.events().map((e) => [e.type, 'contactId' in e ? e.contactId : null]),
    [
      ['contact.offer_expired', 's'],
      ['contact.closed', 'w'],
    ],
  );
});

t.test('router - a snapshot keeps the arming order of deadlines due together', async (t) => {
  const config: CoreConfig = { queues: [{ id: 'q', channels: ['chat'], offerTimeoutSeconds: 20 }] };
  const h = harness(config);
  // c2 is created first but offered second: a1 takes c1's better key first.
  h.create('c2', { priority: 6 });
  h.create('c1', { priority: 4 });
  h.login('a1', { capacity: { chat: 2 } });
  t.same(
    ofType(h.events(), 'contact.offered').map((e) => e.contactId),
    ['c1', 'c2'],
  );
  const snap = JSON.parse(JSON.stringify(h.r.snapshot())) as ReturnType<Router['snapshot']>;
  t.ok(snap.timers !== undefined && snap.timerSeq !== undefined, 'the snapshot carries the deadlines in force');
  const restored = Router.restore(config, h.clock, snap);
  t.same(restored.snapshot(), h.r.snapshot(), 'restored as it was');
  h.clock.set(T0 + 20_000);
  for (const r of [h.r, restored]) {
    r.advance();
    t.same(
      ofType(r.drainEvents(), 'contact.offer_expired').map((e) => e.contactId),
      ['c1', 'c2'],
      'in the order they were offered, not created',
    );
  }
});
