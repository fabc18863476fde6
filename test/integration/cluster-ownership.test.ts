/**
 * An integration still owns its follow-ups after a leader change (issue 19):
 * 2 processes on one Redis; a follow-up is scheduled on a contact the
 * integration created, the leader dies (kill -9), and through the process
 * that takes over the integration lists and cancels it. Only the creation
 * keys were stored before, and a follow-up has none: the new leader knew no
 * owner and refused the integration.
 */
import t from 'tap';
import { SwitchboardClient } from '../../src/client/client.js';
import { clusterOnRedis } from '../fixtures/cluster.js';
import { clusterConfig, QUEUE } from '../fixtures/cluster-workload.js';
import { until } from '../fixtures/until.js';
import { redisServerAvailable } from '../harness/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** `fn` again while the new leader is not serving yet (UNAVAILABLE, a dropped request). */
async function retried<T>(fn: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await fn();
    } catch (e) {
      if (i > 100 || (e as { code?: string }).code === 'PERMISSION_DENIED') throw e;
      await sleep(200);
    }
  }
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('cluster - an integration owns its follow-ups across a leader change', async (t) => {
    const { cluster, leader, followers, auth, clients } = await clusterOnRedis(t, 2, clusterConfig(1, { wrapUpSeconds: 0 }));
    const follower = followers[0]!;
    const connect = async (role: 'agent' | 'integration', id: string) => {
      const c = await SwitchboardClient.connect({
        url: follower.url,
        fallbackUrls: [leader.url],
        role,
        token: await auth.sign({ role, id }),
        reconnect: { initialDelayMs: 100, maxDelayMs: 1000 },
        heartbeatIntervalMs: 2000,
      });
      clients.push(c);
      return c;
    };
    const ivr = await connect('integration', 'ivr');
    const scheduled: string[] = [];
    ivr.on('contactFollowUpScheduled', (p) => scheduled.push(p.contact.id));
    const agent = await connect('agent', 'a1');
    const offers: string[] = [];
    agent.on('offer', (o) => offers.push(o.contact.id));
    await agent.login({ presence: 'available' });

    const { contact } = await ivr.createContact({ externalId: 'x-1', queueId: QUEUE, channel: 'voice', language: 'en', customer: { id: 'cust-1' } });
    await until('the offer', () => offers.includes(contact.id));
    await agent.accept(contact.id);
    const { contact: followUp } = await agent.scheduleFollowUp(contact.id, Date.now() + 24 * 3600_000, 'next week');
    await until('the integration hears of the follow-up', () => scheduled.includes(followUp.id));

    // The leader dies; the follower takes over from Redis.
    leader.kill('SIGKILL');
    await leader.exited();
    const next = await cluster.leader(20_000);
    t.equal(next.port, follower.port, 'the follower leads');

    const listed = await retried(() => ivr.listFollowUps({ customerId: 'cust-1' }));
    t.same(
      listed.map((c) => c.id),
      [followUp.id],
      'the new leader lists the follow-up to its integration',
    );
    await retried(() => ivr.cancelFollowUp(followUp.id, 'customer called in'));
    t.same(await ivr.listFollowUps({ customerId: 'cust-1' }), [], 'cancelled by its integration');
  });
}
