import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { agentProfile, harness, ofType, offers, rejects, T0, withoutWhy } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  queues: [
    { id: 'q', channels: ['voice', 'chat', 'email'], wrapUpSeconds: 30, preferenceWindowSeconds: 60 },
    { id: 'fast', channels: ['chat'], wrapUpSeconds: 0 },
  ],
};

t.test('router - an agent logs in away with reason logged-in by default', async (t) => {
  const h = harness(config);
  h.r.loginAgent('a1', agentProfile(['q']));
  t.same(withoutWhy(h.events()), [
    {
      type: 'agent.logged_in',
      at: T0,
      agentId: 'a1',
      profile: { skills: {}, languages: ['en'], capacity: { chat: 1 }, queues: ['q'] },
      loginSeq: 1,
      presence: 'away',
      reason: 'logged-in',
    },
  ]);
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'logged-in', loginSeq: 1, missedInRow: 0, contacts: [] });
  t.equal(h.r.agentStatus('a1'), 'away');
  h.create('c1');
  t.equal(h.holder('c1'), null);
});

t.test('router - an agent may log in available or away with its own reason', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.login('a2', {}, { presence: 'away', reason: 'training' });
  t.match(h.r.agent('a1'), { presence: 'available', awayReason: null, loginSeq: 1 });
  t.match(h.r.agent('a2'), { presence: 'away', awayReason: 'training', loginSeq: 2 });
});

t.test('router - becoming available takes waiting work at once', async (t) => {
  const h = harness(config);
  h.login('a1', {}, { presence: 'away' });
  h.create('c1');
  h.events();
  h.tick(1_000);
  h.r.setPresence('a1', 'available');
  t.same(withoutWhy(h.events()), [
    { type: 'agent.presence_changed', at: T0 + 1_000, agentId: 'a1', presence: 'available', reason: null },
    { type: 'contact.offered', at: T0 + 1_000, contactId: 'c1', agentId: 'a1', expiresAt: T0 + 21_000 },
  ]);
});

t.test('router - setting the same presence and reason again is a no-op', async (t) => {
  const h = harness(config);
  h.login('a1', {}, { presence: 'away', reason: 'lunch' });
  h.events();
  h.r.setPresence('a1', 'away', 'lunch');
  t.same(withoutWhy(h.events()), []);
  h.r.setPresence('a1', 'away', 'meeting');
  t.same(withoutWhy(h.events()), [{ type: 'agent.presence_changed', at: T0, agentId: 'a1', presence: 'away', reason: 'meeting' }]);
  h.r.setPresence('a1', 'available');
  h.tick(1_000);
  h.r.setPresence('a1', 'available');
  t.equal(h.r.agent('a1')?.idleSince, T0, 'idle time not restarted by a no-op');
});

t.test('router - going away revokes pending offers in offer order, not as declines', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  h.create('c1');
  h.create('c2');
  h.events();
  h.r.setPresence('a1', 'away', 'break');
  t.same(withoutWhy(h.events()), [
    { type: 'agent.presence_changed', at: T0, agentId: 'a1', presence: 'away', reason: 'break' },
    { type: 'contact.offer_revoked', at: T0, contactId: 'c1', agentId: 'a1', reason: 'agent_away' },
    { type: 'contact.offer_revoked', at: T0, contactId: 'c2', agentId: 'a1', reason: 'agent_away' },
  ]);
  t.match(h.r.contact('c1'), { state: 'waiting', declinedBy: [] });
  h.r.setPresence('a1', 'available');
  t.same(
    offers(h.events()),
    [
      ['c1', 'a1'],
      ['c2', 'a1'],
    ],
    'offered to it again',
  );
});

t.test('router - going away keeps accepted contacts', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.setPresence('a1', 'away', 'break');
  t.match(h.r.contact('c1'), { state: 'active', agentId: 'a1' });
});

t.test('router - logout is refused while the agent holds an active contact', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.logoutAgent('a1'));
  rejects(t, h.r, 'FAILED_PRECONDITION', () => h.r.logoutAgent('a1', { force: false }), 'force false');
});

t.test('router - logout revokes offers and closes wrap-ups', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  h.login('a2', {}, { presence: 'away' });
  h.create('c1');
  h.create('c2');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent', 'a1');
  h.r.setPresence('a2', 'available');
  h.events();
  h.r.logoutAgent('a1');
  t.same(withoutWhy(h.events()), [
    { type: 'contact.offer_revoked', at: T0, contactId: 'c2', agentId: 'a1', reason: 'agent_logged_out' },
    { type: 'contact.closed', at: T0, contactId: 'c1', agentId: 'a1', disposition: null, notes: null, by: 'logout' },
    { type: 'agent.logged_out', at: T0, agentId: 'a1' },
    { type: 'contact.offered', at: T0, contactId: 'c2', agentId: 'a2', expiresAt: T0 + 20_000 },
  ]);
  t.equal(h.r.agent('a1'), undefined, 'gone');
  t.equal(h.r.agentStatus('a1'), 'offline');
});

t.test('router - forced logout requeues chats and emails with their key', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 1, email: 1 } });
  h.create('c1');
  h.create('e1', { channel: 'email' });
  h.r.acceptOffer('a1', 'c1');
  h.r.acceptOffer('a1', 'e1');
  h.tick(5_000);
  h.create('c2');
  h.events();
  h.r.logoutAgent('a1', { force: true });
  t.same(h.types(), ['contact.requeued', 'contact.requeued', 'agent.logged_out']);
  t.match(h.r.contact('c1'), { state: 'waiting', agentId: null, firstArrival: T0, declinedBy: [] });
  t.equal(h.r.position('c1'), 1, 'ahead of the newer c2');
  t.equal(h.r.agent('a1'), undefined);
  h.login('a2', {});
  t.equal(h.holder('c1'), 'a2');
});

t.test('router - forced logout keeps a call with the offline agent until it ends', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1, email: 1 } });
  h.create('e1', { channel: 'email' });
  h.create('v1', { channel: 'voice' });
  h.r.acceptOffer('a1', 'e1');
  h.r.acceptOffer('a1', 'v1');
  h.events();
  h.r.logoutAgent('a1', { force: true });
  t.same(withoutWhy(h.events()), [
    { type: 'contact.requeued', at: T0, contactId: 'e1', agentId: 'a1', reason: 'agent_logged_out' },
    { type: 'agent.logged_out', at: T0, agentId: 'a1' },
  ]);
  t.match(h.r.agent('a1'), { presence: 'offline', contacts: ['v1'] });
  t.match(h.r.contact('v1'), { state: 'active', agentId: 'a1' });
  t.equal(h.r.agentStatus('a1'), 'offline');
  rejects(t, h.r, 'NOT_FOUND', () => h.r.setPresence('a1', 'available'), 'an offline agent has no presence to set');
  h.r.endContact('v1', 'integration');
  t.match(h.r.contact('v1'), { state: 'wrap_up', agentId: 'a1' });
  h.r.finishWrapUp('a1', 'v1');
  t.equal(h.r.agent('a1'), undefined, 'gone when the call ends');
});

t.test('router - an offline agent holding a call can log in again and keep it', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1, chat: 1 } });
  h.create('v1', { channel: 'voice' });
  h.r.acceptOffer('a1', 'v1');
  h.r.logoutAgent('a1', { force: true });
  h.login('a1', { capacity: { voice: 1, chat: 1 } });
  t.match(h.r.agent('a1'), { presence: 'available', contacts: ['v1'], loginSeq: 2 });
  h.create('c1');
  t.equal(h.holder('c1'), null, 'still on the call');
  h.r.endContact('v1', 'agent', 'a1');
  h.r.finishWrapUp('a1', 'v1');
  t.equal(h.holder('c1'), 'a1');
});

t.test('router - a logged-in agent cannot log in twice', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  rejects(t, h.r, 'ALREADY_EXISTS', () => h.login('a1', {}));
});

t.test('router - wrap-up is timed by the queue and closes by timeout', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.tick(1_000);
  h.events();
  h.r.endContact('c1', 'integration');
  t.same(withoutWhy(h.events()), [{ type: 'contact.ended', at: T0 + 1_000, contactId: 'c1', agentId: 'a1', wrapUpUntil: T0 + 31_000, by: 'integration' }]);
  t.match(h.r.contact('c1'), { state: 'wrap_up', deadline: T0 + 31_000 });
  t.equal(h.r.nextDeadline(), T0 + 31_000);
  h.tick(30_000);
  t.same(withoutWhy(h.events()), [{ type: 'contact.closed', at: T0 + 31_000, contactId: 'c1', agentId: 'a1', disposition: null, notes: null, by: 'timeout' }]);
  t.equal(h.r.contact('c1'), undefined);
});

t.test('router - finishWrapUp closes early with a disposition and notes', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'agent', 'a1');
  h.tick(2_000);
  h.events();
  h.r.finishWrapUp('a1', 'c1', 'refund-issued', 'customer happy');
  t.same(withoutWhy(h.events()), [
    { type: 'contact.closed', at: T0 + 2_000, contactId: 'c1', agentId: 'a1', disposition: 'refund-issued', notes: 'customer happy', by: 'agent' },
  ]);
  t.equal(h.r.nextDeadline(), undefined, 'the wrap-up timer is dead');
});

t.test('router - a queue without wrap-up time closes a contact when it ends', async (t) => {
  const h = harness(config);
  h.login('a1', { queues: ['fast'] });
  h.create('c1', { queueId: 'fast' });
  h.create('c2', { queueId: 'fast' });
  h.r.acceptOffer('a1', 'c1');
  h.events();
  h.r.endContact('c1', 'supervisor');
  t.same(h.types(), ['contact.ended', 'contact.closed', 'contact.offered']);
  t.equal(h.holder('c2'), 'a1');
});

t.test('router - connected and hold reports are recorded on active contacts', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1 } });
  h.create('v1', { channel: 'voice' });
  h.r.acceptOffer('a1', 'v1');
  h.tick(3_000);
  h.r.markConnected('v1');
  h.r.setHold('v1', true);
  t.match(h.r.contact('v1'), { connectedAt: T0 + 3_000, onHold: true });
  h.r.setHold('v1', false);
  t.same(h.types().slice(-3), ['contact.connected', 'contact.hold_changed', 'contact.hold_changed']);
});

t.test('router - a queue limit refuses contacts past it with RESOURCE_EXHAUSTED', async (t) => {
  const h = harness({ queues: [{ id: 'q', channels: ['chat', 'voice'], maxWaiting: { chat: 2 } }] });
  h.create('c1');
  h.create('c2');
  rejects(t, h.r, 'RESOURCE_EXHAUSTED', () => h.create('c3'));
  h.create('v1', { channel: 'voice' });
  t.equal(h.r.contact('v1')?.state, 'waiting', 'chats filling the queue do not lock out callers');
  h.login('a1', {});
  h.create('c3');
  t.equal(h.r.contact('c3')?.state, 'waiting', 'an offered contact no longer counts as waiting');
});

t.test('router - a full queue sends new contacts to its overflow queue, one hop', async (t) => {
  const h = harness({
    queues: [
      { id: 'q', channels: ['chat'], maxWaiting: { chat: 1 }, whenFullOverflowTo: 'spill' },
      { id: 'spill', channels: ['chat'], maxWaiting: { chat: 1 }, whenFullOverflowTo: 'last' },
      { id: 'last', channels: ['chat'] },
    ],
  });
  h.create('c1');
  h.events();
  h.create('c2');
  const [created] = ofType(h.events(), 'contact.created');
  t.match(created, { redirectedFrom: 'q', contact: { id: 'c2', queueId: 'spill' } });
  t.equal(h.r.contact('c2')?.queueId, 'spill');
  rejects(t, h.r, 'RESOURCE_EXHAUSTED', () => h.create('c3'), 'the overflow queue is full too, and its own overflow is not followed');
  h.create('s1', { queueId: 'last' });
  t.equal(h.r.contact('s1')?.queueId, 'last');
});

t.test('router - preference windows on an agent end when it logs out', async (t) => {
  const h = harness(config);
  h.login('pref', {}, { presence: 'away' });
  h.create('c1', { preferredAgentId: 'pref' });
  t.equal(h.r.contact('c1')?.preferUntil, T0 + 60_000);
  h.events();
  h.r.logoutAgent('pref');
  t.same(withoutWhy(h.events()), [
    { type: 'contact.preference_ended', at: T0, contactId: 'c1' },
    { type: 'agent.logged_out', at: T0, agentId: 'pref' },
  ]);
  t.equal(h.r.contact('c1')?.preferUntil, null);
  t.equal(h.r.nextDeadline(), undefined);
});

t.test('router - a snapshot plus the events after it rebuilds the same router', async (t) => {
  const clock = new ManualClock(T0);
  const r = new Router(config, clock);
  r.loginAgent('a1', agentProfile(['q'], { capacity: { chat: 2, voice: 1 } }), { presence: 'available' });
  r.createContact({ id: 'c1', queueId: 'q', channel: 'chat', language: 'en', customer: { id: 'u1', tier: 'standard' } });
  const snap = r.snapshot();
  r.drainEvents();
  r.acceptOffer('a1', 'c1');
  r.createContact({ id: 'c2', queueId: 'q', channel: 'chat', language: 'en', customer: { id: 'u2', tier: 'standard' }, preferredAgentId: 'a1' });
  r.loginAgent('a2', agentProfile(['q']), { presence: 'away' });
  clock.advance(1_000);
  r.rejectOffer('a1', 'c2');
  r.endContact('c1', 'agent', 'a1');
  const events = r.drainEvents();
  const copyClock = new ManualClock(clock.now());
  const copy = Router.restore(config, copyClock, snap, events);
  t.same(copy.snapshot(), r.snapshot());
  t.equal(copy.nextDeadline(), r.nextDeadline());
  // Both carry on identically.
  for (const [x, c] of [
    [r, clock],
    [copy, copyClock],
  ] as const) {
    x.setPresence('a2', 'available');
    c.advance(30_000);
    x.advance();
  }
  const after = r.drainEvents();
  t.ok(after.length >= 3, 'the restored router had work to do');
  t.same(copy.drainEvents(), after);
  t.same(copy.snapshot(), r.snapshot());
});

t.test('router - forced logout treats held contacts in the order they came', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 3 } });
  h.create('c1');
  h.create('c2');
  h.create('c3');
  for (const id of ['c1', 'c2']) h.r.acceptOffer('a1', id);
  h.r.endContact('c2', 'agent');
  h.events();
  h.r.logoutAgent('a1', { force: true });
  t.same(
    h.events().map((e) => [e.type, 'contactId' in e ? e.contactId : null]),
    [
      ['contact.offer_revoked', 'c3'],
      ['contact.requeued', 'c1'],
      ['contact.closed', 'c2'],
      ['agent.logged_out', null],
    ],
  );
});

t.test('router - going away without a reason records reason away', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.r.setPresence('a1', 'away');
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'away' });
});

t.test('router - subscribers see every event as it is emitted until they unsubscribe', async (t) => {
  const h = harness(config);
  const seen: string[] = [];
  const stop = h.r.subscribe((e) => seen.push(e.type));
  h.login('a1', {});
  h.create('c1');
  stop();
  h.r.acceptOffer('a1', 'c1');
  t.same(seen, ['agent.logged_in', 'contact.created', 'contact.offered']);
  t.same(h.types(), ['agent.logged_in', 'contact.created', 'contact.offered', 'contact.accepted'], 'drainEvents is independent');
});

t.test('router - a full queue refuses a contact its overflow queue does not take', async (t) => {
  const h = harness({
    queues: [
      { id: 'q', channels: ['chat', 'voice'], maxWaiting: { voice: 1 }, whenFullOverflowTo: 'chats' },
      { id: 'chats', channels: ['chat'] },
    ],
  });
  h.create('v1', { channel: 'voice' });
  rejects(t, h.r, 'RESOURCE_EXHAUSTED', () => h.create('v2', { channel: 'voice' }));
});
