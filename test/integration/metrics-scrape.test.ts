/**
 * `GET /metrics` of a real server after a scripted workload over real
 * sockets with the SDK: the counters, histograms and gauges say exactly what
 * happened, and promtool accepts the live scrape. The server is wired as
 * `switchboard serve` wires it: one `Metrics` on the router and its clock,
 * as the gateway's observer and as the metrics endpoint.
 */
import t, { type Test } from 'tap';
import type { SwitchboardClient } from '../../src/client/client.js';
import { parseConfig } from '../../src/config/schema.js';
import { Router } from '../../src/core/router.js';
import { Metrics } from '../../src/metrics/index.js';
import type { Encoding } from '../../src/protocol/messages.js';
import type { TransportName } from '../../src/server.js';
import { parseSamples, promtool, sampleValue, type Sample } from '../fixtures/exposition.js';
import { Recorder } from '../fixtures/recorder.js';
import { delay, startServer, testConfig, type TestServer } from '../fixtures/server.js';

/** Replies and requests of one client, counted on the client side. */
interface Tally {
  requests: number;
  readonly recorder: Recorder;
}

/** Counts every request the client sends (each gets exactly one reply). */
function tally(c: SwitchboardClient): Tally {
  const t: Tally = { requests: 0, recorder: new Recorder(c) };
  const request = c.request.bind(c);
  c.request = ((...args: Parameters<typeof request>) => {
    t.requests++;
    return request(...args);
  }) as typeof c.request;
  return t;
}

async function scrape(s: TestServer): Promise<{ text: string; samples: Sample[]; type: string | null }> {
  const res = await fetch(`http://127.0.0.1:${s.server.port}/metrics`);
  const text = await res.text();
  return { text, samples: parseSamples(text), type: res.headers.get('content-type') };
}

const voice = (externalId: string, tier?: string) => ({
  externalId,
  queueId: 'sales',
  channel: 'voice',
  language: 'en',
  customer: tier === undefined ? { id: `cust-${externalId}` } : { id: `cust-${externalId}`, tier },
});

async function workload(t: Test, transport: TransportName, encoding: Encoding): Promise<void> {
  const config = parseConfig(testConfig());
  const clock = { now: () => Date.now() };
  const router = new Router(config.core, clock);
  const metrics = new Metrics(router, router.config, { clock });
  const s = await startServer(transport, encoding, testConfig(), { router, observer: metrics, metrics });
  t.teardown(() => s.close());

  const sup = await s.client('supervisor', 'sam', { heartbeatIntervalMs: 0 });
  const alice = await s.client('agent', 'alice', { heartbeatIntervalMs: 0 });
  const bob = await s.client('agent', 'bob', { heartbeatIntervalMs: 0 });
  const ivr = await s.client('integration', 'ivr', { heartbeatIntervalMs: 0 });
  const tallies = { supervisor: [tally(sup)], agent: [tally(alice), tally(bob)], integration: [tally(ivr)] };
  const [S] = tallies.supervisor;
  const [A, B] = tallies.agent;
  const [I] = tallies.integration;
  const agents = { alice: { c: alice, r: A!.recorder }, bob: { c: bob, r: B!.recorder } };
  // One frame an event, so the frames the server counts equal the events the client records (batched, a
  // turn's events are one frame: counted as one, as the README says; batch-conformance tests the batches).
  await sup.subscribe({ batched: false });

  // 1. Prime call to alice: accepted, connected, held, wrapped up.
  await alice.login({ presence: 'available' });
  const c1 = (await ivr.createContact(voice('c1', 'prime'))).contact.id;
  t.equal((await A!.recorder.next('offer')).contact.id, c1);
  await alice.accept(c1);
  await ivr.markConnected(c1);
  await ivr.hold(c1);
  await delay(30);
  await ivr.unhold(c1);
  await alice.complete(c1);
  await alice.finishWrapUp(c1, 'resolved');
  await S!.recorder.next('contactClosed', (p) => p.contactId === c1);

  // 2. Alice rejects; bob logs in and answers.
  const c2 = (await ivr.createContact(voice('c2'))).contact.id;
  await A!.recorder.next('offer', (p) => p.contact.id === c2);
  await alice.reject(c2);
  await bob.login({ presence: 'available' });
  await B!.recorder.next('offer', (p) => p.contact.id === c2);
  await bob.accept(c2);
  await bob.complete(c2);
  await bob.finishWrapUp(c2);
  await S!.recorder.next('contactClosed', (p) => p.contactId === c2);

  // 3. The first agent offered lets it ring out (2 s); the other answers.
  const c3 = (await ivr.createContact(voice('c3'))).contact.id;
  const first = (await S!.recorder.next('contactOffered', (p) => p.contactId === c3)).agentId as 'alice' | 'bob';
  const other = agents[first === 'alice' ? 'bob' : 'alice'];
  await S!.recorder.next('contactOfferExpired', (p) => p.contactId === c3, 5000);
  await other.r.next('offer', (p) => p.contact.id === c3);
  await other.c.accept(c3);
  await other.c.complete(c3);
  await other.c.finishWrapUp(c3);
  await S!.recorder.next('contactClosed', (p) => p.contactId === c3);

  // 4. Nobody available: the customer hangs up while waiting.
  await alice.setPresence('away', 'break');
  await bob.setPresence('away', 'break');
  const c4 = (await ivr.createContact(voice('c4'))).contact.id;
  await ivr.abandon(c4);
  await I!.recorder.next('contactAbandoned', (p) => p.contactId === c4);
  await S!.recorder.next('contactAbandoned', (p) => p.contactId === c4);

  // Server-side "out" counts are bumped at write time; wait until every frame arrived.
  const received = (role: keyof typeof tallies) => tallies[role].reduce((n, x) => n + x.requests + x.recorder.seen.length, 0);
  const sent = (samples: Sample[], role: string) => sampleValue(samples, 'switchboard_websocket_messages_total', { role, direction: 'out' });
  let m = await scrape(s);
  for (
    const end = Date.now() + 60_000;
    (['agent', 'integration', 'supervisor'] as const).some((r) => sent(m.samples, r) !== received(r)) && Date.now() < end;
  ) {
    await delay(20);
    m = await scrape(s);
  }

  t.match(m.type, /^text\/plain; version=0\.0\.4/);
  const v = (name: string, labels: Record<string, string> = {}) => sampleValue(m.samples, name, labels);
  const prime = { queue: 'sales', channel: 'voice', tier: 'prime' };
  const std = { queue: 'sales', channel: 'voice', tier: 'standard' };

  t.equal(v('switchboard_contacts_created_total', prime), 1, 'created: 1 prime');
  t.equal(v('switchboard_contacts_created_total', std), 3, 'created: 3 standard');
  t.equal(v('switchboard_contacts_answered_total', prime), 1);
  t.equal(v('switchboard_contacts_answered_total', std), 2);
  t.equal(v('switchboard_contacts_answered_in_service_level_total', prime), 1, 'within the default 20 s');
  t.equal(v('switchboard_contacts_answered_in_service_level_total', std), 2);
  t.equal(v('switchboard_contacts_abandoned_total', std), 1);
  t.equal(v('switchboard_contacts_abandoned_total', prime), 0);
  t.equal(v('switchboard_contacts_created_total', { ...std, channel: 'chat' }), 0, 'other series exported at 0');

  const wait = (labels: Record<string, string>, suffix: string, extra: Record<string, string> = {}) =>
    v(`switchboard_queue_wait_seconds_${suffix}`, { ...labels, ...extra });
  t.equal(wait({ ...prime, outcome: 'answered' }, 'count'), 1, 'queue wait: 1 prime answered');
  t.equal(wait({ ...std, outcome: 'answered' }, 'count'), 2, 'queue wait: 2 standard answered');
  t.equal(wait({ ...std, outcome: 'abandoned' }, 'count'), 1, 'queue wait: 1 abandoned');
  t.equal(wait({ ...prime, outcome: 'abandoned' }, 'count') ?? 0, 0, 'no prime customer left');
  t.equal(wait({ ...prime, outcome: 'answered' }, 'bucket', { le: '1' }), 1, 'the prime call was answered at once');
  t.equal(wait({ ...std, outcome: 'answered' }, 'bucket', { le: '+Inf' }), 2);
  t.ok((wait({ ...std, outcome: 'answered' }, 'bucket', { le: '1' }) ?? 9) <= 1, 'c3 waited past its ring timeout');
  t.ok((wait({ ...std, outcome: 'answered' }, 'sum') ?? 0) >= 2, 'c3 waited at least the 2 s ring timeout');

  const offers = (labels: Record<string, string>, outcome: string) => v('switchboard_offers_total', { ...labels, outcome });
  t.equal(offers(prime, 'accepted'), 1);
  t.equal(offers(std, 'accepted'), 2);
  t.equal(offers(std, 'rejected'), 1, 'offers: 1 rejected');
  t.equal(offers(std, 'expired'), 1, 'offers: 1 expired');
  t.equal(offers(std, 'revoked'), 0);
  t.equal(offers(std, 'abandoned'), 0, 'c4 was never offered');
  t.equal(v('switchboard_enqueue_to_offer_seconds_count', prime), 1);
  t.equal(v('switchboard_enqueue_to_offer_seconds_count', std), 2, 'c4 never reached an agent');

  t.equal(v('switchboard_contact_handle_seconds_count', prime), 1);
  t.equal(v('switchboard_contact_handle_seconds_count', std), 2);
  t.equal(v('switchboard_contact_hold_seconds_count', prime), 1);
  t.ok((v('switchboard_contact_hold_seconds_sum', prime) ?? 0) >= 0.02, 'the prime call was held ~30 ms');
  t.equal(v('switchboard_contact_hold_seconds_count', std), 2, 'one hold sample per handled contact');
  t.equal(v('switchboard_contact_hold_seconds_sum', std), 0, 'never held');
  t.equal(v('switchboard_after_contact_work_seconds_count', prime), 1);
  t.equal(v('switchboard_after_contact_work_seconds_count', std), 2);

  t.equal(v('switchboard_contacts_waiting', std), 0);
  t.equal(v('switchboard_oldest_waiting_age_seconds', std), 0);
  t.equal(v('switchboard_agents', { state: 'away' }), 2, 'alice and bob on a break');
  t.equal(v('switchboard_agents', { state: 'available' }), 0);
  t.ok((v('switchboard_routing_decision_duration_seconds_count') ?? 0) >= 14, 'every command timed');

  for (const role of ['agent', 'integration', 'supervisor'] as const) {
    t.equal(v('switchboard_websocket_connections', { role }), tallies[role].length, `${role} sockets open`);
    const requests = tallies[role].reduce((n, x) => n + x.requests, 0);
    t.equal(v('switchboard_websocket_messages_total', { role, direction: 'in' }), requests, `${role}: one message in per request`);
    t.equal(sent(m.samples, role), received(role), `${role}: every reply and event the clients received`);
  }
  // what the script sent: login, accept, complete, finishWrapUp, reject, setPresence (alice);
  // login, accept, complete, finishWrapUp, setPresence (bob), accept/complete/finishWrapUp (c3);
  // 4 creates, connected, hold, unhold, abandon; one subscribe
  t.equal(v('switchboard_websocket_messages_total', { role: 'agent', direction: 'in' }), 14);
  t.equal(v('switchboard_websocket_messages_total', { role: 'integration', direction: 'in' }), 8);
  t.equal(v('switchboard_websocket_messages_total', { role: 'supervisor', direction: 'in' }), 1);

  const lint = promtool(['check', 'metrics'], m.text);
  t.equal(lint.output, '', 'promtool check metrics prints nothing');
  t.equal(lint.status, 0);

  // A closed socket leaves the gauge.
  await sup.close();
  for (const end = Date.now() + 60_000; v('switchboard_websocket_connections', { role: 'supervisor' }) !== 0 && Date.now() < end;) {
    await delay(20);
    m = await scrape(s);
  }
  t.equal(v('switchboard_websocket_connections', { role: 'supervisor' }), 0, 'supervisor socket closed');
  t.equal(v('switchboard_websocket_connections', { role: 'agent' }), 2);
}

t.test('metrics - uws/proto: a scripted workload is scraped exactly', (t) => workload(t, 'uws', 'proto'));
t.test('metrics - ws/json: a scripted workload is scraped exactly', (t) => workload(t, 'ws', 'json'));

t.test('metrics - a scrape of a server with thousands of agents and waiting contacts counts them all', async (t) => {
  const config = parseConfig(testConfig());
  const clock = { now: () => Date.now() };
  const router = new Router(config.core, clock);
  // Available for chat only, or away: the voice calls wait.
  for (let i = 0; i < 3_000; i++) {
    const profile = { skills: {}, languages: ['en'], capacity: { chat: 1 }, queues: ['sales'] };
    router.loginAgent(`agent-${i}`, profile, { presence: i % 3 === 0 ? 'away' : 'available' });
  }
  for (let i = 0; i < 4_000; i++)
    router.createContact({ id: `w${i}`, queueId: 'sales', channel: 'voice', language: 'en', customer: { id: `k${i}`, tier: 'standard' } });
  const metrics = new Metrics(router, router.config, { clock });
  const s = await startServer('uws', 'json', testConfig(), { router, observer: metrics, metrics });
  t.teardown(() => s.close());
  const alice = await s.client('agent', 'alice', { heartbeatIntervalMs: 0 });
  await alice.login({ presence: 'away' });

  // Two scrapes at once, and a request while they run: every one answered.
  const [a, b] = await Promise.all([scrape(s), scrape(s), alice.setPresence('available')]);
  for (const m of [a, b]) {
    const v = (name: string, labels?: Record<string, string>) => sampleValue(m.samples, name, labels);
    const states = Object.fromEntries(['offline', 'available', 'busy', 'wrap_up', 'away'].map((x) => [x, v('switchboard_agents', { state: x }) ?? NaN]));
    t.equal(
      Object.values(states).reduce((x, y) => x + y),
      3_001,
      'every agent, once',
    );
    // Alice is away, or available and offered a call (busy).
    t.ok(states.busy === 0 || states.busy === 1, 'alice, busy or not');
    t.same(states, { offline: 0, available: 2_000, busy: states.busy, wrap_up: 0, away: 1_001 - states.busy! }, JSON.stringify(states));
    t.equal(v('switchboard_contacts_waiting', { queue: 'sales', channel: 'voice', tier: 'standard' }), 4_000 - states.busy!, 'the calls waiting');
    t.ok((v('switchboard_oldest_waiting_age_seconds', { queue: 'sales', channel: 'voice', tier: 'standard' }) ?? -1) >= 0);
    if (process.platform === 'linux') t.ok(Number.isInteger(v('process_open_fds')), 'process_open_fds');
  }
  t.equal(b.text.split('\n# HELP ').length, a.text.split('\n# HELP ').length, 'the same families in both');
});
