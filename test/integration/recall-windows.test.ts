/**
 * Windows that hold at volume with `--store redis` (issue 24): the core
 * keeps an hour (the Redis default of `memoryWindowSeconds`), the recall
 * store in Redis keeps each customer's latest handled contact and each
 * surveyable contact for their windows (src/store/redis/redis-recall.ts).
 * Over real sockets, with the core's clock moved on two days and the
 * leader restarted: a returning customer is a repeat with the agent who
 * served them preferred (WebSocket and HTTP), a retried create counts
 * once, a survey answered two days later counts once, and of two answers
 * at once one counts.
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { startServer, type TestServer } from '../fixtures/server.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { Recorder } from '../fixtures/recorder.js';
import { until } from '../fixtures/until.js';
import { RedisRecall } from '../../src/store/redis/redis-recall.js';
import type { SwitchboardClient } from '../../src/client/client.js';
import { agentId, contactId, queueId, type HistoryEntry } from '../../src/core/index.js';
import type { CompletedContact } from '../../src/core/survey-book.js';

t.setTimeout(300_000);

const DAY = 24 * 3600_000;

const config = {
  queues: [{ id: 'billing', channels: ['chat'], offerTimeoutSeconds: 30, wrapUpSeconds: 0, lastAgentRouting: true }],
  agents: {
    alice: { skills: {}, languages: ['en'], capacity: { chat: 4 }, queues: ['billing'] },
    bob: { skills: {}, languages: ['en'], capacity: { chat: 4 }, queues: ['billing'] },
  },
  allowProfileAtLogin: false,
  gateway: { reconnectGraceSeconds: 1, idleTimeoutSeconds: 0 },
};

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const redis = await RedisServer.start({ appendonly: false });
  t.teardown(() => redis.cleanup());

  t.test('redis recall - of many answers to one survey at once, one takes it; a given-back claim is free again', async (t) => {
    const conn = new Redis(redis.url());
    t.teardown(() => conn.disconnect());
    const recall = new RedisRecall({ redis: conn, domain: randomUUID() });
    const q = queueId('q');
    const done: CompletedContact = { queueId: q, channel: 'chat', tier: 'standard', agentId: agentId('a1'), closedAt: 1000, helpful: null, customerId: 'cu' };
    recall.completed('c-1', done, 60_000);
    const entry = (id: string, agent: string, endedAt: number, notes: string | null): HistoryEntry => ({
      contactId: contactId(id),
      queueId: q,
      channel: 'chat',
      agentId: agentId(agent),
      startedAt: endedAt - 100,
      endedAt,
      disposition: null,
      notes,
    });
    recall.latestHandled('cu', entry('c-1', 'a1', 1000, 'secret'), 60_000);
    recall.latestHandled('cu', entry('c-0', 'a2', 500, null), 60_000);
    await recall.flush();
    t.match(
      await recall.latest('cu'),
      { contactId: 'c-1', agentId: 'a1', notes: null },
      'the later entry stays (an earlier write never replaces it), without notes',
    );
    const ttl = await conn.pttl(recall.latestKey('cu'));
    t.ok(ttl > 50_000 && ttl <= 60_000, `the TTL is the window's rest (${ttl} ms)`);

    const claims = await Promise.all(Array.from({ length: 10 }, () => recall.claimSurvey('c-1')));
    t.equal(claims.filter((c) => c?.taken === true).length, 1, 'one of ten takes it');
    t.ok(
      claims.every((c) => c !== undefined && (c.taken ? c.contact.helpful === null : c.contact.helpful !== null)),
      'the others see it answered',
    );
    claims.find((c) => c?.taken === true)!.release();
    await until('the claim given back', async () => (await conn.get(recall.surveyKey('c-1')))?.startsWith('- ') === true);
    t.equal((await recall.claimSurvey('c-1'))?.taken, true, 'given back: free again');
    recall.answered('c-1', false);
    await recall.flush();
    t.match(await recall.claimSurvey('c-1'), { taken: false, contact: { helpful: false } }, 'answered: taken by nobody');
    t.ok((await conn.pttl(recall.surveyKey('c-1'))) > 50_000, 'the answer keeps the TTL');
    t.equal(await recall.claimSurvey('c-unknown'), undefined, 'not kept: none');
  });

  t.test('redis recall - a repeat and a survey two days later, past the core memory and a restart', async (t) => {
    const clock = new ManualClock(Date.now());
    const url = redis.url(1);
    const serve = async (): Promise<TestServer> => await startServer('uws', 'json', config, { store: url, clock, leaseTtlMs: 5000 });
    let s = await serve();
    let open = true;
    t.teardown(async () => {
      if (open) await s.close();
    });
    t.equal(s.server.router.config.history.memoryWindowMs, 3600_000, 'with Redis, the core keeps an hour of history by default');
    t.equal(s.server.router.config.survey.memoryWindowMs, 3600_000, 'and an hour of surveyable contacts');

    const alice = await s.client('agent', 'alice');
    const bob = await s.client('agent', 'bob');
    const ivr = await s.client('integration', 'ivr');
    await alice.login({ presence: 'available' });
    await bob.login({ presence: 'available' });
    const offers = { alice: new Recorder(alice), bob: new Recorder(bob) };
    /** Creates a contact, has `agent` accept it (the other declines), ends it; the contact's id. */
    const serveContact = async (externalId: string, customer: string, agent: 'alice' | 'bob'): Promise<string> => {
      const { contact } = await ivr.createContact({ externalId, queueId: 'billing', channel: 'chat', language: 'en', customer: { id: customer } });
      const other = agent === 'alice' ? 'bob' : 'alice';
      const clients: Record<string, SwitchboardClient> = { alice, bob };
      for (;;) {
        const holder = s.server.router.contact(contact.id)?.agentId;
        if (holder === agent) break;
        if (holder === other) await clients[other]!.reject(contact.id);
        await new Promise((r) => setImmediate(r));
      }
      await offers[agent].next('offer', (o) => o.contact.id === contact.id);
      await clients[agent]!.accept(contact.id);
      await ivr.end(contact.id);
      return contact.id;
    };
    const ws = await serveContact('r-1', 'returning', 'bob');
    const http = await serveContact('r-2', 'returning-http', 'alice');
    const surveyed = await serveContact('r-3', 'surveyed', 'bob');
    const twice = await serveContact('r-4', 'twice', 'alice');
    const conn = new Redis(url);
    t.teardown(() => conn.disconnect());
    await until('the recall store has the four', async () => (await conn.keys('sb:{default}:recall:*')).length === 8);

    // Two days later: another close trims the core's memory to its hour.
    clock.advance(2 * DAY);
    await serveContact('r-5', 'someone', 'alice');
    t.same(s.server.router.history('returning'), [], 'the core forgot the customer');
    t.equal(s.server.router.completedContact(surveyed), undefined, 'and the surveyable contact');

    // The leader restarts: a new process, nothing of the old one's memory.
    await s.close();
    open = false;
    s = await serve();
    open = true;
    t.same(s.server.router.history('returning'), [], 'the new leader has no entry either');
    const ivr2 = await s.client('integration', 'ivr');
    const ivr3 = await s.client('integration', 'ivr');

    const back = await ivr2.createContact({ externalId: 'b-1', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'returning' } });
    t.equal(back.contact.repeatOf, ws, 'WebSocket: a repeat of the contact two days before');
    t.equal(back.contact.preferredAgentId, 'bob', 'with the agent who served it preferred');
    // Bob takes it: its record names the repeat and the agent it counts against (first-contact resolution).
    const bob2 = await s.client('agent', 'bob');
    const bobOffers = new Recorder(bob2);
    await bob2.login({ presence: 'available' });
    await bobOffers.next('offer', (o) => o.contact.id === back.contact.id);
    await bob2.accept(back.contact.id);
    await ivr2.end(back.contact.id);
    await bob2.setPresence('away', 'break');
    const records = s.server.records!;
    await records.flush();
    const page = await records.page({ from: 0, to: clock.now() + 1 }, null, 100);
    t.match(
      page.records.find((r) => r.contactId === back.contact.id),
      { repeatOf: ws, repeatOfAgentId: 'bob' },
      'the record: a repeat of the contact bob closed',
    );

    const post = (path: string, body: unknown, token: string): Promise<Response> =>
      fetch(`http://127.0.0.1:${s.server.port}${path}`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const token = await s.token('integration', 'ivr');
    const res = await post(
      '/v1/contacts',
      { externalId: 'b-2', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'returning-http' } },
      token,
    );
    t.equal(res.status, 201);
    const made = (await res.json()) as { contact: { id: string; repeatOf?: string; preferredAgentId?: string } };
    t.equal(made.contact.repeatOf, http, 'HTTP: a repeat too');
    t.equal(made.contact.preferredAgentId, 'alice', 'with its agent preferred');

    // A create retried at once on two sockets (the first still looking up): one contact, counted once.
    const body = { externalId: 'b-3', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'twice' } };
    const [one, two] = await Promise.all([ivr2.createContact(body), ivr3.createContact(body)]);
    t.equal(one.contact.id, two.contact.id, 'one contact for the external id');
    t.same([one.created, two.created].sort(), [false, true], 'created once, found once');
    t.equal(one.contact.repeatOf, twice, 'a repeat');
    t.equal([...s.server.router.contacts()].filter((c) => c.customer.id === 'twice').length, 1, 'one contact of the customer in the core');

    // On one socket, a create that waits for a look-up (a new customer) and one that needs none ('someone' is in the
    // core's hour) sent together: created in the order sent.
    const [first, second] = await Promise.all([
      ivr2.createContact({ externalId: 'o-1', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'new-customer' } }),
      ivr2.createContact({ externalId: 'o-2', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'someone' } }),
    ]);
    t.ok(s.server.router.history('someone').length > 0, 'the second needed no look-up');
    t.ok(s.server.router.contact(first.contact.id)!.seq < s.server.router.contact(second.contact.id)!.seq, 'created in the order sent');

    // A survey two days later counts, once.
    await ivr2.survey(surveyed, false, 'agent-attitude');
    const tally = (agent: string) => [...s.server.router.surveyTallies()].find(([a]) => a === agent)?.[1];
    t.match(tally('bob'), { no: 1 }, 'counted for the agent who served it');
    await t.rejects(ivr2.survey(surveyed, true), { code: 'ALREADY_EXISTS' }, 'a second answer is refused');
    const again = await post('/v1/surveys', { contactId: surveyed, helpful: true }, token);
    t.equal(again.status, 409, 'over HTTP too');
    t.match(tally('bob'), { yes: 0, no: 1 }, 'still one answer');

    // Two answers at once (socket and HTTP): one counts.
    const results = await Promise.allSettled([ivr3.survey(twice, true), post('/v1/surveys', { contactId: twice, helpful: true }, token)]);
    const wsOk = results[0].status === 'fulfilled';
    const httpOk = results[1].status === 'fulfilled' && results[1].value.status === 204;
    t.ok(wsOk !== httpOk, `one of the two answers counts (socket ${wsOk}, HTTP ${httpOk})`);
    t.match(tally('alice'), { yes: 1 }, 'one yes for the agent');

    // Past the windows (7 days): no longer a repeat, no longer surveyable.
    clock.advance(6 * DAY);
    const late = await ivr2.createContact({ externalId: 'b-4', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'returning-http' } });
    t.equal(late.contact.repeatOf, undefined, 'past the FCR window: not a repeat');
  });
}
