/**
 * The day's counts of the supervisor snapshot (src/gateway/floor-stats.ts),
 * fed the events of a real router on a manual clock: exact values after a
 * scripted sequence, each counting rule, the start of a new day, and a
 * router restored with contacts already answered.
 */
import t from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { FloorStats, parseDayStart } from '../../src/insights/floor-stats.js';
import { agentProfile, T0 } from '../fixtures/router-harness.js';
import { ManualClock } from '../fixtures/manual-clock.js';

const DAY = 24 * 3600_000;

const config: CoreConfig = {
  queues: [
    {
      id: 'sales',
      channels: ['voice', 'chat'],
      offerTimeoutSeconds: 600,
      wrapUpSeconds: 60,
      serviceLevel: { thresholdSeconds: 20, target: 0.8 },
      escalateTo: 'tier2',
    },
    { id: 'tier2', channels: ['voice', 'chat'], offerTimeoutSeconds: 600, wrapUpSeconds: 0 },
  ],
};

/** A router on a manual clock whose every event feeds a `FloorStats` started with it. */
function floorOn(cfg: CoreConfig, start = T0, dayStartsAt: string | null = null) {
  const clock = new ManualClock(start);
  const r = new Router(cfg, clock);
  const floor = new FloorStats(r.config, r.contacts(), start, { dayStartsAt });
  r.subscribe((e) => floor.observe(e));
  const at = (ms: number) => {
    clock.set(start + ms);
    r.advance();
  };
  const chat = (id: string, queueId = 'sales') =>
    r.createContact({ id, queueId, channel: 'chat', language: 'en', customer: { id: `cust-${id}`, tier: 'standard' } });
  return { r, floor, clock, at, chat };
}

/** The counts of one queue, as plain data. */
const queue = (floor: FloorStats, now: number, id: string) => ({ ...floor.read(now).queues.get(id) });

t.test('floor stats - 3 answered (one within the service level), 1 abandoned: exact counts', async (t) => {
  const { r, floor, at, chat } = floorOn(config);
  for (const id of ['c1', 'c2', 'c3', 'c4']) chat(id);
  at(5_000);
  r.loginAgent('a1', agentProfile(['sales'], { capacity: { chat: 3 } }), { presence: 'available' });
  at(10_000);
  r.acceptOffer('a1', 'c1'); // waited 10 s: within 20 s
  at(30_000);
  r.acceptOffer('a1', 'c2'); // 30 s
  at(45_000);
  r.acceptOffer('a1', 'c3'); // 45 s
  at(50_000);
  r.abandonContact('c4');

  t.same(queue(floor, T0 + 50_000, 'sales'), {
    answered: 3,
    answeredInSl: 1,
    answerWaitMs: 10_000 + 30_000 + 45_000,
    abandoned: 1,
    transfers: 0,
    escalations: 0,
    callbacksScheduled: 0,
    followUpsScheduled: 0,
  });
  t.same(queue(floor, T0 + 50_000, 'tier2').answered, 0, 'every configured queue is listed, at zero');
  const reading = floor.read(T0 + 50_000);
  t.same([...reading.queues.keys()], ['sales', 'tier2'], 'in configuration order');
  t.equal(reading.since, T0, 'counted since the start');
  t.equal(reading.resetsAt, undefined, 'never starting over (dayStartsAt null)');
  t.equal(floor.trackedContacts, 3, 'the abandoned contact is forgotten');
});

t.test('floor stats - transfers, escalations, a consultative transfer taken back, callbacks, follow-ups, surveys', async (t) => {
  const { r, floor, at, chat } = floorOn(config);
  r.loginAgent('a1', agentProfile(['sales'], { capacity: { chat: 3 } }), { presence: 'available' });
  r.loginAgent('lead', agentProfile(['tier2'], { capacity: { chat: 1 } }), { presence: 'available' });
  chat('c1');
  chat('c2');
  chat('c3');
  r.acceptOffer('a1', 'c1');
  r.acceptOffer('a1', 'c2');
  r.acceptOffer('a1', 'c3');

  at(1_000);
  r.transferContact('a1', 'c2', { queueId: 'tier2', notes: 'over to you' });
  r.acceptOffer('lead', 'c2'); // answered in sales, and again in tier2 (its wait there from the transfer)
  r.escalateContact('a1', 'c3', 'complaint');
  r.transferContact('a1', 'c1', { queueId: 'tier2', consult: true });
  r.cancelTransfer('a1', 'c1'); // taken back: nothing handed on
  let sales = queue(floor, T0 + 1_000, 'sales');
  t.match(sales, { answered: 3, transfers: 1, escalations: 1 }, 'a transfer and an escalation apart; the cancelled one is not counted');
  t.match(queue(floor, T0 + 1_000, 'tier2'), { answered: 1, answeredInSl: 1, answerWaitMs: 0, transfers: 0 }, 'answered in the queue it was transferred to');

  // A caller chooses a callback; an agent schedules a follow-up during wrap-up.
  r.createContact({ id: 'v1', queueId: 'sales', channel: 'voice', language: 'en', customer: { id: 'cust-v1', tier: 'standard' } });
  r.requestCallback('v1', '+15551234567');
  r.endContact('c1', 'agent');
  r.scheduleFollowUp('a1', 'c1', { id: 'f1', dueAt: T0 + DAY, note: 'check the refund' });
  r.finishWrapUp('a1', 'c1', undefined, 'done');
  sales = queue(floor, T0 + 1_000, 'sales');
  t.match(sales, { callbacksScheduled: 1, followUpsScheduled: 1 });

  // Survey answers per agent, with the reason of each "no"; "too-long" is about a policy (default reasons): not the agent's "no".
  r.answerSurvey('c1', false, 'too-long');
  r.endContact('c2', 'agent'); // tier2 has no wrap-up: closed at once
  r.answerSurvey('c2', true);
  const agents = floor.read(T0 + 1_000).agents;
  t.same(
    [...agents].map(([id, a]) => [id, a.yes, a.no, a.notAboutAgent, Object.fromEntries(a.noReasons)]),
    [
      ['a1', 0, 0, 1, { 'too-long': 1 }],
      ['lead', 1, 0, 0, {}],
    ],
  );
});

t.test('floor stats - a contact requeued when its agent logs out is not answered again', async (t) => {
  const { r, floor, at, chat } = floorOn(config);
  r.loginAgent('a1', agentProfile(['sales']), { presence: 'available' });
  chat('c1');
  at(5_000);
  r.acceptOffer('a1', 'c1');
  r.logoutAgent('a1', { force: true });
  t.equal(r.contact('c1')?.state, 'waiting', 'requeued');
  r.loginAgent('a2', agentProfile(['sales']), { presence: 'available' });
  at(60_000);
  r.acceptOffer('a2', 'c1');
  t.match(queue(floor, T0 + 60_000, 'sales'), { answered: 1, answeredInSl: 1, answerWaitMs: 5_000 });
  r.endContact('c1', 'agent');
  at(200_000); // the wrap-up times out
  t.equal(floor.trackedContacts, 0, 'a closed contact is forgotten');
});

t.test('floor stats - the counts start over at the start of each day (local time)', async (t) => {
  const start = new Date(2026, 2, 2, 5, 0).getTime(); // 05:00, local time
  const sixAm = new Date(2026, 2, 2, 6, 0).getTime();
  const { r, floor, clock, chat } = floorOn(config, start, '06:00');
  t.equal(floor.read(start).since, start, 'a server started mid-day counts from its start');
  t.equal(floor.read(start).resetsAt, sixAm, 'and starts over at the next 06:00');
  r.loginAgent('a1', agentProfile(['sales'], { capacity: { chat: 2 } }), { presence: 'available' });
  chat('c1');
  r.acceptOffer('a1', 'c1');
  chat('c2');
  r.acceptOffer('a1', 'c2');
  t.equal(queue(floor, start, 'sales').answered, 2);

  // Past 06:00 an event starts the new day first.
  clock.set(sixAm + 60_000);
  r.transferContact('a1', 'c1', { queueId: 'tier2' });
  let today = floor.read(sixAm + 60_000);
  t.equal(today.since, sixAm);
  t.equal(today.resetsAt, new Date(2026, 2, 3, 6, 0).getTime());
  t.match({ ...today.queues.get('sales') }, { answered: 0, transfers: 1 }, "yesterday's answers are gone, today's transfer counts");

  // Reading alone starts a new day too (a supervisor connecting after a quiet night).
  today = floor.read(new Date(2026, 2, 5, 7, 30).getTime());
  t.equal(today.since, new Date(2026, 2, 5, 6, 0).getTime(), 'the latest 06:00, days later');
  t.equal(today.queues.get('sales')?.transfers, 0);
  t.equal(floor.trackedContacts, 2, 'contacts in progress stay tracked across days');
});

t.test('floor stats - a restored router: contacts already answered are not answered again', async (t) => {
  const clock = new ManualClock(T0);
  const before = new Router(config, clock);
  before.loginAgent('a1', agentProfile(['sales']), { presence: 'available' });
  before.createContact({ id: 'c1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'x', tier: 'standard' } });
  before.acceptOffer('a1', 'c1');
  const r = Router.restore(config, clock, before.snapshot());
  const floor = new FloorStats(r.config, r.contacts(), T0, { dayStartsAt: null });
  r.subscribe((e) => floor.observe(e));
  t.equal(floor.trackedContacts, 1);
  r.transferContact('a1', 'c1', { queueId: 'tier2' });
  r.loginAgent('lead', agentProfile(['tier2']), { presence: 'available' });
  r.acceptOffer('lead', 'c1');
  t.match(queue(floor, T0, 'sales'), { answered: 0, transfers: 1 }, 'answered in sales before the restore');
  t.match(queue(floor, T0, 'tier2'), { answered: 1 }, 'answered once in tier2');
});

t.test('floor stats - day start parsing', async (t) => {
  t.same(parseDayStart('06:30'), { hours: 6, minutes: 30 });
  t.same(parseDayStart('00:00'), { hours: 0, minutes: 0 });
  t.throws(() => parseDayStart('24:00'), RangeError);
  t.throws(() => parseDayStart('6:30'), RangeError);
});
