import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import { ofType, rejects, T0 } from '../fixtures/router-harness.js';
import { workflowHarness } from '../fixtures/workflow-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'sales', channels: ['chat', 'voice'], wrapUpSeconds: 0, escalateTo: 'tier2', steps: [{ afterSeconds: 100, maxLevel: 1 }] },
    { id: 'billing', channels: ['chat', 'voice'], wrapUpSeconds: 0, transferWindowSeconds: 30 },
    { id: 'tier2', channels: ['chat', 'voice'], wrapUpSeconds: 0, defaultPriority: 1 },
    { id: 'email-only', channels: ['email'] },
  ],
  tiers: { prime: { bonusSeconds: 60 } },
};

/** a1 (sales) holds c1, a prime chat created at T0 and accepted at T0+5 s. */
function setup() {
  const h = workflowHarness(config);
  h.login('a1', { queues: ['sales'] });
  h.create('c1', { queueId: 'sales', customer: { id: 'cust-1', tier: 'prime' }, priority: 3, language: 'en-GB', context: { order: 'A-17' } });
  h.tick(5000);
  h.r.acceptOffer('a1', 'c1');
  h.events();
  return h;
}

t.test('transfer - blind to a queue: keeps its key, attributes and context; the first agent is free at once', async (t) => {
  const h = setup();
  const before = h.r.contact('c1')!;
  h.login('b1', { queues: ['billing'] });
  h.tick(1000);
  h.events();
  const mid = h.mark();
  h.r.transferContact('a1', 'c1', { queueId: 'billing', notes: 'wants a refund' });
  const ev = h.events();
  t.same(
    ev.map((e) => e.type),
    ['contact.transferred', 'contact.offered'],
  );
  t.match(ofType(ev, 'contact.transferred')[0], {
    agentId: 'a1',
    queueId: 'billing',
    preferUntil: null,
    transfer: {
      at: T0 + 6000,
      fromAgentId: 'a1',
      fromQueueId: 'sales',
      toQueueId: 'billing',
      toAgentId: null,
      mode: 'blind',
      notes: 'wants a refund',
      escalation: null,
    },
  });
  const c = h.r.contact('c1')!;
  t.match(c, {
    state: 'offered',
    agentId: 'b1',
    queueId: 'billing',
    priority: 3,
    firstArrival: T0,
    virtualArrival: T0 - 60_000,
    language: 'en-GB',
    customer: { tier: 'prime' },
    context: { order: 'A-17' },
    declinedBy: ['a1'],
  });
  t.equal(c.seq, before.seq);
  t.same(h.r.agent('a1')!.contacts, [], 'the first agent holds nothing');
  t.match(c.transfers, [{ fromAgentId: 'a1', notes: 'wants a refund' }]);
  h.checkRebuild(t, mid);
});

t.test('transfer - never offered back to the agent who transferred it', async (t) => {
  const h = setup();
  h.r.transferContact('a1', 'c1', { queueId: 'sales' });
  t.match(h.r.contact('c1'), { state: 'waiting' });
  h.login('a2', { queues: ['sales'] });
  t.equal(h.holder('c1'), 'a2');
});

t.test('transfer - to a busy named agent waits up to the window, then falls back to the queue', async (t) => {
  const h = setup();
  h.login('b1', { queues: ['billing'] });
  h.login('b2', { queues: ['billing'] });
  h.create('x', { queueId: 'billing' });
  t.equal(h.holder('x'), 'b1');
  h.r.acceptOffer('b1', 'x');
  const mid = h.mark();
  h.r.transferContact('a1', 'c1', { queueId: 'billing', agentId: 'b1' });
  t.match(h.r.contact('c1'), { state: 'waiting', preferredAgentId: 'b1', preferUntil: T0 + 5000 + 30_000 });
  h.tick(29_999);
  t.equal(h.holder('c1'), null, 'b2 is free but the contact waits for b1');
  h.tick(1);
  t.equal(h.holder('c1'), 'b2', 'then anyone in the queue');
  h.checkRebuild(t, mid);
});

t.test('transfer - to a free named agent: offered to them at once', async (t) => {
  const h = setup();
  h.login('b1', { queues: ['sales', 'billing'] });
  h.login('b2', { queues: ['sales'] });
  h.r.transferContact('a1', 'c1', { agentId: 'b2' });
  t.match(h.r.contact('c1'), { state: 'offered', agentId: 'b2', queueId: 'sales' });
});

t.test("transfer - consultative: the first agent's slot is held until the new agent accepts", async (t) => {
  const h = setup();
  h.login('b1', { queues: ['billing'] });
  h.create('other', { queueId: 'sales' }); // waits: a1 has no free chat slot
  const mid = h.mark();
  h.r.transferContact('a1', 'c1', { queueId: 'billing', consult: true });
  t.match(h.r.contact('c1'), { state: 'offered', agentId: 'b1', consultBy: 'a1' });
  t.equal(h.holder('other'), null, 'a1 slot still held during the consultation');
  t.equal(h.r.agentStatus('a1'), 'busy');
  h.checkRebuild(t, mid);
  h.events();
  h.r.acceptOffer('b1', 'c1');
  t.same(h.types(), ['contact.accepted', 'contact.transfer_completed', 'contact.offered']);
  t.match(h.r.contact('c1'), { state: 'active', agentId: 'b1', consultBy: null });
  t.equal(h.holder('other'), 'a1', 'hand-over done: a1 is free again');
  h.checkRebuild(t, mid);
});

t.test('transfer - consultative: cancelled, the contact is back with the first agent; the offer is withdrawn', async (t) => {
  const h = setup();
  h.login('b1', { queues: ['billing'] });
  h.r.transferContact('a1', 'c1', { queueId: 'billing', consult: true });
  h.events();
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.cancelTransfer('b1', 'c1'), 'cancel by someone else');
  h.r.cancelTransfer('a1', 'c1');
  t.match(ofType(h.events(), 'contact.transfer_cancelled'), [{ agentId: 'a1', offeredTo: 'b1', queueId: 'sales' }]);
  t.match(h.r.contact('c1'), { state: 'active', agentId: 'a1', queueId: 'sales', consultBy: null });
  t.same(h.r.agent('b1')!.contacts, []);
  t.same(h.r.agent('a1')!.contacts, ['c1']);
  h.r.endContact('c1', 'agent');
  t.equal(h.r.contact('c1'), undefined, 'closes normally');
  h.checkRebuild(t);
});

t.test('transfer - consultative: a hang-up or the first agent logging out ends the hold', async (t) => {
  const h = setup();
  h.r.transferContact('a1', 'c1', { queueId: 'billing', consult: true });
  h.events();
  h.r.abandonContact('c1');
  t.same(h.types(), ['contact.transfer_completed', 'contact.abandoned']);
  t.same(h.r.agent('a1')!.contacts, []);
  h.create('c2', { queueId: 'sales' });
  t.equal(h.holder('c2'), 'a1', 'slot free again');
  h.r.acceptOffer('a1', 'c2');
  h.r.transferContact('a1', 'c2', { queueId: 'billing', consult: true });
  h.events();
  h.r.logoutAgent('a1');
  t.same(h.types(), ['contact.transfer_completed', 'agent.logged_out']);
  t.equal(h.r.agent('a1'), undefined);
  t.match(h.r.contact('c2'), { state: 'waiting', consultBy: null });
  h.checkRebuild(t);
});

t.test("escalation - to the queue's supervisor tier with a reason, visible on the contact", async (t) => {
  const h = setup();
  h.login('s1', { queues: ['tier2'] });
  h.r.escalateContact('a1', 'c1', 'angry-customer', 'threatens to cancel');
  const e = ofType(h.events(), 'contact.transferred')[0]!;
  t.match(e.transfer, { mode: 'blind', toQueueId: 'tier2', escalation: 'angry-customer', notes: 'threatens to cancel' });
  t.match(h.r.contact('c1'), { agentId: 's1', queueId: 'tier2', priority: 3 });
  h.checkRebuild(t);
});

t.test('transfer - bad input changes nothing', async (t) => {
  const h = setup();
  h.login('a2', { queues: ['sales'] });
  h.login('b1', { queues: ['billing'] });
  rejects(t, h.r, 'NOT_FOUND', () => h.r.transferContact('a1', 'nope', { queueId: 'billing' }), 'unknown contact');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.transferContact('a2', 'c1', { queueId: 'billing' }), 'a contact the agent does not hold');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.transferContact('a1', 'c1', { queueId: 'nowhere' }), 'unknown queue');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.transferContact('a1', 'c1', { queueId: 'email-only' }), 'a queue that does not take chats');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.transferContact('a1', 'c1', {}), 'no target');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.transferContact('a1', 'c1', { agentId: 'a1' }), 'to oneself');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.transferContact('a1', 'c1', { agentId: 'ghost' }), 'an agent not logged in');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.transferContact('a1', 'c1', { agentId: 'b1' }), 'an agent who does not serve the queue');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.cancelTransfer('a1', 'c1'), 'cancel without a consultative transfer');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.escalateContact('a2', 'c1', 'x'), 'escalate a contact one does not hold');
  rejects(t, h.r, 'INVALID_ARGUMENT', () => h.r.escalateContact('a1', 'c1', 'bad reason'), 'a malformed reason');
  h.create('w', { queueId: 'billing' });
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.transferContact('b1', 'w', { queueId: 'sales' }), 'a contact only offered');
  h.r.acceptOffer('b1', 'w');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.escalateContact('b1', 'w', 'x'), 'a queue without escalation');
});
