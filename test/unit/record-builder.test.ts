import t from 'tap';
import type { CoreConfig } from '../../src/core/index.js';
import type { InteractionRecord, SurveyEntry } from '../../src/record/interaction-record.js';
import { RecordBuilder } from '../../src/record/record-builder.js';
import { MemoryRecordStore } from '../../src/record/memory-record-store.js';
import { harness, T0 } from '../fixtures/router-harness.js';
import { plainRecord } from '../harness/interaction-record.js';

const config: CoreConfig = {
  queues: [
    { id: 'sales', channels: ['chat', 'voice'], wrapUpSeconds: 30, escalateTo: 'tier2', offerTimeoutSeconds: 10 },
    { id: 'billing', channels: ['chat', 'voice'], wrapUpSeconds: 0 },
    { id: 'tier2', channels: ['chat', 'voice'], wrapUpSeconds: 0 },
  ],
  survey: { reasons: ['rude', 'policy'] },
};

function setup() {
  const h = harness(config);
  const closed: InteractionRecord[] = [];
  const surveys: [string, SurveyEntry][] = [];
  const b = new RecordBuilder({
    sink: { closed: (r) => closed.push(structuredClone(r)), surveyed: (id, s) => surveys.push([id, s]) },
    reasonCategory: (r) => (r === 'rude' ? 'agent' : 'policy'),
  });
  h.r.subscribe((e) => b.observe(e));
  return { h, b, closed, surveys };
}

const s = (n: number) => T0 + n * 1000;

t.test('record - blind transfer: each agent with talk, hold and handle; the queues in order', async (t) => {
  const { h, closed } = setup();
  h.login('a1', { queues: ['sales'] });
  h.create('c1', { queueId: 'sales' });
  h.tick(5000);
  h.r.acceptOffer('a1', 'c1');
  h.tick(1000);
  h.r.markConnected('c1');
  h.tick(4000);
  h.r.setHold('c1', true);
  h.tick(5000);
  h.r.setHold('c1', false);
  h.tick(5000);
  h.login('b1', { queues: ['billing'] });
  h.r.transferContact('a1', 'c1', { queueId: 'billing', notes: 'refund' });
  h.tick(2000);
  h.r.acceptOffer('b1', 'c1');
  h.tick(18_000);
  h.r.endContact('c1', 'agent', 'b1');
  t.equal(closed.length, 1, 'no wrap-up in billing: closed at the end');
  const r = closed[0]!;
  t.match(r, {
    contactId: 'c1',
    outcome: 'handled',
    createdAt: T0,
    closedAt: s(40),
    waitMs: 5000,
    queues: [
      { queueId: 'sales', at: T0 },
      { queueId: 'billing', at: s(20) },
    ],
    offers: [
      { agentId: 'a1', at: T0, outcome: 'accepted', endedAt: s(5) },
      { agentId: 'b1', at: s(20), outcome: 'accepted', endedAt: s(22) },
    ],
    transfers: [
      { at: s(20), fromAgentId: 'a1', fromQueueId: 'sales', toQueueId: 'billing', toAgentId: null, mode: 'blind', escalation: null, hasNotes: true, by: 'a1' },
    ],
  });
  t.same(r.agents, [
    { agentId: 'a1', acceptedAt: s(5), connectedAt: s(6), endedAt: s(20), releasedAt: s(20), talkMs: 9000, holdMs: 5000, wrapUpMs: 0, handleMs: 15_000 },
    { agentId: 'b1', acceptedAt: s(22), connectedAt: null, endedAt: s(40), releasedAt: s(40), talkMs: 18_000, holdMs: 0, wrapUpMs: 0, handleMs: 18_000 },
  ]);
});

t.test('record - consultative transfer cancelled, then wrap-up with a disposition; survey later', async (t) => {
  const { h, closed, surveys } = setup();
  h.login('a1', { queues: ['sales'] });
  h.create('c1', { queueId: 'sales' });
  h.r.acceptOffer('a1', 'c1');
  h.tick(10_000);
  h.login('b1', { queues: ['billing'] });
  h.r.transferContact('a1', 'c1', { queueId: 'billing', consult: true });
  h.tick(3000);
  h.r.cancelTransfer('a1', 'c1');
  h.tick(7000);
  h.r.endContact('c1', 'integration');
  h.tick(12_000);
  h.r.finishWrapUp('a1', 'c1', undefined, 'called back later');
  t.equal(closed.length, 1);
  const r = closed[0]!;
  t.match(r.offers, [
    { agentId: 'a1', outcome: 'accepted' },
    { agentId: 'b1', outcome: 'withdrawn', endedAt: s(13) },
  ]);
  t.same(
    r.queues.map((q) => q.queueId),
    ['sales', 'billing', 'sales'],
  );
  t.same(r.agents, [
    { agentId: 'a1', acceptedAt: T0, connectedAt: null, endedAt: s(20), releasedAt: s(32), talkMs: 20_000, holdMs: 0, wrapUpMs: 12_000, handleMs: 32_000 },
  ]);
  t.equal(r.hasNotes, true);
  t.notOk('notes' in r);
  h.r.answerSurvey('c1', false, 'rude');
  t.match(surveys, [['c1', { helpful: false, reason: 'rude', category: 'agent', agentId: 'a1' }]]);
});

t.test('record - offers that expire, escalation, abandon while offered', async (t) => {
  const { h, closed } = setup();
  h.login('a1', { queues: ['sales'] });
  h.login('a2', { queues: ['sales'] });
  h.create('c1', { queueId: 'sales' });
  const first = h.holder('c1')!;
  h.tick(10_000);
  const second = h.holder('c1')!;
  t.not(first, second);
  h.r.acceptOffer(second, 'c1');
  h.login('sup', { queues: ['tier2'] });
  h.r.escalateContact(second, 'c1', 'angry');
  h.r.acceptOffer('sup', 'c1');
  h.r.endContact('c1', 'supervisor');
  t.equal(closed.length, 1);
  t.match(closed[0], {
    offers: [
      { agentId: first, outcome: 'expired' },
      { agentId: second, outcome: 'accepted' },
      { agentId: 'sup', outcome: 'accepted' },
    ],
    transfers: [{ toQueueId: 'tier2', escalation: 'angry' }],
    supervisorActions: [{ action: 'contact.ended', by: null }],
    outcome: 'handled',
  });

  h.create('c2', { queueId: 'sales' });
  const offeredTo = h.holder('c2')!;
  h.tick(1000);
  h.r.abandonContact('c2');
  t.match(closed[1], { contactId: 'c2', outcome: 'abandoned', waitMs: null, agents: [], offers: [{ agentId: offeredTo, outcome: 'abandoned' }] });
});

t.test('record store - memory: bounded in bytes (oldest dropped and counted), trimmed by time, read by cursor', async (t) => {
  let now = 0;
  const store = new MemoryRecordStore({ retentionMs: 10_000, now: () => now, maxBytes: 4000 });
  const rec = (id: string, at: number, queue = 'sales'): InteractionRecord => plainRecord(id, at, { queues: [{ queueId: queue, at }] });

  for (let i = 0; i < 5; i++) store.closed(rec(`c${i}`, i * 100, i % 2 === 0 ? 'sales' : 'billing'));
  t.equal(store.stats().records, 5);
  t.equal(store.stats().dropped, 0);
  const p1 = await store.page({ from: 0, to: 1000 }, null, 2);
  t.same(
    p1.records.map((r) => r.contactId),
    ['c0', 'c1'],
  );
  const p2 = await store.page({ from: 0, to: 1000 }, p1.next, 2);
  t.same(
    p2.records.map((r) => r.contactId),
    ['c2', 'c3'],
  );
  store.surveyed('c3', { at: 500, helpful: true, reason: null, category: null, agentId: 'a1' });
  const p3 = await store.page({ from: 0, to: 1000 }, p2.next, 2);
  t.same(
    p3.records.map((r) => r.contactId),
    ['c4'],
  );
  t.equal(p3.next, null);
  t.same(
    (await store.page({ from: 0, to: 1000, queue: 'billing' }, null, 10)).records.map((r) => r.contactId),
    ['c1', 'c3'],
  );
  t.match((await store.page({ from: 300, to: 301 }, null, 10)).records, [{ contactId: 'c3', survey: { helpful: true } }], 'the survey is on the record');

  // Past the byte budget the oldest go first, and count as dropped.
  for (let i = 5; i < 40; i++) store.closed(rec(`c${i}`, 1000 + i));
  const st = store.stats();
  t.ok(st.bytes! <= 4000, `bytes held ${st.bytes} within the budget`);
  t.ok(st.dropped > 0, 'drops counted');
  t.equal(st.records + st.dropped, 40);
  // A cursor into dropped records resumes at the oldest kept.
  const after = await store.page({ from: 0, to: 10_000 }, p1.next, 100);
  t.equal(after.records.length, st.records);

  // Past the retention they go without counting as drops.
  now = 20_000;
  store.closed(rec('late', 20_000));
  t.equal(store.stats().records, 1);
  t.equal(store.stats().dropped, st.dropped, 'expired records are not drops');
});
