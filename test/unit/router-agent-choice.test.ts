import t from 'tap';
import type { CoreConfig, Strategy } from '../../src/core/index.js';
import { harness, ofType, offers, T0 } from '../fixtures/router-harness.js';

const queue = (strategy: Strategy, extra: object = {}): CoreConfig => ({
  queues: [
    { id: 'q', channels: ['chat', 'voice', 'email'], strategy, ...extra },
    { id: 'q2', channels: ['chat'] },
  ],
});

t.test('router - longest-idle picks the agent available the longest', async (t) => {
  const h = harness(queue('longest-idle'));
  h.login('b', {});
  h.tick(1_000);
  h.login('a', {});
  h.create('c1');
  t.equal(h.holder('c1'), 'b');
});

t.test('router - longest-idle counts from becoming available, not from login', async (t) => {
  const h = harness(queue('longest-idle'));
  h.login('a1', {}, { presence: 'away' });
  h.tick(1_000);
  h.login('a2', {});
  h.tick(1_000);
  h.r.setPresence('a1', 'available');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 2_000);
  h.create('c1');
  t.equal(h.holder('c1'), 'a2');
});

t.test('router - longest-idle counts from the last offer, so free slots do not take every chat', async (t) => {
  const h = harness(queue('longest-idle'));
  h.login('a1', { capacity: { chat: 3 } });
  h.tick(1_000);
  h.login('a2', { capacity: { chat: 3 } });
  h.tick(1_000);
  h.create('c1');
  h.tick(1_000);
  h.create('c2');
  h.tick(1_000);
  h.create('c3');
  t.same(offers(h.events()), [
    ['c1', 'a1'],
    ['c2', 'a2'],
    ['c3', 'a1'],
  ]);
  t.equal(h.r.agent('a1')?.idleSince, T0 + 4_000);
});

t.test('router - longest-idle counts from the end of the last wrap-up', async (t) => {
  const h = harness(queue('longest-idle', { wrapUpSeconds: 60 }));
  h.login('a1', {});
  h.tick(1_000);
  h.login('a2', {});
  h.create('c1');
  h.create('c2');
  t.equal(h.holder('c1'), 'a1');
  t.equal(h.holder('c2'), 'a2');
  for (const [a, c] of [
    ['a1', 'c1'],
    ['a2', 'c2'],
  ] as const) {
    h.r.acceptOffer(a, c);
    h.r.endContact(c, 'agent', a);
  }
  h.tick(1_000);
  h.r.finishWrapUp('a2', 'c2');
  h.tick(1_000);
  h.r.finishWrapUp('a1', 'c1');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 3_000);
  t.equal(h.r.agent('a2')?.idleSince, T0 + 2_000);
  h.create('c3');
  t.equal(h.holder('c3'), 'a2');
});

t.test('router - a wrap-up closed by timeout also resets idle time', async (t) => {
  const h = harness(queue('longest-idle', { wrapUpSeconds: 10 }));
  h.login('a1', {});
  h.create('c1');
  h.r.acceptOffer('a1', 'c1');
  h.r.endContact('c1', 'integration');
  h.tick(10_000);
  t.equal(h.r.agent('a1')?.idleSince, T0 + 10_000);
});

t.test('router - reject, expiry and revocation leave idle time unchanged', async (t) => {
  const h = harness(queue('longest-idle', { offerTimeoutSeconds: 5 }));
  h.login('a1', { capacity: { chat: 3 } });
  h.tick(1_000);
  h.create('c1');
  h.create('c2');
  h.create('c3');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 1_000);
  h.tick(1_000);
  h.r.rejectOffer('a1', 'c1');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 1_000, 'reject');
  h.r.setPresence('a1', 'away', 'break');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 1_000, 'revocation');
  h.tick(1_000);
  h.r.setPresence('a1', 'available');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 3_000, 'becoming available');
  t.match(h.r.contact('c2'), { agentId: 'a1' });
  h.tick(5_000);
  t.equal(h.r.contact('c2')?.state, 'waiting');
  t.equal(h.r.agent('a1')?.idleSince, T0 + 3_000, 'expiry');
});

t.test('router - equal idle times fall to the agent id', async (t) => {
  const h = harness(queue('longest-idle'));
  h.login('b', {});
  h.login('a', {});
  h.login('c', {});
  h.create('c1');
  t.equal(h.holder('c1'), 'a');
});

t.test('router - the preferred agent is chosen over a longer-idle agent', async (t) => {
  const h = harness(queue('longest-idle'));
  h.login('other', {});
  h.tick(1_000);
  h.login('pref', {});
  h.create('c1', { preferredAgentId: 'pref' });
  t.equal(h.holder('c1'), 'pref');
  t.equal(h.r.contact('c1')?.preferUntil, null, 'no window in this queue');
});

t.test('router - the contact waits for the preferred agent within the window', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('pref', {});
  h.create('busy');
  h.login('other', {});
  h.events();
  h.tick(1_000);
  h.create('c1', { preferredAgentId: 'pref' });
  t.match(h.r.contact('c1'), { state: 'waiting', preferUntil: T0 + 31_000 });
  t.equal(h.r.nextDeadline(), T0 + 20_000, 'the offer of busy rings first (default 20 s)');
  h.r.acceptOffer('pref', 'busy');
  t.equal(h.r.nextDeadline(), T0 + 31_000);
  h.tick(10_000);
  h.r.endContact('busy', 'agent', 'pref');
  h.r.finishWrapUp('pref', 'busy');
  t.equal(h.holder('c1'), 'pref');
  t.equal(h.r.contact('c1')?.preferUntil, null, 'cleared by the offer');
});

t.test('router - when the preference window passes, the queue strategy decides', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('pref', {}, { presence: 'away' });
  h.login('other', {});
  h.create('c1', { preferredAgentId: 'pref' });
  h.events();
  h.tick(29_999);
  t.equal(h.r.contact('c1')?.state, 'waiting');
  h.tick(1);
  t.same(h.types(), ['contact.preference_ended', 'contact.offered']);
  t.equal(h.holder('c1'), 'other');
});

t.test('router - the preferred agent still comes first after the window', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('pref', {}, { presence: 'away' });
  h.login('other1', {});
  h.create('c1', { preferredAgentId: 'pref' });
  h.tick(30_000);
  t.match(h.r.contact('c1'), { agentId: 'other1', preferUntil: null });
  h.tick(1_000);
  h.login('other2', {});
  h.tick(1_000);
  h.r.setPresence('pref', 'available');
  h.tick(1_000);
  h.r.rejectOffer('other1', 'c1');
  t.equal(h.holder('c1'), 'pref', 'preferred over other2, who is idle longer');
});

t.test('router - the preference window is skipped when the preferred agent is logged out', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('other', {});
  h.create('c1', { preferredAgentId: 'pref' });
  t.match(h.r.contact('c1'), { preferUntil: null, agentId: 'other' });
});

t.test('router - the preference ends when the preferred agent logs out', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('pref', {}, { presence: 'away' });
  h.login('other', {});
  h.create('c1', { preferredAgentId: 'pref' });
  h.create('c2', { preferredAgentId: 'pref' });
  h.events();
  h.r.logoutAgent('pref');
  const ev = h.events();
  t.same(
    ofType(ev, 'contact.preference_ended').map((e) => e.contactId),
    ['c1', 'c2'],
  );
  t.equal(h.holder('c1'), 'other');
});

t.test('router - most-skilled picks the highest sum over required skills', async (t) => {
  const h = harness(queue('most-skilled'));
  h.login('idle', { skills: { billing: 3, returns: 3, french: 5 } });
  h.tick(1_000);
  h.login('best', { skills: { billing: 5, returns: 2 } });
  h.tick(1_000);
  h.login('low', { skills: { billing: 2, returns: 2 } });
  h.create('c1', { skills: { billing: 2, returns: 2 } });
  t.equal(h.holder('c1'), 'best', '7 > 6 > 4; unrequired skills do not count');
});

t.test('router - most-skilled ties fall to longest idle, then id', async (t) => {
  const h = harness(queue('most-skilled'));
  h.login('z', { skills: { billing: 4 } });
  h.tick(1_000);
  h.login('b', { skills: { billing: 4 } });
  h.login('a', { skills: { billing: 4 } });
  h.create('c1', { skills: { billing: 1 } });
  t.equal(h.holder('c1'), 'z');
  h.create('c2', { skills: { billing: 1 } });
  t.equal(h.holder('c2'), 'a');
});

t.test('router - most-skilled with no required skills falls to longest idle', async (t) => {
  const h = harness(queue('most-skilled'));
  h.login('b', { skills: { billing: 5 } });
  h.login('a', {});
  h.create('c1');
  t.equal(h.holder('c1'), 'a');
});

t.test('router - least-occupied picks the lowest share of the channel capacity in use', async (t) => {
  const h = harness(queue('least-occupied'));
  h.login('small', { capacity: { chat: 2 } });
  h.login('big', { capacity: { chat: 4 } });
  h.create('c1');
  h.create('c2');
  t.same(
    offers(h.events()),
    [
      ['c1', 'big'],
      ['c2', 'small'],
    ],
    'equal shares (0) and idle times fall to the id',
  );
  h.tick(1_000);
  h.create('c3');
  t.equal(h.holder('c3'), 'big', '1/4 < 1/2, though big is idle for less long');
  h.tick(1_000);
  h.create('c4');
  t.equal(h.holder('c4'), 'small', 'equal shares 2/4 = 1/2 fall to the longest idle');
});

t.test('router - least-occupied looks only at the contact channel', async (t) => {
  const h = harness(queue('least-occupied'));
  h.login('a', { capacity: { chat: 2, email: 2 } });
  h.tick(1_000);
  h.create('c1');
  h.tick(1_000);
  h.login('b', { capacity: { chat: 2, email: 2 } });
  h.tick(1_000);
  h.create('e1', { channel: 'email' });
  t.equal(h.holder('c1'), 'a');
  t.equal(h.holder('e1'), 'a', 'a holds a chat but no email: equal shares on email, a idle longer');
  h.tick(1_000);
  h.create('c2');
  t.equal(h.holder('c2'), 'b', 'b 0/2 chat < a 1/2 chat');
});

t.test('router - round-robin goes to the next agent in login order', async (t) => {
  const h = harness(queue('round-robin'));
  h.login('c', { capacity: { chat: 5 } });
  h.login('a', { capacity: { chat: 5 } });
  h.login('b', { capacity: { chat: 5 } });
  for (const id of ['x1', 'x2', 'x3', 'x4']) h.create(id);
  t.same(offers(h.events()), [
    ['x1', 'c'],
    ['x2', 'a'],
    ['x3', 'b'],
    ['x4', 'c'],
  ]);
});

t.test('router - round-robin skips agents who are not eligible', async (t) => {
  const h = harness(queue('round-robin'));
  h.login('a1', { capacity: { chat: 5 } });
  h.login('a2', { capacity: { chat: 5 }, languages: ['de'] });
  h.login('a3', { capacity: { chat: 5 } });
  for (const id of ['x1', 'x2', 'x3']) h.create(id);
  t.same(offers(h.events()), [
    ['x1', 'a1'],
    ['x2', 'a3'],
    ['x3', 'a1'],
  ]);
});

t.test('router - round-robin keeps one pointer per queue, moved by every offer of the queue', async (t) => {
  const h = harness({
    queues: [
      { id: 'q', channels: ['chat'], strategy: 'round-robin' },
      { id: 'q2', channels: ['chat'], strategy: 'round-robin' },
    ],
  });
  h.login('a1', { capacity: { chat: 5 }, queues: ['q', 'q2'] });
  h.login('a2', { capacity: { chat: 5 }, queues: ['q', 'q2'] });
  h.login('a3', { capacity: { chat: 5 }, queues: ['q', 'q2'] });
  h.create('x1');
  h.create('y1', { queueId: 'q2' });
  h.create('y2', { queueId: 'q2' });
  h.create('x2', { preferredAgentId: 'a3' });
  h.create('x3');
  t.same(offers(h.events()), [
    ['x1', 'a1'],
    ['y1', 'a1'],
    ['y2', 'a2'],
    ['x2', 'a3'],
    ['x3', 'a1'],
  ]);
  t.same(h.r.snapshot().roundRobin, [
    ['q', 1],
    ['q2', 2],
  ]);
});

t.test('router - round-robin uses the login order of the latest login', async (t) => {
  const h = harness(queue('round-robin'));
  h.login('a1', { capacity: { chat: 5 } });
  h.login('a2', { capacity: { chat: 5 } });
  h.r.logoutAgent('a1');
  h.login('a1', { capacity: { chat: 5 } });
  t.equal(h.r.agent('a1')?.loginSeq, 3);
  h.create('x1');
  h.create('x2');
  t.same(offers(h.events()), [
    ['x1', 'a2'],
    ['x2', 'a1'],
  ]);
});

t.test('router - moving a contact starts the preference window of the new queue', async (t) => {
  const h = harness({
    queues: [
      { id: 'q', channels: ['chat'] },
      { id: 'q2', channels: ['chat'], preferenceWindowSeconds: 30 },
    ],
  });
  h.login('pref', { queues: ['q', 'q2'] }, { presence: 'away' });
  h.login('other', { queues: ['q2'] });
  h.create('c1', { preferredAgentId: 'pref' });
  t.equal(h.r.contact('c1')?.preferUntil, null);
  h.tick(5_000);
  h.r.updateContact('c1', { queueId: 'q2' });
  t.match(h.r.contact('c1'), { state: 'waiting', queueId: 'q2', preferUntil: T0 + 35_000 });
  h.tick(30_000);
  t.equal(h.holder('c1'), 'other');
});

t.test('router - moving a contact to a queue without a window ends its reservation', async (t) => {
  const h = harness({
    queues: [
      { id: 'q', channels: ['chat'], preferenceWindowSeconds: 30 },
      { id: 'q2', channels: ['chat'] },
    ],
  });
  h.login('pref', { queues: ['q', 'q2'] }, { presence: 'away' });
  h.login('other', { queues: ['q', 'q2'] });
  h.create('c1', { preferredAgentId: 'pref' });
  t.match(h.r.contact('c1'), { state: 'waiting', preferUntil: T0 + 30_000 });
  h.r.updateContact('c1', { queueId: 'q2' });
  t.match(h.r.contact('c1'), { preferUntil: null, agentId: 'other' });
});

t.test('router - re-prioritising keeps the reservation as it is', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('pref', {}, { presence: 'away' });
  h.login('other', {});
  h.create('c1', { preferredAgentId: 'pref' });
  h.tick(10_000);
  h.r.updateContact('c1', { priority: 1 });
  t.match(h.r.contact('c1'), { state: 'waiting', priority: 1, preferUntil: T0 + 30_000 });
});

t.test('router - an agent passes over a contact reserved for someone else to the next one', async (t) => {
  const h = harness(queue('longest-idle', { preferenceWindowSeconds: 30 }));
  h.login('pref', {}, { presence: 'away' });
  h.create('c1', { preferredAgentId: 'pref' });
  h.tick(1_000);
  h.create('c2');
  h.login('other', {});
  t.equal(h.holder('c2'), 'other');
  t.equal(h.r.contact('c1')?.state, 'waiting');
});

t.test('router - agents offered at the same instant tie on idle time and fall to the id', async (t) => {
  const h = harness(queue('longest-idle'));
  h.login('b', { capacity: { chat: 3 } });
  h.tick(1_000);
  h.login('a', { capacity: { chat: 3 } });
  h.tick(1_000);
  h.create('c1');
  h.create('c2');
  h.create('c3');
  h.create('c4');
  // After c2 both are idle since the same instant: the id decides, every time.
  t.same(offers(h.events()), [
    ['c1', 'b'],
    ['c2', 'a'],
    ['c3', 'a'],
    ['c4', 'a'],
  ]);
});
