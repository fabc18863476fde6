/**
 * The integration contract across a leader change: 3 processes on one
 * Redis. The integration's socket is away while its contact is accepted,
 * then the leader dies (kill -9); the integration reconnects through a
 * follower to the new leader, which replays the assignment from Redis:
 * every event exactly once, numbered on from where it was.
 */
import t from 'tap';
import { SwitchboardClient } from '../../src/client/client.js';
import type { EventPayloads } from '../../src/protocol/messages.js';
import { clusterOnRedis } from '../fixtures/cluster.js';
import { clusterConfig, QUEUE } from '../fixtures/cluster-workload.js';
import { until } from '../fixtures/until.js';
import { redisServerAvailable } from '../harness/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('integration resume: a leader change in the middle loses no event', async (t) => {
    const { cluster, leader, followers, auth, clients } = await clusterOnRedis(t, 3, clusterConfig(2));
    const [f1, f2] = followers as [typeof leader, typeof leader];
    const reconnect = { initialDelayMs: 100, maxDelayMs: 1000 };

    // The integration's token source can be held shut: it stays away while the contact is accepted.
    const ivrToken = await auth.sign({ role: 'integration', id: 'ivr' });
    let gate: Promise<void> | null = null;
    let openGate = (): void => {};
    const ivr = await SwitchboardClient.connect({
      url: f1.url,
      fallbackUrls: [f2.url, leader.url],
      role: 'integration',
      token: async () => {
        if (gate !== null) await gate;
        return ivrToken;
      },
      reconnect,
      heartbeatIntervalMs: 2000,
    });
    clients.push(ivr);
    const seen: { kind: string; seq: number; contactId: string | undefined }[] = [];
    ivr.on('*', (e, m) => {
      const p = e.payload as { contactId?: string; contact?: { id: string } };
      if (m.seq > 0) seen.push({ kind: e.kind, seq: m.seq, contactId: p.contactId ?? p.contact?.id });
    });
    const resumes: EventPayloads['streamOpened'][] = [];
    ivr.onLifecycle('reconnected', (e) => e.stream !== undefined && resumes.push(e.stream));

    const agent = await SwitchboardClient.connect({
      url: f2.url,
      fallbackUrls: [f1.url, leader.url],
      role: 'agent',
      token: await auth.sign({ role: 'agent', id: 'a1' }),
      reconnect,
      heartbeatIntervalMs: 2000,
    });
    clients.push(agent);
    const offers: string[] = [];
    agent.on('offer', (o) => offers.push(o.contact.id));
    await agent.login({ presence: 'available' });

    const { contact } = await ivr.createContact({ externalId: 'x-1', queueId: QUEUE, channel: 'voice', language: 'en', customer: { id: 'cust-1' } });
    await until('the offer', () => offers.includes(contact.id));
    await until('contactOffered', () => seen.some((e) => e.kind === 'contactOffered'));

    // The integration goes away; the contact is accepted meanwhile (stored in Redis by the leader).
    gate = new Promise((r) => (openGate = r));
    const away = new Promise<void>((resolve) => ivr.onLifecycle('disconnected', () => resolve()));
    ivr.dropConnection();
    await away;
    await agent.accept(contact.id);

    // The leader dies; another takes over from Redis.
    leader.kill('SIGKILL');
    await leader.exited();
    const next = await cluster.leader(20_000);
    t.not(next.port, leader.port, 'another process leads');
    gate = null;
    openGate();

    await until('contactAccepted replayed by the new leader', () => seen.some((e) => e.kind === 'contactAccepted'));
    const accepted = seen.find((e) => e.kind === 'contactAccepted');
    t.equal(accepted?.contactId, contact.id);
    t.ok(
      resumes.some((r) => r.resumedAfter !== undefined && r.error === undefined && (r.replayed ?? 0) >= 1),
      'the integration resumed on the new leader, with the missed event replayed',
    );
    const pos = await ivr.position(contact.id);
    t.equal(pos.agentId, 'a1', 'and position names the agent');

    // The agent's session resumed too: the contact ends, and the stream goes on.
    await until('the agent back', () => agent.connected);
    for (let i = 0; ; i++) {
      try {
        await agent.complete(contact.id);
        break;
      } catch (e) {
        if (i > 50) throw e;
        await sleep(200);
      }
    }
    await until('contactEnded', () => seen.some((e) => e.kind === 'contactEnded'));
    t.same(
      seen.map((e) => e.seq),
      seen.map((_, i) => i + 1),
      'one stream across the leader change: no gap, no repeat',
    );
    t.same(
      seen.map((e) => e.kind),
      ['contactCreated', 'contactOffered', 'contactAccepted', 'contactEnded'],
      'every event once, in order',
    );
  });
}
