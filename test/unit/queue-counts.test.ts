/**
 * The per-queue counts the router keeps as contacts change (`queueCounts`,
 * `waitingStats`, issue 20): exact through the moves the random sequences of
 * router-properties make rarely (a callback connected, a follow-up due, a
 * contact moved between queues, the oldest leaving and coming back), and
 * rebuilt exactly from events and snapshots (`checkRebuild` compares them).
 */
import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import type { QueueCounts } from '../../src/core/state-queries.js';
import { assertCounts } from '../fixtures/queue-counts.js';
import { T0 } from '../fixtures/router-harness.js';
import { workflowHarness, type WorkflowHarness } from '../fixtures/workflow-harness.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [
    { id: 'phone', channels: ['voice', 'chat'], wrapUpSeconds: 0, callbackRetrySeconds: 60, callbackMaxAttempts: 2, followUpWindowSeconds: 300 },
    { id: 'back-office', channels: ['voice', 'chat'], wrapUpSeconds: 0 },
  ],
  tiers: { prime: { bonusSeconds: 60 } },
};

const voice = { queueId: 'phone', channel: 'voice' as const };

const countsOf = (h: WorkflowHarness, queue: string) => new Map<string, QueueCounts>(h.r.queueCounts()).get(queue);

t.test('queue counts - a callback counts until it is connected, and again when it fails', async (t) => {
  const h = workflowHarness(config);
  h.create('v1', voice);
  h.tick(1000);
  h.create('v2', voice);
  const mid = h.mark();
  h.r.requestCallback('v1');
  t.match(countsOf(h, 'phone'), { waiting: 2, callbacks: 1, oldestArrival: T0 });
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  t.equal(h.holder('v1'), 'a1');
  t.match(countsOf(h, 'phone'), { waiting: 1, callbacks: 1, oldestArrival: T0 + 1000 }, 'offered: no longer waiting, still a callback');
  h.r.acceptOffer('a1', 'v1');
  h.r.markConnected('v1');
  t.match(countsOf(h, 'phone'), { waiting: 1, callbacks: 0 }, 'connected: no longer counted');
  assertCounts(h.r, 'connected');
  h.checkRebuild(t, mid);
  h.r.requestCallback('v2');
  h.r.endContact('v1', 'agent');
  t.equal(h.holder('v2'), 'a1');
  h.r.acceptOffer('a1', 'v2');
  t.match(countsOf(h, 'phone'), { waiting: 0, callbacks: 1, oldestArrival: Infinity }, 'dialing: still counted');
  h.r.callbackFailed('v2');
  t.match(countsOf(h, 'phone'), { waiting: 0, callbacks: 1 }, 'the dial failed: scheduled again, still counted');
  assertCounts(h.r, 'failed');
  h.checkRebuild(t, mid);
});

t.test('queue counts - a follow-up counts while scheduled, in the queue it is scheduled to', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'] });
  h.create('c1', { queueId: 'phone' });
  h.r.acceptOffer('a1', 'c1');
  const mid = h.mark();
  h.r.scheduleFollowUp('a1', 'c1', { id: 'f1', dueAt: T0 + DAY, note: 'n', queueId: 'back-office' });
  h.r.endContact('c1', 'agent');
  t.match(countsOf(h, 'back-office'), { waiting: 0, followUps: 1, oldestArrival: Infinity });
  t.equal(countsOf(h, 'phone'), undefined, 'nothing left in phone');
  h.checkRebuild(t, mid);
  h.tick(DAY);
  t.match(countsOf(h, 'back-office'), { waiting: 1, followUps: 0, oldestArrival: T0 + DAY }, 'due: waiting, no longer scheduled');
  assertCounts(h.r, 'due');
  h.checkRebuild(t, mid);
  h.r.setPresence('a1', 'away');
  h.r.updateContact('f1', { queueId: 'phone' });
  t.match(countsOf(h, 'phone'), { waiting: 1, oldestArrival: T0 + DAY }, 'moved with its counts');
  assertCounts(h.r, 'moved');
  h.checkRebuild(t, mid);
});

t.test('queue counts - the oldest first arrival follows the oldest out, back in, and across queues', async (t) => {
  const h = workflowHarness(config);
  h.create('v1', voice);
  h.tick(1000);
  h.create('c2', { queueId: 'phone', channel: 'chat', customer: { id: 'cust-2', tier: 'prime' } });
  h.tick(1000);
  h.create('v3', voice);
  const mid = h.mark();
  const cells = () =>
    h.r
      .waitingStats()
      .map((w) => `${w.queueId}|${w.channel}|${w.tier}=${w.waiting}@${w.oldestArrival - T0}`)
      .sort();
  t.same(cells(), ['phone|chat|prime=1@1000', 'phone|voice|standard=2@0']);
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  t.equal(h.holder('v1'), 'a1');
  t.same(cells(), ['phone|chat|prime=1@1000', 'phone|voice|standard=1@2000'], 'the oldest offered: the next one is the oldest');
  t.match(countsOf(h, 'phone'), { waiting: 2, oldestArrival: T0 + 1000 });
  h.r.rejectOffer('a1', 'v1');
  t.same(cells(), ['phone|chat|prime=1@1000', 'phone|voice|standard=1@0'], 'back with its first arrival (v3 offered)');
  h.r.rejectOffer('a1', 'v3');
  t.same(cells(), ['phone|chat|prime=1@1000', 'phone|voice|standard=2@0'], 'both back');
  h.checkRebuild(t, mid);
  h.r.setPresence('a1', 'away');
  h.r.updateContact('v1', { queueId: 'back-office' });
  t.same(cells(), ['back-office|voice|standard=1@0', 'phone|chat|prime=1@1000', 'phone|voice|standard=1@2000'], 'moved to another queue');
  h.r.updateContact('v1', { queueId: 'phone' });
  t.same(cells(), ['phone|chat|prime=1@1000', 'phone|voice|standard=2@0'], 'and back');
  h.r.abandonContact('v1');
  h.r.abandonContact('c2');
  t.same(cells(), ['phone|voice|standard=1@2000']);
  t.match(countsOf(h, 'phone'), { waiting: 1, oldestArrival: T0 + 2000 });
  h.checkRebuild(t, mid);
});

t.test('queue counts - stay exact through many arrivals and offers (heaps rebuilt on the way)', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['phone'], capacity: { voice: 1 } });
  h.r.setPresence('a1', 'away');
  for (let i = 0; i < 200; i++) {
    h.create(`v${i}`, { ...voice, customer: { id: `cust-${i}`, tier: i % 3 === 0 ? 'prime' : 'standard' } });
    h.tick(10);
  }
  const mid = h.mark();
  h.r.setPresence('a1', 'available');
  for (let served = 0; served < 150; served++) {
    const held = h.r.agent('a1')!.contacts[0]!;
    if (served % 4 === 0) h.r.rejectOffer('a1', held);
    else h.serve(held);
    if (served % 10 === 0) h.create(`n${served}`, voice);
    if (served % 25 === 0) assertCounts(h.r, `after ${served}`);
    h.r.drainEvents();
  }
  assertCounts(h.r, 'at the end');
  h.checkRebuild(t, mid);
});
