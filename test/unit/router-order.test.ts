import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { harness, offers, T0 } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  tiers: { prime: { bonusSeconds: 60 } },
  queues: [
    { id: 'sales', channels: ['chat', 'voice'] },
    { id: 'billing', channels: ['chat'] },
    { id: 'vip', channels: ['chat'], defaultPriority: 1 },
  ],
};

t.test('router - lower priority number is served first', async (t) => {
  const h = harness(config);
  h.create('c1', { priority: 5 });
  h.create('c2', { priority: 1 });
  h.create('c3', { priority: 3 });
  h.login('a1', { capacity: { chat: 3 } });
  t.same(offers(h.events()), [
    ['c2', 'a1'],
    ['c3', 'a1'],
    ['c1', 'a1'],
  ]);
});

t.test('router - priority beats arrival and tier bonus', async (t) => {
  const h = harness(config);
  h.create('c1', { priority: 2, customer: { id: 'u1', tier: 'prime' } });
  h.tick(600_000);
  h.create('c2', { priority: 1 });
  h.login('a1', {});
  t.equal(h.holder('c2'), 'a1');
  t.equal(h.r.contact('c1')?.state, 'waiting');
});

t.test('router - earlier first arrival is served first within a priority', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.tick(1);
  h.create('c2');
  h.login('a1', {});
  t.equal(h.holder('c1'), 'a1');
  t.equal(h.r.contact('c2')?.state, 'waiting');
});

t.test('router - contact records carry first arrival, virtual arrival and seq', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.tick(5_000);
  h.create('c2', { customer: { id: 'u2', tier: 'prime' } });
  t.match(h.r.contact('c1'), { firstArrival: T0, virtualArrival: T0, seq: 1, step: 0, state: 'waiting' });
  t.match(h.r.contact('c2'), { firstArrival: T0 + 5_000, virtualArrival: T0 + 5_000 - 60_000, seq: 2 });
});

t.test('router - prime contact overtakes standard within bonus', async (t) => {
  const h = harness(config);
  h.create('std');
  h.tick(59_999);
  h.create('prime', { customer: { id: 'u2', tier: 'prime' } });
  h.login('a1', {});
  t.equal(h.holder('prime'), 'a1');
  t.equal(h.r.contact('std')?.state, 'waiting');
});

t.test('router - prime contact does not overtake standard beyond bonus', async (t) => {
  const h = harness(config);
  h.create('std');
  h.tick(60_001);
  h.create('prime', { customer: { id: 'u2', tier: 'prime' } });
  h.login('a1', {});
  t.equal(h.holder('std'), 'a1');
  t.equal(h.r.contact('prime')?.state, 'waiting');
});

t.test('router - prime arriving exactly the bonus later ties and falls to creation order', async (t) => {
  const h = harness(config);
  h.create('std');
  h.tick(60_000);
  h.create('prime', { customer: { id: 'u2', tier: 'prime' } });
  t.equal(h.r.contact('prime')?.virtualArrival, h.r.contact('std')?.virtualArrival);
  h.login('a1', {});
  t.equal(h.holder('std'), 'a1');
});

t.test('router - equal keys fall to creation order', async (t) => {
  const h = harness(config);
  for (const id of ['c3', 'c1', 'c2']) h.create(id);
  h.login('a1', { capacity: { chat: 3 } });
  t.same(offers(h.events()), [
    ['c3', 'a1'],
    ['c1', 'a1'],
    ['c2', 'a1'],
  ]);
});

t.test('router - an agent serving several queues takes the best key across them', async (t) => {
  const h = harness(config);
  h.create('s1', { queueId: 'sales' });
  h.tick(1_000);
  h.create('b1', { queueId: 'billing', customer: { id: 'u2', tier: 'prime' } });
  h.tick(1_000);
  h.create('b2', { queueId: 'billing' });
  h.login('a1', { queues: ['sales', 'billing'] });
  t.equal(h.holder('b1'), 'a1', 'prime in billing beats older standard in sales');
  h.r.acceptOffer('a1', 'b1');
  h.r.endContact('b1', 'agent', 'a1');
  h.r.finishWrapUp('a1', 'b1');
  t.equal(h.holder('s1'), 'a1', 'then the oldest standard, whichever queue');
});

t.test('router - a queue default priority applies across queues', async (t) => {
  const h = harness(config);
  h.create('s1', { queueId: 'sales' });
  h.tick(1_000);
  h.create('v1', { queueId: 'vip' });
  t.equal(h.r.contact('v1')?.priority, 1);
  h.login('a1', { queues: ['sales', 'vip'] });
  t.equal(h.holder('v1'), 'a1');
});

t.test('router - an agent logging in to a full queue takes contacts in key order', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.tick(1_000);
  h.create('c2', { customer: { id: 'u2', tier: 'prime' } });
  h.tick(1_000);
  h.create('c3', { priority: 0 });
  h.create('c4');
  h.login('a1', { capacity: { chat: 3 } });
  t.same(offers(h.events()), [
    ['c3', 'a1'],
    ['c2', 'a1'],
    ['c1', 'a1'],
  ]);
  t.equal(h.r.contact('c4')?.state, 'waiting');
});

t.test('router - several pairs at once are served in key order, each to its best agent', async (t) => {
  const h = harness(config);
  // x holds two chats; y and z wait with free slots, y idle longest.
  h.login('x', { capacity: { chat: 2 } });
  h.create('c1');
  h.create('c2', { priority: 1 });
  h.r.acceptOffer('x', 'c1');
  h.r.acceptOffer('x', 'c2');
  h.tick(1_000);
  h.login('y', {});
  h.tick(1_000);
  h.login('z', {});
  h.events();
  // A forced logout requeues both at once: c2 (priority 1) first, to y.
  h.r.logoutAgent('x', { force: true });
  t.same(offers(h.events()), [
    ['c2', 'y'],
    ['c1', 'z'],
  ]);
});

t.test('router - a rejected contact keeps its place', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.tick(1_000);
  h.create('c2');
  h.r.rejectOffer('a1', 'c1');
  // a1 declined c1, so it takes c2; a fresh agent gets c1 ahead of newer c3.
  t.equal(h.holder('c2'), 'a1');
  h.create('c3');
  h.login('a2', {});
  t.equal(h.holder('c1'), 'a2');
  t.equal(h.r.contact('c1')?.firstArrival, T0);
});

t.test('router - re-prioritising keeps the first arrival', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.tick(1_000);
  h.create('c2');
  h.r.updateContact('c2', { priority: 0 });
  t.match(h.r.contact('c2'), { priority: 0, firstArrival: T0 + 1_000, virtualArrival: T0 + 1_000 });
  t.equal(h.r.position('c2'), 1);
  t.equal(h.r.position('c1'), 2);
  h.login('a1', {});
  t.equal(h.holder('c2'), 'a1');
});

t.test('router - position counts waiting contacts of the same queue ahead by key', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.create('b1', { queueId: 'billing', priority: 0 });
  h.tick(1_000);
  h.create('c2', { customer: { id: 'u2', tier: 'prime' } });
  h.create('c3');
  t.equal(h.r.position('c2'), 1);
  t.equal(h.r.position('c1'), 2);
  t.equal(h.r.position('c3'), 3);
  t.equal(h.r.position('b1'), 1);
  t.same(
    h.r.waitingStats().sort((a, b) => (a.queueId + a.tier < b.queueId + b.tier ? -1 : 1)),
    [
      { queueId: 'billing', channel: 'chat', tier: 'standard', waiting: 1, oldestArrival: T0 },
      { queueId: 'sales', channel: 'chat', tier: 'prime', waiting: 1, oldestArrival: T0 + 1_000 },
      { queueId: 'sales', channel: 'chat', tier: 'standard', waiting: 2, oldestArrival: T0 },
    ],
  );
});

t.test('router - a customer without a tier is standard', async (t) => {
  const h = harness(config);
  h.r.createContact({ id: 'c1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'u1' } as { id: string; tier: string } });
  t.match(h.r.contact('c1'), { customer: { id: 'u1', tier: 'standard' }, virtualArrival: T0, priority: 5 });
});
