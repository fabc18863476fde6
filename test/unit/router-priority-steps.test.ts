/**
 * DESIGN §3.1: a queue's steps may raise a contact's priority after a wait,
 * keeping its virtual arrival, so that strict priority starves nobody.
 */
import t from 'tap';
import { compileConfig, type CoreConfig } from '../../src/core/index.js';
import { harness, offers, T0 } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  tiers: { prime: { bonusSeconds: 30 } },
  queues: [
    {
      id: 'q',
      channels: ['chat'],
      steps: [
        { afterSeconds: 60, priority: 3 },
        { afterSeconds: 600, priority: 1 },
      ],
    },
  ],
};

t.test('router - a step raises the priority and keeps the virtual arrival', async (t) => {
  const h = harness(config);
  h.create('old', { customer: { id: 'u1', tier: 'prime' } });
  h.tick(10_000);
  h.create('early3', { priority: 3 });
  h.tick(50_000);
  t.match(h.r.contact('old'), { priority: 3, virtualArrival: T0 - 30_000, step: 1 });
  h.create('late3', { priority: 3 });
  h.events();
  h.login('a1', { capacity: { chat: 3 } });
  // All three at priority 3 now: by virtual arrival, the raised contact first.
  t.same(offers(h.events()), [
    ['old', 'a1'],
    ['early3', 'a1'],
    ['late3', 'a1'],
  ]);
});

t.test('router - a step never lowers a priority, and a later step raises it further', async (t) => {
  const h = harness(config);
  h.create('urgent', { priority: 0 });
  h.create('normal');
  h.tick(60_000);
  t.equal(h.r.contact('urgent')?.priority, 0, 'already above the step');
  t.equal(h.r.contact('normal')?.priority, 3);
  h.tick(540_000);
  t.equal(h.r.contact('normal')?.priority, 1);
  t.equal(h.r.contact('normal')?.firstArrival, T0);
});

t.test('router - a supervisor change keeps the priority of the step in force at most', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.tick(60_000);
  h.r.updateContact('c1', { priority: 7 });
  t.equal(h.r.contact('c1')?.priority, 3, 'the step in force caps it');
  h.r.updateContact('c1', { priority: 2 });
  t.equal(h.r.contact('c1')?.priority, 2, 'raising is always allowed');
});

t.test('router - the raised priority holds across a reject (the step stays passed)', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.tick(60_000);
  h.login('a1', {});
  h.r.rejectOffer('a1', 'c1');
  t.match(h.r.contact('c1'), { state: 'waiting', priority: 3, step: 1 });
});

t.test('config - a step priority is an integer 0..1000', async (t) => {
  t.throws(() => compileConfig({ queues: [{ id: 'q', channels: ['chat'], steps: [{ afterSeconds: 5, priority: -1 }] }] }), /queues\[q\]\.steps\.0\.priority/);
  t.throws(() => compileConfig({ queues: [{ id: 'q', channels: ['chat'], steps: [{ afterSeconds: 5, priority: 1.5 }] }] }), /priority/);
  const c = compileConfig(config);
  t.same(
    c.queues.get('q' as never)!.levels.map((l) => l.priority),
    [Infinity, 3, 1],
  );
});
