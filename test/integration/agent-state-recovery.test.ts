/**
 * "Time in state" across a server restart on the Redis store: the new
 * server recovers the agents from the store, and each one's clock is the
 * one the old server showed (busy on a chat since its offer; available
 * since the end of the last contact, once the agent, disconnected by the
 * restart, signs in again), not the time since the agent's presence last
 * changed (the clock a recovered server used to start).
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { startServer, testConfig, type TestServer } from '../fixtures/server.js';
import { Recorder } from '../fixtures/recorder.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';

t.setTimeout(300_000);

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const redis = await RedisServer.start();
  t.teardown(() => redis.cleanup());
  const serve = (domain: string, compactEveryAppends: number): Promise<TestServer> =>
    startServer('uws', 'json', testConfig({}, { reconnectGraceSeconds: 600 }), {
      store: new RedisRoutingStore({ url: redis.url(), domain }),
      leaseTtlMs: 5000,
      compactEveryAppends,
    });

  for (const compactEveryAppends of [0, 3]) {
    t.test(`time in state survives a restart on the Redis store${compactEveryAppends > 0 ? ' (after compactions)' : ''}`, async (t) => {
      const domain = `state-since-${randomUUID()}`;
      const s1 = await serve(domain, compactEveryAppends);
      const alice = await s1.client('agent', 'alice');
      const bob = await s1.client('agent', 'bob');
      const ivr = await s1.client('integration', 'ivr');
      await alice.login({ presence: 'available' });
      await bob.login({ presence: 'available' });
      const offers = { alice: new Recorder(alice), bob: new Recorder(bob) };
      // billing is bob's only: a chat, done (no wrap-up there): available again since then.
      const b = await ivr.createContact({ externalId: 'r-b', queueId: 'billing', channel: 'chat', language: 'en', customer: { id: 'rb' } });
      await offers.bob.next('offer', (o) => o.contact.id === b.contact.id);
      await bob.accept(b.contact.id);
      await ivr.end(b.contact.id);
      // sales: alice and bob serve it; bob is still as idle as alice, so whoever gets it is busy on it.
      const a = await ivr.createContact({ externalId: 'r-a', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'ra' } });
      const taker = await Promise.race([
        offers.alice.next('offer', (o) => o.contact.id === a.contact.id).then(() => 'alice' as const),
        offers.bob.next('offer', (o) => o.contact.id === a.contact.id).then(() => 'bob' as const),
      ]);
      await (taker === 'alice' ? alice : bob).accept(a.contact.id);
      const sup1 = await s1.client('supervisor', 'sam');
      const before = new Map(((await sup1.subscribe()).agents ?? []).map((x) => [x.id, { status: x.status, since: x.stateSince }]));
      t.equal(before.get(taker)?.status, 'busy');
      const other = taker === 'alice' ? 'bob' : 'alice';
      t.equal(before.get(other)?.status, 'available');
      await s1.close();

      const s2 = await serve(domain, compactEveryAppends);
      t.teardown(() => s2.close());
      const sup2 = await s2.client('supervisor', 'sam');
      const after = new Map(((await sup2.subscribe()).agents ?? []).map((x) => [x.id, { status: x.status, since: x.stateSince }]));
      t.same(after.get(taker), before.get(taker), `${taker}: busy since the same moment after the restart`);
      t.equal(after.get(other)?.status, 'away', `${other}: away while disconnected (the old server's sockets are gone)`);
      // The page signs in again on the new server: available, since the same moment as before.
      const back = await s2.client('agent', other);
      const login = await back.login({ presence: 'available' });
      t.equal(login.agent.status, 'available');
      t.equal(login.agent.stateSince, before.get(other)?.since, `${other}: available since the same moment`);
    });
  }
}
