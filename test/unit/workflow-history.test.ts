import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { ofType, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [
    { id: 'q', channels: ['chat', 'voice'], wrapUpSeconds: 0, lastAgentRouting: true, preferenceWindowSeconds: 60 },
    { id: 'other', channels: ['chat'], wrapUpSeconds: 0, lastAgentRouting: false },
  ],
  history: { perCustomer: 3, maxEntries: 5 },
};

/** Creates and serves a contact of `customer` to whoever takes it; returns the agent. */
function handled(h: ReturnType<typeof workflowHarness>, id: string, customer: string, queueId = 'q'): string {
  h.create(id, { queueId, customer: { id: customer, tier: 'standard' } });
  const agent = h.holder(id)!;
  h.r.acceptOffer(agent, id);
  h.r.endContact(id, 'agent');
  return agent;
}

t.test("history - each handled contact joins its customer's history, newest first, bounded per customer", async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['q', 'other'] });
  const mid = h.mark();
  for (let i = 1; i <= 4; i++) {
    h.tick(1000);
    handled(h, `c${i}`, 'alice');
  }
  const hist = h.r.history('alice');
  t.same(
    hist.map((e) => e.contactId),
    ['c4', 'c3', 'c2'],
    'the last 3, newest first',
  );
  t.match(hist[0], { queueId: 'q', channel: 'chat', agentId: 'a1', startedAt: T0 + 4000, endedAt: T0 + 4000, disposition: null, notes: null });
  t.same(h.r.history('nobody'), []);
  h.checkRebuild(t, mid);
});

t.test('history - a count bound, when set, evicts the oldest entries first', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['q', 'other'] });
  handled(h, 'b1', 'bob');
  handled(h, 'b2', 'bob');
  handled(h, 'c1', 'carol');
  handled(h, 'c2', 'carol');
  handled(h, 'b3', 'bob');
  handled(h, 'd1', 'dave'); // six entries: b1 goes
  t.same(
    h.r.history('bob').map((e) => e.contactId),
    ['b3', 'b2'],
    "bob's oldest went",
  );
  t.same(
    h.r.history('carol').map((e) => e.contactId),
    ['c2', 'c1'],
  );
  handled(h, 'd2', 'dave');
  handled(h, 'd3', 'dave');
  handled(h, 'd4', 'dave');
  t.same(h.r.history('carol'), [], 'then carol is gone');
  t.equal(
    h.r.snapshot().history?.reduce((n, [, l]) => n + l.length, 0),
    5,
  );
  h.checkRebuild(t);
});

t.test('history - FCR: a contact within 7 days of the last handled one is a repeat', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['q', 'other'] });
  handled(h, 'c1', 'alice');
  h.tick(7 * DAY);
  h.create('c2', { customer: { id: 'alice', tier: 'standard' } });
  const created = ofType(h.events(), 'contact.created');
  t.equal(created.at(-1)?.contact.repeatOf, 'c1', 'the created event carries the flag');
  t.equal(h.r.contact('c2')?.repeatOf, 'c1');
  h.r.acceptOffer('a1', 'c2');
  h.r.endContact('c2', 'agent');
  h.tick(7 * DAY + 1);
  h.create('c3', { customer: { id: 'alice', tier: 'standard' } });
  t.equal(h.r.contact('c3')?.repeatOf, null, 'past the window: a first contact again');
  h.create('c4', { customer: { id: 'zoe', tier: 'standard' } });
  t.equal(h.r.contact('c4')?.repeatOf, null, 'a new customer');
  h.checkRebuild(t);
});

t.test("history - last-agent routing: the customer's last agent is preferred, within the window", async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['q', 'other'] });
  h.login('a2', { queues: ['q', 'other'] });
  t.equal(handled(h, 'c1', 'alice'), 'a1', 'a1 is longest idle');
  // a1 is busy with another chat; a2 is free, yet alice's contact waits for a1.
  h.create('x1', { customer: { id: 'x', tier: 'standard' } });
  t.equal(h.holder('x1'), 'a1');
  h.r.acceptOffer('a1', 'x1');
  h.events();
  h.create('c2', { customer: { id: 'alice', tier: 'standard' } });
  t.match(h.r.contact('c2'), { preferredAgentId: 'a1', preferUntil: T0 + 60_000, state: 'waiting' });
  h.tick(60_000);
  t.equal(h.holder('c2'), 'a2', 'after the window, anyone');
  // In a queue without last-agent routing nobody is preferred.
  h.create('c3', { queueId: 'other', customer: { id: 'alice', tier: 'standard' } });
  t.match(h.r.contact('c3'), { preferredAgentId: null });
  h.checkRebuild(t);
});

t.test('history - last-agent routing: an agent named by the integration wins; a free last agent takes it at once', async (t) => {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['q'] });
  h.login('a2', { queues: ['q'] });
  handled(h, 'c1', 'alice'); // a1
  h.create('c2', { customer: { id: 'alice', tier: 'standard' }, preferredAgentId: 'a2' });
  t.match(h.r.contact('c2'), { preferredAgentId: 'a2', agentId: 'a2' });
  h.create('c3', { customer: { id: 'alice', tier: 'standard' } });
  t.match(h.r.contact('c3'), { preferredAgentId: 'a1', agentId: 'a1', state: 'offered' });
});
