import t, { type Test as Tap } from 'tap';
import { Router, type CoreConfig } from '../../src/core/index.js';
import { Metrics, type RouterView } from '../../src/metrics/index.js';
import { parseSamples, promtool, sampleValue, type Sample } from '../fixtures/exposition.js';
import { ManualClock } from '../fixtures/manual-clock.js';

const config: CoreConfig = {
  queues: [
    { id: 'sales', channels: ['voice', 'chat'], serviceLevel: { thresholdSeconds: 25, target: 0.9 }, wrapUpSeconds: 30, offerTimeoutSeconds: 20 },
    { id: 'support', channels: ['chat'], serviceLevel: { thresholdSeconds: 45, target: 0.8 }, wrapUpSeconds: 15, offerTimeoutSeconds: 60 },
  ],
  tiers: { prime: { bonusSeconds: 60 } },
};

const T0 = 1_000_000;

function setup(options: { defaultMetrics?: boolean } = {}) {
  const clock = new ManualClock(T0);
  const router = new Router(config, clock);
  const metrics = new Metrics(router, router.config, { clock, defaultMetrics: options.defaultMetrics ?? false });
  router.subscribe((e) => metrics.coreEvent(e));
  /** Moves the clock to `s` seconds after the start and fires what is due. */
  const at = (s: number): void => {
    clock.set(T0 + s * 1000);
    router.advance();
  };
  const contact = (id: string, queueId: string, channel: 'voice' | 'chat', tier: string) =>
    router.createContact({ id, queueId, channel, language: 'en', customer: { id: `cust-${id}`, tier } });
  return { clock, router, metrics, at, contact };
}

/**
 * The scripted day: 3 answered (one outside its service level), 2 abandoned
 * (one while waiting, one mid-offer), holds, wrap-ups ended by the agent and
 * by timeout, an expired, a rejected and a revoked offer, 2 left waiting.
 */
async function scriptedWorkload(t: Tap, options: { defaultMetrics?: boolean } = {}) {
  const { router, metrics, at, contact } = setup(options);
  const agent = (id: string, capacity: Record<string, number>, queues: string[]) =>
    router.loginAgent(id, { skills: {}, languages: ['en'], capacity, queues }, { presence: 'available' });

  at(0);
  agent('a1', { voice: 1, chat: 1 }, ['sales']);
  agent('a3', { chat: 2 }, ['support']);
  contact('c1', 'sales', 'voice', 'standard'); // offered to a1 at once
  at(4);
  router.acceptOffer('a1', 'c1'); // answered after 4 s, within 25 s
  at(5);
  contact('c2', 'sales', 'voice', 'prime'); // waits: a1 is on a call
  at(10);
  router.setHold('c1', true);
  at(25);
  router.setHold('c1', false);
  at(30);
  router.setHold('c1', true);
  at(35);
  router.setHold('c1', false); // 20 s of hold in all
  at(64);
  router.endContact('c1', 'agent', 'a1'); // handle 60 s
  at(74);
  router.finishWrapUp('a1', 'c1', 'resolved'); // ACW 10 s; c2 offered to a1 (69 s after creation)
  t.equal(router.contact('c2')?.agentId, 'a1');
  at(94); // c2's offer rings out
  t.equal(router.contact('c2')?.state, 'waiting');
  at(100);
  agent('a2', { voice: 1 }, ['sales']); // c2 offered to a2
  at(102);
  router.rejectOffer('a2', 'c2');
  at(110);
  contact('c3', 'support', 'chat', 'standard'); // offered to a3 at once
  at(120);
  contact('c4', 'support', 'chat', 'prime'); // a3's second chat slot
  at(130);
  router.abandonContact('c2'); // waited 125 s
  at(140);
  router.acceptOffer('a3', 'c3'); // waited 30 s, within 45 s
  at(170);
  router.acceptOffer('a3', 'c4'); // waited 50 s, outside 45 s
  at(180);
  router.setHold('c4', true);
  at(190);
  router.setHold('c4', false);
  at(200);
  router.endContact('c3', 'integration'); // handle 60 s; wrap-up times out at 215
  at(230);
  router.endContact('c4', 'agent', 'a3'); // handle 60 s
  at(235);
  router.finishWrapUp('a3', 'c4'); // ACW 5 s
  at(240);
  contact('c5', 'sales', 'voice', 'standard'); // a1 has been idle longest
  t.equal(router.contact('c5')?.agentId, 'a1');
  at(245);
  router.setPresence('a1', 'away', 'break'); // offer revoked, c5 offered to a2
  t.equal(router.contact('c5')?.agentId, 'a2');
  at(250);
  router.abandonContact('c5'); // mid-offer, waited 10 s
  at(260);
  contact('c6', 'sales', 'chat', 'prime'); // nobody serves sales chat now
  at(280);
  contact('c7', 'sales', 'chat', 'standard');
  at(300);

  metrics.connectionOpened('agent');
  metrics.connectionOpened('agent');
  metrics.connectionOpened('agent');
  metrics.connectionClosed('agent');
  metrics.connectionOpened('integration');
  for (let i = 0; i < 5; i++) metrics.messageReceived('agent');
  for (let i = 0; i < 7; i++) metrics.messageSent('agent');
  metrics.messageSent('supervisor');
  metrics.routingDecision(3e-6);
  metrics.routingDecision(15e-6);
  metrics.routingDecision(40e-6);
  metrics.routingDecision(NaN); // ignored, never thrown into the gateway

  const text = await metrics.render();
  return { router, metrics, text, samples: parseSamples(text) };
}

const L = (queue: string, channel: string, tier: string) => ({ queue, channel, tier });

t.test('metrics - a scripted workload is counted exactly', async (t) => {
  const { samples, metrics } = await scriptedWorkload(t);
  const v = (name: string, labels: Record<string, string> = {}) => sampleValue(samples, name, labels);

  t.equal(v('switchboard_contacts_created_total', L('sales', 'voice', 'standard')), 2);
  t.equal(v('switchboard_contacts_created_total', L('sales', 'voice', 'prime')), 1);
  t.equal(v('switchboard_contacts_created_total', L('support', 'chat', 'standard')), 1);
  t.equal(v('switchboard_contacts_created_total', L('support', 'chat', 'prime')), 1);
  t.equal(v('switchboard_contacts_created_total', L('sales', 'chat', 'prime')), 1);

  const sum = (name: string, labels: Record<string, string> = {}) =>
    samples.filter((s: Sample) => s.name === name && Object.entries(labels).every(([k, x]) => s.labels[k] === x)).reduce((a, s) => a + s.value, 0);
  t.equal(sum('switchboard_contacts_answered_total'), 3, '3 answered');
  t.equal(v('switchboard_contacts_answered_total', L('sales', 'voice', 'standard')), 1);
  t.equal(v('switchboard_contacts_answered_total', L('support', 'chat', 'standard')), 1);
  t.equal(v('switchboard_contacts_answered_total', L('support', 'chat', 'prime')), 1);
  t.equal(sum('switchboard_contacts_answered_in_service_level_total'), 2, '2 within their threshold');
  t.equal(v('switchboard_contacts_answered_in_service_level_total', L('support', 'chat', 'prime')), 0, '50 s > 45 s');
  t.equal(sum('switchboard_contacts_abandoned_total'), 2);
  t.equal(v('switchboard_contacts_abandoned_total', L('sales', 'voice', 'prime')), 1);
  t.equal(v('switchboard_contacts_abandoned_total', L('sales', 'voice', 'standard')), 1);

  // Queue wait: answered 4 + 30 + 50 s; abandoned 125 + 10 s.
  t.equal(sum('switchboard_queue_wait_seconds_count', { outcome: 'answered' }), 3);
  t.equal(sum('switchboard_queue_wait_seconds_sum', { outcome: 'answered' }), 84);
  t.equal(sum('switchboard_queue_wait_seconds_count', { outcome: 'abandoned' }), 2);
  t.equal(sum('switchboard_queue_wait_seconds_sum', { outcome: 'abandoned' }), 135);
  const prime = { ...L('support', 'chat', 'prime'), outcome: 'answered' };
  t.equal(v('switchboard_queue_wait_seconds_bucket', { ...prime, le: '45' }), 0, 'the 45 s threshold is a bucket edge');
  t.equal(v('switchboard_queue_wait_seconds_bucket', { ...prime, le: '60' }), 1);
  t.equal(v('switchboard_queue_wait_seconds_bucket', { ...L('sales', 'voice', 'standard'), outcome: 'answered', le: '25' }), 1);
  t.equal(v('switchboard_queue_wait_seconds_bucket', { ...L('sales', 'voice', 'prime'), outcome: 'abandoned', le: '120' }), 0);
  t.equal(v('switchboard_queue_wait_seconds_bucket', { ...L('sales', 'voice', 'prime'), outcome: 'abandoned', le: '180' }), 1);

  t.equal(sum('switchboard_contact_handle_seconds_count'), 3);
  t.equal(sum('switchboard_contact_handle_seconds_sum'), 180);
  t.equal(sum('switchboard_contact_hold_seconds_count'), 3, 'one hold observation per handled contact');
  t.equal(sum('switchboard_contact_hold_seconds_sum'), 30, '20 s on c1 + 10 s on c4');
  t.equal(sum('switchboard_contact_hold_seconds_bucket', { le: '0' }), 1, 'c3 was never on hold');
  t.equal(v('switchboard_contact_hold_seconds_sum', L('sales', 'voice', 'standard')), 20);
  t.equal(sum('switchboard_after_contact_work_seconds_count'), 3);
  t.equal(sum('switchboard_after_contact_work_seconds_sum'), 30, '10 s by the agent + 15 s timed out + 5 s');
  t.equal(v('switchboard_after_contact_work_seconds_sum', L('support', 'chat', 'standard')), 15);

  t.equal(sum('switchboard_enqueue_to_offer_seconds_count'), 5, 'c6 and c7 were never offered');
  t.equal(sum('switchboard_enqueue_to_offer_seconds_sum'), 69, 'only c2 waited for its first offer');
  t.equal(v('switchboard_enqueue_to_offer_seconds_bucket', { ...L('sales', 'voice', 'prime'), le: '60' }), 0);
  t.equal(v('switchboard_enqueue_to_offer_seconds_bucket', { ...L('sales', 'voice', 'prime'), le: '120' }), 1);

  t.equal(sum('switchboard_offers_total', { outcome: 'accepted' }), 3);
  t.equal(sum('switchboard_offers_total', { outcome: 'expired' }), 1);
  t.equal(sum('switchboard_offers_total', { outcome: 'rejected' }), 1);
  t.equal(sum('switchboard_offers_total', { outcome: 'revoked' }), 1);
  t.equal(sum('switchboard_offers_total', { outcome: 'abandoned' }), 1);
  t.equal(v('switchboard_offers_total', { ...L('sales', 'voice', 'prime'), outcome: 'expired' }), 1);
  t.equal(v('switchboard_offers_total', { ...L('sales', 'voice', 'standard'), outcome: 'revoked' }), 1);

  // Gauges read at scrape time (clock at 300 s).
  t.equal(v('switchboard_contacts_waiting', L('sales', 'chat', 'prime')), 1);
  t.equal(v('switchboard_contacts_waiting', L('sales', 'chat', 'standard')), 1);
  t.equal(v('switchboard_contacts_waiting', L('sales', 'voice', 'standard')), 0, 'empty series are 0, not missing');
  t.equal(v('switchboard_oldest_waiting_age_seconds', L('sales', 'chat', 'prime')), 40);
  t.equal(v('switchboard_oldest_waiting_age_seconds', L('sales', 'chat', 'standard')), 20);
  t.equal(v('switchboard_oldest_waiting_age_seconds', L('support', 'chat', 'standard')), 0);
  t.same(Object.fromEntries(['offline', 'available', 'busy', 'wrap_up', 'away'].map((s) => [s, v('switchboard_agents', { state: s })])), {
    offline: 0,
    available: 2,
    busy: 0,
    wrap_up: 0,
    away: 1,
  });
  t.equal(v('switchboard_queue_service_level_threshold_seconds', { queue: 'support' }), 45);
  t.equal(v('switchboard_queue_service_level_target_ratio', { queue: 'sales' }), 0.9);

  // Workflows that arrive later are registered, at 0.
  t.equal(sum('switchboard_transfers_total'), 0);
  t.equal(v('switchboard_transfers_total', L('sales', 'voice', 'prime')), 0);
  t.equal(v('switchboard_escalations_total', L('support', 'chat', 'standard')), 0);
  t.equal(v('switchboard_repeat_contacts_total', L('sales', 'chat', 'standard')), 0);
  t.equal(v('switchboard_survey_answers_total', { ...L('sales', 'voice', 'standard'), outcome: 'no' }), 0);

  // Gateway.
  t.equal(v('switchboard_websocket_connections', { role: 'agent' }), 2);
  t.equal(v('switchboard_websocket_connections', { role: 'integration' }), 1);
  t.equal(v('switchboard_websocket_connections', { role: 'supervisor' }), 0);
  t.equal(v('switchboard_websocket_messages_total', { role: 'agent', direction: 'in' }), 5);
  t.equal(v('switchboard_websocket_messages_total', { role: 'agent', direction: 'out' }), 7);
  t.equal(v('switchboard_websocket_messages_total', { role: 'supervisor', direction: 'out' }), 1);
  t.equal(v('switchboard_websocket_messages_total', { role: 'integration', direction: 'in' }), 0);
  t.equal(v('switchboard_routing_decision_duration_seconds_count'), 3);
  t.ok(Math.abs(v('switchboard_routing_decision_duration_seconds_sum')! - 58e-6) < 1e-12);
  t.equal(v('switchboard_routing_decision_duration_seconds_bucket', { le: '0.00001' }), 1);
  t.equal(v('switchboard_routing_decision_duration_seconds_bucket', { le: '0.00002' }), 2);

  t.equal(metrics.trackedContacts, 2, 'only the two waiting contacts are still tracked');
});

t.test('metrics - labels carry no agent or contact ids', async (t) => {
  const { samples } = await scriptedWorkload(t);
  const allowed = new Set(['queue', 'channel', 'tier', 'outcome', 'about', 'state', 'role', 'direction', 'le']);
  const own = samples.filter((s) => s.name.startsWith('switchboard_'));
  t.ok(own.length > 0);
  for (const s of own) {
    for (const [k, val] of Object.entries(s.labels)) {
      if (!allowed.has(k)) t.fail(`${s.name} has label ${k}`);
      if (/^(a|c)\d$|^cust-/.test(val)) t.fail(`${s.name} has an id as label value: ${k}=${val}`);
    }
  }
});

t.test('metrics - promtool check metrics finds nothing to say', async (t) => {
  const { text } = await scriptedWorkload(t, { defaultMetrics: true });
  t.match(text, /^process_cpu_seconds_total /m, "Node's default metrics are on the same registry");
  t.match(text, /^nodejs_eventloop_lag_seconds /m);
  const r = promtool(['check', 'metrics'], text);
  t.equal(r.output, '', 'promtool prints nothing');
  t.equal(r.status, 0);
});

t.test('metrics - agents by state and the oldest wait are read at scrape time', async (t) => {
  const { router, metrics, at, contact } = setup();
  const profile = { skills: {}, languages: ['en'], capacity: { voice: 1 }, queues: ['sales'] };
  router.loginAgent('a1', profile, { presence: 'available' });
  router.loginAgent('a2', profile, { presence: 'available' });
  router.loginAgent('a3', profile, { presence: 'away', reason: 'lunch' });
  contact('c1', 'sales', 'voice', 'standard');
  contact('c2', 'sales', 'voice', 'standard');
  router.acceptOffer('a1', 'c1');
  router.acceptOffer('a2', 'c2');
  router.endContact('c2', 'agent', 'a2');
  router.logoutAgent('a1', { force: true }); // still on the call: offline
  at(7);
  contact('c3', 'sales', 'voice', 'prime');
  at(19);
  const read = async () => {
    const s = parseSamples(await metrics.render());
    return {
      agents: Object.fromEntries(['offline', 'available', 'busy', 'wrap_up', 'away'].map((x) => [x, sampleValue(s, 'switchboard_agents', { state: x })])),
      waiting: sampleValue(s, 'switchboard_contacts_waiting', L('sales', 'voice', 'prime')),
      age: sampleValue(s, 'switchboard_oldest_waiting_age_seconds', L('sales', 'voice', 'prime')),
    };
  };
  t.same(await read(), { agents: { offline: 1, available: 0, busy: 0, wrap_up: 1, away: 1 }, waiting: 1, age: 12 });
  at(30); // a2's wrap-up times out; c3 goes to a2
  t.same(await read(), { agents: { offline: 1, available: 0, busy: 1, wrap_up: 0, away: 1 }, waiting: 0, age: 0 });
});

t.test('metrics - contacts moved between queues, requeued and adopted from a restore', async (t) => {
  const { router, metrics, at, contact } = setup();
  contact('c1', 'sales', 'chat', 'standard');
  router.updateContact('c1', { queueId: 'support' });
  at(10);
  router.loginAgent('a1', { skills: {}, languages: ['en'], capacity: { chat: 1 }, queues: ['support'] }, { presence: 'available' });
  router.acceptOffer('a1', 'c1');
  router.setHold('c1', true);
  at(14);
  router.logoutAgent('a1', { force: true }); // chat goes back to the queue; the hold period ends
  router.loginAgent('a2', { skills: {}, languages: ['en'], capacity: { chat: 1 }, queues: ['support'] }, { presence: 'available' });
  at(16);
  router.acceptOffer('a2', 'c1');
  at(20);
  router.endContact('c1', 'agent', 'a2');

  // A second Metrics over the same router adopts c1 mid-life, as after a restart.
  const late = new Metrics(router, router.config, { defaultMetrics: false });
  t.equal(late.trackedContacts, 1);
  router.subscribe((e) => late.coreEvent(e));
  at(22);
  router.finishWrapUp('a2', 'c1');

  const s = parseSamples(await metrics.render());
  const sup = L('support', 'chat', 'standard');
  t.equal(sampleValue(s, 'switchboard_contacts_created_total', L('sales', 'chat', 'standard')), 1, 'created where it arrived');
  t.equal(sampleValue(s, 'switchboard_contacts_answered_total', sup), 1, 'answered once, in the queue it was moved to');
  t.equal(sampleValue(s, 'switchboard_offers_total', { ...sup, outcome: 'accepted' }), 2);
  t.equal(sampleValue(s, 'switchboard_queue_wait_seconds_sum', { ...sup, outcome: 'answered' }), 10);
  t.equal(sampleValue(s, 'switchboard_contact_handle_seconds_sum', sup), 4, 'from the last acceptance');
  t.equal(sampleValue(s, 'switchboard_contact_hold_seconds_sum', sup), 4);
  t.equal(sampleValue(s, 'switchboard_after_contact_work_seconds_sum', sup), 2);
  t.equal(metrics.trackedContacts, 0);

  const s2 = parseSamples(await late.render());
  t.equal(sampleValue(s2, 'switchboard_after_contact_work_seconds_count', sup), undefined, 'no end seen, no ACW guessed');
  t.equal(sampleValue(s2, 'switchboard_contacts_answered_total', sup), 0);
  t.equal(late.trackedContacts, 0);
});

t.test('metrics - workflow counters take known label sets only', async (t) => {
  const { metrics } = setup();
  const sales = L('sales', 'voice', 'prime');
  metrics.transferred(sales);
  metrics.escalated(sales);
  metrics.repeatContact(sales);
  metrics.surveyAnswered(sales, true);
  metrics.surveyAnswered(sales, true);
  metrics.surveyAnswered(sales, false);
  metrics.surveyAnswered(sales, false, 'policy');
  metrics.surveyAnswered(sales, false, 'policy');
  metrics.transferred(L('no-such-queue', 'voice', 'prime'));
  metrics.surveyAnswered(L('sales', 'voice', 'gold'), true);
  const text = await metrics.render();
  const s = parseSamples(text);
  t.equal(sampleValue(s, 'switchboard_transfers_total', sales), 1);
  t.equal(sampleValue(s, 'switchboard_escalations_total', sales), 1);
  t.equal(sampleValue(s, 'switchboard_repeat_contacts_total', sales), 1);
  t.equal(sampleValue(s, 'switchboard_survey_answers_total', { ...sales, outcome: 'yes' }), 2);
  t.equal(sampleValue(s, 'switchboard_survey_answers_total', { ...sales, outcome: 'no' }), 3);
  t.equal(sampleValue(s, 'switchboard_survey_no_answers_total', { ...sales, about: 'agent' }), 1, 'a "no" without an about is about the agent');
  t.equal(sampleValue(s, 'switchboard_survey_no_answers_total', { ...sales, about: 'policy' }), 2);
  t.equal(sampleValue(s, 'switchboard_survey_no_answers_total', { ...sales, about: 'product' }), 0);
  t.notMatch(text, /no-such-queue|gold/, 'unknown labels never become series');
  t.match(metrics.contentType, /^text\/plain; version=0\.0\.4/);
});

t.test('metrics - recording an event is cheap and keeps nothing for closed contacts', async (t) => {
  // A coarse guard for the hot path: many events, bounded heap growth.
  const { router, metrics } = setup();
  const profile = { skills: {}, languages: ['en'], capacity: { chat: 100 }, queues: ['sales'] };
  router.loginAgent('a1', profile, { presence: 'available' });
  const events: Parameters<Metrics['coreEvent']>[0][] = [];
  router.subscribe((e) => events.push(e));
  for (let i = 0; i < 50; i++) {
    router.createContact({ id: `c${i}`, queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'u', tier: 'standard' } });
    router.acceptOffer('a1', `c${i}`);
    router.endContact(`c${i}`, 'agent');
    router.finishWrapUp('a1', `c${i}`);
  }
  const before = metrics.trackedContacts;
  const started = process.hrtime.bigint();
  for (let round = 0; round < 200; round++) for (const e of events) metrics.coreEvent(e);
  const perEventNs = Number(process.hrtime.bigint() - started) / (200 * events.length);
  t.equal(metrics.trackedContacts, before, 'every replayed contact is dropped again on close');
  t.ok(perEventNs < 20_000, `coreEvent costs ${perEventNs.toFixed(0)} ns`);
});

t.test('metrics - callbacks and follow-ups scheduled are read at scrape time', async (t) => {
  const { router, metrics, contact } = setup();
  const read = async () => {
    const s = parseSamples(await metrics.render());
    return {
      callbacks: sampleValue(s, 'switchboard_callbacks_scheduled', { queue: 'sales' }),
      followUps: sampleValue(s, 'switchboard_follow_ups_scheduled', { queue: 'sales' }),
    };
  };
  contact('c1', 'sales', 'voice', 'standard');
  router.requestCallback('c1');
  t.same(await read(), { callbacks: 1, followUps: 0 }, 'a callback waiting');
  router.loginAgent('a1', { skills: {}, languages: ['en'], capacity: { voice: 1 }, queues: ['sales'] }, { presence: 'available' });
  router.acceptOffer('a1', 'c1');
  t.same(await read(), { callbacks: 1, followUps: 0 }, 'dialing');
  router.markConnected('c1');
  t.same(await read(), { callbacks: 0, followUps: 0 }, 'connected');
  router.scheduleFollowUp('a1', 'c1', { id: 'f1', dueAt: T0 + 3600_000, note: 'n' });
  t.same(await read(), { callbacks: 1, followUps: 1 }, 'a follow-up scheduled (a voice one is an outbound call: a callback too)');
});

t.test('metrics - a scrape reads the waiting contacts once, though the loop runs between its families', async (t) => {
  const clock = new ManualClock(T0);
  const router = new Router(config, clock);
  let passes = 0;
  // A slow pass (2 ms): the render gives the loop a turn before the next family.
  const view: RouterView = {
    config: router.config,
    waitingStats: () => {
      passes++;
      for (const until = performance.now() + 2; performance.now() < until;);
      return router.waitingStats();
    },
    queueCounts: () => router.queueCounts(),
    agentStatuses: () => router.agentStatuses(),
    contacts: () => router.contacts(),
  };
  const metrics = new Metrics(view, router.config, { clock, defaultMetrics: false });
  router.createContact({ id: 'c1', queueId: 'sales', channel: 'voice', language: 'en', customer: { id: 'k1', tier: 'prime' } });
  clock.set(T0 + 10_000);
  // Hangs up during the render: between the two waiting families, or before both.
  setImmediate(() => router.abandonContact('c1'));
  const s = parseSamples(await metrics.render());
  t.equal(passes, 1, 'one pass over the waiting contacts');
  const waiting = sampleValue(s, 'switchboard_contacts_waiting', L('sales', 'voice', 'prime'));
  const age = sampleValue(s, 'switchboard_oldest_waiting_age_seconds', L('sales', 'voice', 'prime'));
  t.ok((waiting === 1 && age === 10) || (waiting === 0 && age === 0), `the count and the age are of one pass (${waiting}, ${age})`);
  await metrics.render();
  t.equal(passes, 2, 'and one at the next scrape');
});
