/**
 * An integration's contacts stay its own across a restart on the Redis
 * store (issue 19): each contact keeps its owner and how it was created, so
 * after the restart
 * - the integration still lists, reschedules and cancels the follow-ups of
 *   its customers, and is told to dial a voice follow-up that comes due;
 * - a voicemail (an email contact the maximum wait made of its call) is
 *   still the call's integration's;
 * - a contact created over an integration's socket still ends when the
 *   integration stays away past its grace (counted from the restart), and
 *   one created over HTTP is still exempt.
 * Before, only the creation keys were stored: follow-ups and voicemails had
 * no owner after a restart, and recovered contacts were all exempt.
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import type { Encoding } from '../../src/protocol/messages.js';
import type { TransportName } from '../../src/server.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import { Recorder } from '../fixtures/recorder.js';
import { refused } from '../fixtures/refused.js';
import { startServer, testConfig, type TestServer } from '../fixtures/server.js';
import { until } from '../fixtures/until.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';

t.setTimeout(300_000);

const DAY = 24 * 3600_000;

const config = testConfig(
  {
    queues: [
      { id: 'sales', channels: ['voice', 'chat', 'email'], offerTimeoutSeconds: 10, wrapUpSeconds: 0 },
      { id: 'support', channels: ['voice'], maxWait: { afterSeconds: 1, action: 'voicemail', queueId: 'mail' } },
      { id: 'mail', channels: ['email'] },
      { id: 'hold', channels: ['voice', 'email'] },
    ],
    agents: { alice: { skills: {}, languages: ['en'], capacity: { voice: 1, chat: 1, email: 1 }, queues: ['sales'] } },
  },
  { integrationGraceSeconds: 2 },
);

const call = (externalId: string, queueId: string, customer: string) => ({
  externalId,
  queueId,
  channel: 'voice',
  language: 'en',
  customer: { id: customer, tier: 'standard' },
});

const runs: [TransportName, Encoding][] = [
  ['uws', 'json'],
  ['ws', 'proto'],
];

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const redis = await RedisServer.start({ appendonly: true });
  t.teardown(() => redis.cleanup());
  const serve = (transport: TransportName, encoding: Encoding, domain: string): Promise<TestServer> =>
    startServer(transport, encoding, config, { store: new RedisRoutingStore({ url: redis.url(), domain }), leaseTtlMs: 5000 });

  for (const [transport, encoding] of runs) {
    t.test(`${transport}/${encoding} - after a restart an integration still owns its follow-ups, voicemails and grace`, async (t) => {
      const domain = `owners-${randomUUID()}`;
      const servers: TestServer[] = [];
      t.teardown(() => Promise.all(servers.map((s) => s.close())));
      const s1 = await serve(transport, encoding, domain);
      servers.push(s1);
      const alice = await s1.client('agent', 'alice');
      const a1 = new Recorder(alice);
      const ivr = await s1.client('integration', 'ivr');
      const i1 = new Recorder(ivr);
      const pbx = await s1.client('integration', 'pbx');
      await alice.login({ presence: 'available' });

      // A call alice takes and schedules two follow-ups of; then she leaves.
      const { contact: c1 } = await ivr.createContact(call('c-1', 'sales', 'cust-1'));
      await a1.next('offer', (o) => o.contact.id === c1.id);
      await alice.accept(c1.id);
      const now = Date.now();
      const { contact: far } = await alice.scheduleFollowUp(c1.id, now + DAY, 'next week');
      const { contact: soon } = await alice.scheduleFollowUp(c1.id, now + 1000, 'call back today');
      await alice.complete(c1.id);
      await alice.logout();

      // A call nobody takes becomes a voicemail: an email contact that is the call's integration's.
      const { contact: v1 } = await ivr.createContact(call('v-1', 'support', 'cust-2'));
      const vm = await i1.next('contactCreated', (p) => p.contact.context?.['voicemailOf'] === v1.id, 15_000);
      t.match(vm.contact, { channel: 'email', queueId: 'mail' }, 'the integration hears of the voicemail of its call');
      const vmId = vm.contact.id;

      // pbx: one call over its socket, one over HTTP; neither is taken (nobody serves `hold`).
      const { contact: w1 } = await pbx.createContact(call('w-1', 'hold', 'cust-3'));
      const posted = await fetch(`http://127.0.0.1:${s1.server.port}/v1/contacts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await s1.token('integration', 'pbx')}` },
        body: JSON.stringify({ ...call('h-1', 'hold', 'cust-4'), channel: 'email' }),
      });
      t.equal(posted.status, 201);
      const h1 = ((await posted.json()) as { contact: { id: string } }).contact.id;
      const pbxSeq = pbx.lastSeq;

      // The restart: s1 stops cleanly, s2 recovers the domain from Redis.
      await s1.close();
      const s2 = await serve(transport, encoding, domain);
      servers.push(s2);
      const router = s2.server.router;
      t.match(router.contact(far.id as never), { state: 'scheduled', owner: { integration: 'ivr', via: 'inherited' } }, 'the follow-up kept its owner');

      // The follow-ups: still the integration's to list, move and cancel; still no one else's.
      const ivr2 = await s2.client('integration', 'ivr');
      const i2 = new Recorder(ivr2);
      const crm = await s2.client('integration', 'crm');
      t.ok(
        (await ivr2.listFollowUps({ customerId: 'cust-1' })).some((c) => c.id === far.id),
        "the customer's integration lists the follow-up after the restart",
      );
      await ivr2.rescheduleFollowUp(far.id, now + 2 * DAY);
      t.match(await i2.next('contactFollowUpRescheduled', (p) => p.contactId === far.id), { dueAt: now + 2 * DAY }, 'and hears of the move');
      await refused(t, 'PERMISSION_DENIED', 'another integration reschedules', () => crm.rescheduleFollowUp(far.id, now + 3 * DAY));
      await ivr2.cancelFollowUp(far.id, 'customer called in');
      await i2.next('contactFollowUpCancelled', (p) => p.contactId === far.id);
      t.equal(router.contact(far.id as never), undefined, 'cancelled by its integration');

      // The voicemail: still the integration's.
      t.match(await ivr2.position(vmId), { contactId: vmId }, 'the integration asks where its voicemail stands');
      await refused(t, 'PERMISSION_DENIED', 'another integration asks about the voicemail', () => crm.position(vmId));

      // The voice follow-up came due: offered to alice, and the integration is told to dial.
      const alice2 = await s2.client('agent', 'alice');
      const a2 = new Recorder(alice2);
      await alice2.login({ presence: 'available' });
      await a2.next('offer', (o) => o.contact.id === soon.id, 15_000);
      await alice2.accept(soon.id);
      t.match(await i2.next('contactCallbackDialing', (p) => p.contactId === soon.id), { agentId: 'alice' }, 'the integration is told to dial');

      // pbx never came back: past its grace (from the restart) its socket call ends; the HTTP one is exempt.
      await until('the socket call of the gone integration ended', () => router.contact(w1.id as never) === undefined);
      t.equal(router.contact(h1 as never)?.state, 'waiting', 'the contact created over HTTP still waits');
      const pbx2 = await s2.client('integration', 'pbx', pbxSeq === undefined ? {} : { resumeAfter: pbxSeq });
      const p2 = new Recorder(pbx2);
      t.match(await p2.next('contactAbandoned', (p) => p.contactId === w1.id), { reason: 'integration-gone' }, 'its stream tells it why');
    });
  }
}
