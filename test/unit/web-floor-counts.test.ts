/**
 * The wallboard's counts (web/src/supervisor/floor.ts) start from the
 * snapshot's counts of the day and go on from the stream by the server's
 * rules; a snapshot without them (an older server) keeps counting from
 * when the board opened.
 */
import t from 'tap';
import type { ContactMsg, SnapshotMsg } from '../../src/protocol/messages.js';
import type { SiteInfo } from '../../src/web/site-info.js';
import { Floor } from '../../web/src/supervisor/floor.js';

const site: SiteInfo = {
  queues: [
    { id: 'q1', name: 'Queue one', channels: ['chat'], serviceLevel: { thresholdSeconds: 20, target: 0.8 } },
    { id: 'q2', name: 'Queue two', channels: ['chat'] },
  ],
  tiers: ['prime'],
};

const contact = (id: string, at: number, state = 'waiting', queueId = 'q1'): ContactMsg => ({
  id,
  queueId,
  channel: 'chat',
  language: 'en',
  customer: { id: `cust-${id}`, tier: 'standard' },
  firstArrival: at,
  state,
});

const DAY_START = 1_000_000;

/** A snapshot taken after 4 answers (3 within 20 s, 100 s of waits), 2 abandons and a survey "no". */
const snapshot = (): SnapshotMsg => ({
  queues: [
    { id: 'q1', name: 'Queue one' },
    { id: 'q2', name: 'Queue two' },
  ],
  agents: [{ id: 'a1', presence: 'available', status: 'busy', presenceSince: 0, contacts: ['c-active'] }],
  contacts: [contact('c-active', DAY_START, 'active'), contact('c-waiting', DAY_START + 5000)],
  at: DAY_START + 60_000,
  agentSurveys: [{ agentId: 'a1', yes: 7, no: 3 }],
  floorStats: {
    since: DAY_START,
    resetsAt: DAY_START + 86_400_000,
    queues: [
      // As protobuf decodes it: zeros left out.
      { queueId: 'q1', answered: 4, answeredInSl: 3, answerWaitMs: 100_000, abandoned: 2, transfers: 1, callbacksScheduled: 1 },
      { queueId: 'q2' },
    ],
    agents: [{ agentId: 'a1', no: 1, noReasons: { 'too-long': 1 } }],
  },
});

t.test('web floor counts - start from the snapshot, then go on from the stream', async (t) => {
  const f = new Floor(site);
  f.load(snapshot());
  t.equal(f.fromServer, true);
  t.equal(f.since, DAY_START, 'counted since the start of the server day');
  t.equal(f.resetsAt, DAY_START + 86_400_000);
  let [q1, q2] = f.stats(DAY_START + 60_000);
  t.match(q1, { answered: 4, serviceLevel: 0.75, asaMs: 25_000, abandoned: 2, transfers: 1, escalations: 0, callbacksScheduled: 1, followUpsScheduled: 0 });
  t.match(q2, { answered: 0, serviceLevel: undefined, asaMs: undefined });
  t.match(f.surveys.get('a1'), { yes: 0, no: 1 }, "the day's answers, not the lifetime totals");
  t.equal(f.surveys.get('a1')?.reasons.get('too-long'), 1);

  // The stream goes on: an answer within the service level, an escalation, a survey "no".
  f.apply('contactOffered', { contactId: 'c-waiting', agentId: 'a1' }, DAY_START + 10_000);
  f.apply('contactAccepted', { contactId: 'c-waiting', agentId: 'a1' }, DAY_START + 15_000); // waited 10 s
  f.apply('contactAccepted', { contactId: 'c-active', agentId: 'a1' }, DAY_START + 16_000); // answered before the snapshot: not again
  f.apply(
    'contactTransferred',
    {
      contactId: 'c-waiting',
      agentId: 'a1',
      queueId: 'q2',
      transfer: { fromAgentId: 'a1', fromQueueId: 'q1', toQueueId: 'q2', mode: 'blind', escalation: 'complaint' },
    },
    DAY_START + 20_000,
  );
  f.apply(
    'contactSurveyAnswered',
    { contactId: 'x', agentId: 'a1', queueId: 'q1', channel: 'chat', tier: 'standard', helpful: false, reason: 'too-long' },
    DAY_START + 21_000,
  );
  f.apply('contactSurveyAnswered', { contactId: 'y', agentId: 'a1', queueId: 'q1', channel: 'chat', tier: 'standard', helpful: true }, DAY_START + 22_000);
  [q1, q2] = f.stats(DAY_START + 30_000);
  t.match(q1, { answered: 5, serviceLevel: 0.8, asaMs: 22_000, transfers: 1, escalations: 1 }, 'an escalation is counted apart from the transfers');
  t.match(q2, { answered: 0 });
  t.match(f.surveys.get('a1'), { yes: 1, no: 2 });
  t.equal(f.surveys.get('a1')?.reasons.get('too-long'), 2);

  // A fresh snapshot (a reconnection, a new day) replaces the counts: the server kept counting.
  const next = snapshot();
  next.floorStats = { since: DAY_START + 86_400_000, queues: [{ queueId: 'q1', answered: 1, answeredInSl: 1, answerWaitMs: 3000 }] };
  f.load(next);
  [q1] = f.stats(DAY_START + 86_500_000);
  t.match(q1, { answered: 1, serviceLevel: 1, abandoned: 0, transfers: 0 });
  t.equal(f.surveys.size, 0, 'no survey answers yet that day');
  t.equal(f.resetsAt, undefined);
});

t.test('web floor counts - a snapshot without counts: since the board opened, lifetime survey totals', async (t) => {
  const f = new Floor(site);
  const s = snapshot();
  delete s.floorStats;
  f.load(s);
  t.equal(f.fromServer, false);
  t.equal(f.since, f.openedAt);
  t.match(f.stats(DAY_START)[0], { answered: 0, abandoned: 0 });
  t.match(f.surveys.get('a1'), { yes: 7, no: 3 });
});
