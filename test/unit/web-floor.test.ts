/**
 * The wallboard's floor model (web/src/supervisor/floor.ts) on hand-made
 * events: service level, ASA, abandons, tiers, transfers, agent status.
 */
import t from 'tap';
import type { ContactMsg } from '../../src/protocol/messages.js';
import type { SiteInfo } from '../../src/web/site-info.js';
import { Floor } from '../../web/src/supervisor/floor.js';

const site: SiteInfo = {
  queues: [
    { id: 'q1', name: 'Queue one', channels: ['chat'], serviceLevel: { thresholdSeconds: 20, target: 0.8 } },
    { id: 'q2', name: 'Queue two', channels: ['chat'] },
  ],
  tiers: ['prime'],
};

const contact = (id: string, at: number, tier = 'standard', queueId = 'q1'): ContactMsg => ({
  id,
  queueId,
  channel: 'chat',
  language: 'en',
  customer: { id: `cust-${id}`, tier },
  firstArrival: at,
  state: 'waiting',
});

t.test('web floor - service level, ASA, abandons and tier waits from the stream', async (t) => {
  const f = new Floor(site);
  f.load({ queues: [{ id: 'q1', name: 'Queue one' }], agents: [{ id: 'a1', presence: 'available', status: 'available', presenceSince: 0 }], contacts: [] });
  f.apply('contactCreated', { contact: contact('c1', 1000, 'prime') }, 1000);
  f.apply('contactCreated', { contact: contact('c2', 2000) }, 2000);
  f.apply('contactCreated', { contact: contact('c3', 3000) }, 3000);
  let [q1] = f.stats(11_000);
  t.equal(q1?.waiting, 3);
  t.equal(q1?.oldestWaitMs, 10_000);
  t.equal(q1?.primeOldestMs, 10_000);
  t.equal(q1?.standardOldestMs, 9_000);
  t.equal(q1?.serviceLevel, undefined, 'no service level before the first answer');

  f.apply('contactOffered', { contactId: 'c1', agentId: 'a1' }, 5000);
  t.match(f.stats(5000)[0], { waiting: 2, ringing: 1 }, 'a ringing contact is not waiting (as in the snapshot and Prometheus)');
  f.apply('contactAccepted', { contactId: 'c1', agentId: 'a1' }, 6000); // waited 5 s: within 20 s
  f.apply('contactOffered', { contactId: 'c2', agentId: 'a1' }, 40_000);
  f.apply('contactAccepted', { contactId: 'c2', agentId: 'a1' }, 42_000); // waited 40 s: outside
  f.apply('contactAbandoned', { contactId: 'c3' }, 43_000);
  [q1] = f.stats(43_000);
  t.equal(q1?.answered, 2);
  t.equal(q1?.serviceLevel, 0.5);
  t.equal(q1?.asaMs, (5000 + 40_000) / 2);
  t.equal(q1?.abandoned, 1);
  t.equal(q1?.waiting, 0);
  const a1 = f.agents.get('a1')!;
  t.equal(f.statusOf(a1), 'busy');
  t.same(a1.contacts, ['c1', 'c2']);

  // A transfer out of q1 into q2, then accepted again: answered once, counted as a transfer.
  f.apply(
    'contactTransferred',
    { contactId: 'c1', agentId: 'a1', queueId: 'q2', transfer: { fromAgentId: 'a1', fromQueueId: 'q1', toQueueId: 'q2', mode: 'blind' } },
    44_000,
  );
  t.same(f.agents.get('a1')?.contacts, ['c2'], 'a blind transfer releases the agent');
  t.equal(f.stats(44_000)[1]?.waiting, 1, 'it waits in the target queue');
  f.apply('contactAccepted', { contactId: 'c1', agentId: 'a1' }, 45_000);
  [q1] = f.stats(45_000);
  t.equal(q1?.transfers, 1);
  t.equal(q1?.answered, 2, 'not answered twice in q1');
  t.equal(f.stats(45_000)[1]?.answered, 1, 'answered in q2, where it was transferred');

  f.apply('contactEnded', { contactId: 'c1', agentId: 'a1', by: 'agent' }, 46_000);
  f.apply('contactEnded', { contactId: 'c2', agentId: 'a1', by: 'agent' }, 46_000);
  t.equal(f.statusOf(f.agents.get('a1')!), 'wrap_up', 'every held contact in wrap-up');
  f.apply('contactClosed', { contactId: 'c1', agentId: 'a1', by: 'agent' }, 47_000);
  f.apply('contactClosed', { contactId: 'c2', agentId: 'a1', by: 'agent' }, 47_000);
  t.equal(f.statusOf(f.agents.get('a1')!), 'available');

  f.apply('agentPresenceChanged', { agentId: 'a1', presence: 'away', reason: 'supervisor' }, 48_000);
  t.match(f.agents.get('a1'), { presence: 'away', awayReason: 'supervisor' });
  t.equal(f.sinceOf('a1'), 48_000, 'in its new state since the event');
  f.apply('contactSurveyAnswered', { contactId: 'c1', agentId: 'a1', queueId: 'q1', channel: 'chat', tier: 'standard', reason: 'too-long' }, 49_000);
  t.match(f.surveys.get('a1'), { yes: 0, no: 1 });
  t.equal(f.surveys.get('a1')?.reasons.get('too-long'), 1);
});

t.test('web floor - samples for the chart, waiting contacts in order', async (t) => {
  const f = new Floor(site);
  f.apply('contactCreated', { contact: { ...contact('c1', 0), priority: 5 } }, 0);
  f.apply('contactCreated', { contact: { ...contact('c2', 1000, 'standard', 'q2'), priority: 1 } }, 1000);
  f.sample(10_000);
  f.sample(10_500, 1000);
  t.equal(f.samples.length, 1, 'at most one sample within the gap');
  t.same(f.samples[0]?.oldest, { q1: 10_000, q2: 9000 });
  f.sample(11 * 60_000);
  t.equal(f.samples.length, 1, 'samples older than the chart window are dropped');
  t.same(
    f.waitingContacts().map((c) => c.id),
    ['c2', 'c1'],
    'priority first',
  );
  f.apply('contactUpdated', { contactId: 'c1', queueId: 'q2', priority: 0 }, 12_000);
  t.same(
    f.waitingContacts().map((c) => c.id),
    ['c1', 'c2'],
    're-prioritised',
  );
  t.equal(f.contacts.get('c1')?.queueId, 'q2', 'moved');

  // Callbacks and follow-ups scheduled, per queue.
  f.apply('contactCallbackRequested', { contactId: 'c2', number: '+15145550100' }, 13_000);
  f.apply(
    'contactFollowUpScheduled',
    { contact: { ...contact('f1', 14_000, 'standard', 'q2'), state: 'scheduled', followUp: { of: 'c0', byAgentId: 'a1', note: 'check' } } },
    14_000,
  );
  let q2 = f.stats(15_000)[1];
  t.equal(q2?.callbacks, 1);
  t.equal(q2?.followUps, 1);
  t.equal(q2?.waiting, 2, 'a scheduled follow-up is not waiting yet');
  f.apply('contactDue', { contactId: 'f1' }, 16_000);
  q2 = f.stats(16_000)[1];
  t.equal(q2?.followUps, 0);
  t.equal(q2?.waiting, 3, 'a due follow-up waits');
});

t.test('web floor - time in state from the snapshot, kept across a resumed drop; staffing per queue', async (t) => {
  const f = new Floor(site);
  f.load({
    queues: [{ id: 'q1' }, { id: 'q2' }],
    agents: [
      { id: 'a1', presence: 'available', status: 'available', presenceSince: 5, stateSince: 1000, profile: { languages: ['fr-CA'], queues: ['q1'] } },
      { id: 'a2', presence: 'away', awayReason: 'break', status: 'away', stateSince: 2000, profile: { languages: ['en'], queues: ['q1', 'q2'] } },
    ],
    contacts: [],
  });
  t.equal(f.sinceOf('a1'), 1000, "the server's time in state, not the presence's");
  f.apply('agentPresenceChanged', { agentId: 'a1', presence: 'away', reason: 'disconnected' }, 9000);
  t.equal(f.sinceOf('a1'), 9000);
  f.apply('agentPresenceChanged', { agentId: 'a1', presence: 'available' }, 9500);
  t.equal(f.sinceOf('a1'), 1000, 'back to the same state after a drop: the same clock');
  f.apply('contactCreated', { contact: { ...contact('c1', 10_000), language: 'fr' } }, 10_000);
  f.apply('contactOffered', { contactId: 'c1', agentId: 'a1' }, 10_100);
  t.equal(f.statusOf(f.agents.get('a1')!), 'busy', 'ringing counts as busy, as the server says');
  t.equal(f.sinceOf('a1'), 10_100);
  t.match(f.stats(11_000)[0], { staffed: 2, available: 0, ringing: 1, waiting: 0 });
  t.match(f.stats(11_000)[1], { staffed: 1, available: 0 });
  t.same(
    f.agentsFor('q1', 'fr-FR').map((a) => a.id),
    ['a1'],
    'who could take a French contact in q1',
  );
  t.same(f.agentsFor('q2', 'fr').length, 0);
});

t.test('web floor - a queue closed by its hours shows until when, then open once its opening passes', async (t) => {
  const f = new Floor(site);
  f.load({
    queues: [
      { id: 'q1', name: 'Queue one', closed: true, closedUntil: 50_000 },
      { id: 'q2', name: 'Queue two', closed: true },
    ],
    agents: [],
    contacts: [],
  });
  const at = (now: number) => Object.fromEntries(f.stats(now).map((q) => [q.id, q.closedUntil]));
  t.same(at(10_000), { q1: 50_000, q2: null }, 'closed until its opening; q2 has none scheduled');
  t.same(at(50_000), { q1: undefined, q2: null }, 'open from its opening on');
  f.load({ queues: [{ id: 'q1' }, { id: 'q2' }], agents: [], contacts: [] });
  t.same(at(10_000), { q1: undefined, q2: undefined }, 'a new snapshot replaces it');
});

t.test('web floor - keeps why each contact went to its agent, until the contact is gone', async (t) => {
  const f = new Floor(site);
  f.load({ queues: [{ id: 'q1', name: 'Queue one' }], agents: [{ id: 'a1', presence: 'available', status: 'available', presenceSince: 0 }], contacts: [] });
  f.apply('contactCreated', { contact: contact('c1', 1000) }, 1000);
  const why = { by: 'longest-idle', value: 500, step: 1, overflow: 'q2' };
  f.apply('contactOffered', { contactId: 'c1', agentId: 'a1', why }, 2000);
  t.same(f.offerWhy.get('c1'), why);
  f.apply('contactAbandoned', { contactId: 'c1', offeredTo: 'a1' }, 3000);
  t.equal(f.offerWhy.has('c1'), false);
  // From a snapshot (a wallboard opened after the offer), first page or later.
  const held = { ...contact('c2', 1000), state: 'active', agentId: 'a1', why };
  f.load({ queues: [{ id: 'q1', name: 'Queue one' }], agents: [], contacts: [held], nextCursor: 'w.1', contactsTotal: 2 });
  t.same(f.offerWhy.get('c2'), why, 'from the first page');
  f.addPage({ contacts: [{ ...held, id: 'c3' }] });
  t.same(f.offerWhy.get('c3'), why, 'from a later page');
});
