import t, { type Test } from 'tap';
import type { CoreConfig, ContactRecord, AgentRecord } from '../../src/core/index.js';
import { harness, ofType, offers, T0, type Harness, withoutWhy } from '../fixtures/router-harness.js';

const config: CoreConfig = {
  tiers: { prime: { bonusSeconds: 60 } },
  queues: [
    { id: 'q', channels: ['chat', 'voice'], offerTimeoutSeconds: 10, wrapUpSeconds: 5 },
    { id: 'auto', channels: ['voice'], autoAccept: true },
  ],
};

t.test('router - an offer carries its ring deadline', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  const [offered] = ofType(withoutWhy(h.events()), 'contact.offered');
  t.same(offered, { type: 'contact.offered', at: T0, contactId: 'c1', agentId: 'a1', expiresAt: T0 + 10_000 });
  t.match(h.r.contact('c1'), { state: 'offered', agentId: 'a1', deadline: T0 + 10_000 });
  t.equal(h.r.nextDeadline(), T0 + 10_000);
});

t.test('router - an expired offer returns the contact with its key to the next agent', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.tick(5_000);
  h.create('c2');
  h.tick(1_000);
  h.login('a2', { capacity: { chat: 2 } }, { presence: 'away' });
  h.events();
  h.tick(3_999);
  t.equal(h.r.contact('c1')?.state, 'offered');
  h.r.setPresence('a2', 'available');
  t.equal(h.holder('c2'), 'a2');
  h.events();
  h.tick(1);
  t.same(withoutWhy(h.events()), [
    { type: 'contact.offer_expired', at: T0 + 10_000, contactId: 'c1', agentId: 'a1', missedInRow: 1 },
    { type: 'contact.offered', at: T0 + 10_000, contactId: 'c1', agentId: 'a2', expiresAt: T0 + 20_000 },
  ]);
  t.match(h.r.contact('c1'), { firstArrival: T0, declinedBy: ['a1'] });
  t.equal(h.r.agent('a1')?.missedInRow, 1);
});

t.test('router - a rejected contact goes back to waiting and to the next agent', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.login('a2', {}, { presence: 'away' });
  h.create('c1');
  h.r.setPresence('a2', 'available');
  h.events();
  h.r.rejectOffer('a1', 'c1');
  t.same(withoutWhy(h.events()), [
    { type: 'contact.offer_rejected', at: T0, contactId: 'c1', agentId: 'a1' },
    { type: 'contact.offered', at: T0, contactId: 'c1', agentId: 'a2', expiresAt: T0 + 10_000 },
  ]);
  t.same(h.r.contact('c1')?.declinedBy, ['a1']);
});

t.test('router - N offers missed in a row send the agent away with missed-offers', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { chat: 2 } });
  for (const id of ['c1', 'c2']) h.create(id);
  h.tick(10_000);
  t.equal(h.r.agent('a1')?.missedInRow, 2, 'two expired at once');
  h.create('c3');
  h.create('c4');
  t.same(offers(h.events()).slice(-2), [
    ['c3', 'a1'],
    ['c4', 'a1'],
  ]);
  h.tick(5_000);
  h.r.acceptOffer('a1', 'c4');
  t.equal(h.r.agent('a1')?.missedInRow, 0, 'accept resets the count');
  h.r.endContact('c4', 'agent');
  h.r.finishWrapUp('a1', 'c4');
  h.create('c5');
  h.create('c6');
  h.tick(5_000);
  t.equal(h.r.agent('a1')?.missedInRow, 1, 'c3 expired');
  h.events();
  h.tick(10_000);
  // c5 and c6 expire at the same time, in seq order: the second is the third miss.
  t.same(h.types(), ['contact.offer_expired', 'contact.offer_expired', 'agent.presence_changed']);
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'missed-offers', missedInRow: 3 });
});

t.test('router - going away for missed offers revokes the other pending offers', async (t) => {
  const h = harness({ ...config, missedOffersLimit: 1 });
  h.login('a1', { capacity: { chat: 2 } });
  h.create('c1');
  h.tick(1_000);
  h.create('c2');
  h.events();
  h.tick(9_000);
  t.same(withoutWhy(h.events()), [
    { type: 'contact.offer_expired', at: T0 + 10_000, contactId: 'c1', agentId: 'a1', missedInRow: 1 },
    { type: 'agent.presence_changed', at: T0 + 10_000, agentId: 'a1', presence: 'away', reason: 'missed-offers' },
    { type: 'contact.offer_revoked', at: T0 + 10_000, contactId: 'c2', agentId: 'a1', reason: 'agent_away' },
  ]);
  t.match(h.r.contact('c2'), { state: 'waiting', declinedBy: [] });
  t.equal(h.r.agent('a1')?.missedInRow, 1);
});

t.test('router - a reject neither counts as a miss nor resets the count', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  const miss = (id: string): void => {
    h.create(id);
    h.tick(10_000);
  };
  miss('c1');
  miss('c2');
  h.create('c3');
  h.r.rejectOffer('a1', 'c3');
  t.equal(h.r.agent('a1')?.missedInRow, 2);
  t.equal(h.r.agent('a1')?.presence, 'available');
  miss('c4');
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'missed-offers', missedInRow: 3 });
});

t.test('router - an agent back from missed-offers keeps its count until an accept', async (t) => {
  const h = harness({ ...config, missedOffersLimit: 1 });
  h.login('a1', {});
  h.create('c1');
  h.tick(10_000);
  t.equal(h.r.agent('a1')?.presence, 'away');
  h.r.setPresence('a1', 'available');
  h.create('c2');
  h.r.acceptOffer('a1', 'c2');
  t.equal(h.r.agent('a1')?.missedInRow, 0);
});

t.test('router - an auto-accept queue accepts on the agent behalf', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1 }, queues: ['auto'] });
  h.create('v1', { queueId: 'auto', channel: 'voice' });
  t.same(withoutWhy(h.events()).slice(-2), [
    { type: 'contact.offered', at: T0, contactId: 'v1', agentId: 'a1', expiresAt: null },
    { type: 'contact.accepted', at: T0, contactId: 'v1', agentId: 'a1', auto: true },
  ]);
  t.match(h.r.contact('v1'), { state: 'active', deadline: null });
  t.equal(h.r.nextDeadline(), undefined, 'no ring deadline');
});

t.test('router - an auto-accepted offer resets the missed count', async (t) => {
  const h = harness(config);
  h.login('a1', { capacity: { voice: 1, chat: 1 }, queues: ['q', 'auto'] });
  h.create('c1');
  h.tick(10_000);
  t.equal(h.r.agent('a1')?.missedInRow, 1);
  h.create('v1', { queueId: 'auto', channel: 'voice' });
  t.equal(h.r.agent('a1')?.missedInRow, 0);
});

t.test('router - timers due at the same time fire offer before step, each followed by matching', async (t) => {
  const h = harness({
    queues: [{ id: 'q', channels: ['chat'], offerTimeoutSeconds: 30, steps: [{ afterSeconds: 30, maxLevel: 1 }] }],
  });
  h.login('a1', { skills: { billing: 1 } });
  h.create('c1');
  h.create('c2', { skills: { billing: 5 } });
  h.events();
  h.tick(30_000);
  t.same(
    h.events().map((e) => [e.type, 'contactId' in e ? e.contactId : null]),
    [
      ['contact.offer_expired', 'c1'],
      ['contact.step_changed', 'c1'],
      ['contact.step_changed', 'c2'],
      ['contact.offered', 'c2'],
    ],
  );
});

t.test('router - a command fires what is due before it acts', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.clock.advance(10_000);
  // The offer expired at T0 + 10 s although nobody called advance(): accepting is too late.
  t.throws(() => h.r.acceptOffer('a1', 'c1'), { code: 'FAILED_PRECONDITION' });
  t.match(h.r.contact('c1'), { state: 'waiting', declinedBy: ['a1'] });
});

t.test('router - abandon removes a waiting contact at once', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.events();
  h.r.abandonContact('c1');
  t.same(withoutWhy(h.events()), [{ type: 'contact.abandoned', at: T0, contactId: 'c1', offeredTo: null }]);
  t.equal(h.r.contact('c1'), undefined);
  t.equal(h.r.waitingCount, 0);
  t.equal(h.r.nextDeadline(), undefined);
});

t.test('router - abandon mid-offer removes the contact and frees the agent', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  h.create('c1');
  h.create('c2');
  h.events();
  h.r.abandonContact('c1');
  t.same(withoutWhy(h.events()), [
    { type: 'contact.abandoned', at: T0, contactId: 'c1', offeredTo: 'a1' },
    { type: 'contact.offered', at: T0, contactId: 'c2', agentId: 'a1', expiresAt: T0 + 10_000 },
  ]);
  t.same(h.r.agent('a1')?.contacts, ['c2']);
  t.throws(() => h.r.acceptOffer('a1', 'c1'), { code: 'NOT_FOUND' });
  t.equal(h.r.nextDeadline(), T0 + 10_000, 'the abandoned offer no longer rings');
  h.tick(10_000);
  t.same(
    ofType(h.events(), 'contact.offer_expired').map((e) => e.contactId),
    ['c2'],
  );
});

t.test('router - a contact id can be reused once the contact is gone', async (t) => {
  const h = harness(config);
  h.create('c1');
  h.r.abandonContact('c1');
  h.create('c1');
  t.match(h.r.contact('c1'), { seq: 2, state: 'waiting' });
});

/** Rule 7 and 8, checked by brute force after every step of a scripted day. */
function invariants(t: Test, h: Harness, step: string): void {
  const contacts = [...h.r.contacts()] as ContactRecord[];
  const agents = [...h.r.agents()] as AgentRecord[];
  for (const a of agents) {
    const held = contacts.filter((c) => c.agentId === a.id);
    t.same(new Set(a.contacts), new Set(held.map((c) => c.id)), `${step}: ${a.id} holds what it is assigned`);
    const chats = held.filter((c) => c.channel === 'chat').length;
    if (chats > (a.capacity.chat ?? 0)) t.fail(`${step}: ${a.id} over chat capacity`);
  }
  for (const c of contacts.filter((x) => x.state === 'waiting')) {
    for (const a of agents) {
      if (a.presence !== 'available' || c.declinedBy.includes(a.id)) continue;
      const chats = contacts.filter((x) => x.agentId === a.id && x.channel === 'chat').length;
      if (chats < (a.capacity.chat ?? 0)) t.fail(`${step}: ${c.id} waits beside ${a.id}`);
    }
  }
}

t.test('router - no eligible pair is left unmatched and each contact ends once', async (t) => {
  const h = harness(config);
  const log: string[] = [];
  h.r.subscribe((e) => log.push(e.type === 'contact.closed' || e.type === 'contact.abandoned' ? e.contactId : ''));
  const steps: [string, () => void][] = [
    ['login a1', () => h.login('a1', { capacity: { chat: 2 } })],
    ['c1..c4', () => ['c1', 'c2', 'c3', 'c4'].forEach((id) => h.create(id))],
    ['login a2 away', () => h.login('a2', {}, { presence: 'away' })],
    ['a2 available', () => h.r.setPresence('a2', 'available')],
    ['a1 accepts c1', () => h.r.acceptOffer('a1', 'c1')],
    ['a1 rejects c2', () => h.r.rejectOffer('a1', 'c2')],
    ['abandon c4', () => h.r.abandonContact('c4')],
    ['+10s', () => h.tick(10_000)],
    ['end c1', () => h.r.endContact('c1', 'agent', 'a1')],
    ['+5s', () => h.tick(5_000)],
    ['a2 away', () => h.r.setPresence('a2', 'away', 'break')],
    ['c5', () => h.create('c5')],
    ['logout a2', () => h.r.logoutAgent('a2')],
    ['+30s', () => h.tick(30_000)],
    ['login a3', () => h.login('a3', { capacity: { chat: 3 } })],
  ];
  for (const [name, act] of steps) {
    act();
    invariants(t, h, name);
  }
  const ended = log.filter((id) => id !== '');
  t.same(ended.length, new Set(ended).size, 'no contact ends twice');
});

t.test('router - a wrap-up end and a preference window end at one instant both take effect before matching', async (t) => {
  const h = harness({ queues: [{ id: 'q', channels: ['chat'], wrapUpSeconds: 30, preferenceWindowSeconds: 30 }] });
  h.login('pref', {});
  h.create('c1');
  h.r.acceptOffer('pref', 'c1');
  h.r.endContact('c1', 'agent');
  h.login('other', {});
  h.create('c2', { preferredAgentId: 'pref' });
  t.match(h.r.contact('c2'), { state: 'waiting', preferUntil: T0 + 30_000 });
  h.events();
  h.tick(30_000);
  // Both take effect, then matching: the preferred agent, free now, comes first.
  t.same(h.types(), ['contact.closed', 'contact.preference_ended', 'contact.offered']);
  t.equal(h.holder('c2'), 'pref');
});

t.test('router - an agent back from missed-offers goes away again at its next miss', async (t) => {
  const h = harness(config);
  h.login('a1', {});
  for (const id of ['c1', 'c2', 'c3']) {
    h.create(id);
    h.tick(10_000);
  }
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'missed-offers', missedInRow: 3 });
  h.r.setPresence('a1', 'available');
  h.create('c4');
  h.tick(10_000);
  t.match(h.r.agent('a1'), { presence: 'away', awayReason: 'missed-offers', missedInRow: 4 });
});
