/**
 * `ClusterNode` (src/cluster/cluster-node.ts) itself, on a real Redis: the
 * transport handler of a server process that leads, follows or waits. Its
 * HTTP answers are asked of it directly (no sockets); several nodes in this
 * process stand for several server processes, each with its own store.
 */
import { Redis } from 'ioredis';
import t from 'tap';
import { Nodes, SECRET, until } from '../fixtures/cluster-nodes.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';

t.setTimeout(600_000);

const contact = (externalId: string) => ({ externalId, queueId: 'q', channel: 'voice', language: 'en', customer: { id: `cust-${externalId}` } });

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const integration = await new TokenAuthority(SECRET).sign({ role: 'integration', id: 'crm' });

  t.test('the first node leads; the second follows it and relays HTTP to it; the lead moves on stop', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const nodes = new Nodes(t, redis);
    const a = nodes.node();
    const b = nodes.node();
    t.equal(a.role, 'starting', 'not started: neither leads nor follows');
    t.equal(a.router, null);

    await a.start();
    t.equal(a.role, 'leader', 'alone on the store: it leads after start()');
    t.ok(a.router !== null && a.term !== null, 'with a router and a leader term');
    t.same((await nodes.http(a, 'GET', '/readyz')).body, { status: 'ready' }, 'its gateway answers readyz');

    await b.start();
    t.not(b.role, 'leader', 'the lease is held: the second does not lead');
    await until('b knows the leader', () => b.role === 'follower');
    t.equal(b.router, null, 'a follower has no router');
    const ready = await nodes.http(b, 'GET', '/readyz');
    t.equal(ready.status, 200);
    t.equal(ready.body.role, 'follower');
    t.equal(ready.body.leader, a.id, 'and names the leader');

    // A contact created through the follower is created by the leader.
    const created = await nodes.http(b, 'POST', '/v1/contacts', contact('x1'), integration);
    t.equal(created.status, 201, `created through the follower: ${JSON.stringify(created.body)}`);
    const id: string = created.body.contact.id;
    t.ok(a.router!.contact(id) !== undefined, 'the leader holds it');
    t.equal(a.router!.waitingCount, 1);

    // The leader stops (hands the lease over): the follower recovers it from the store.
    await a.stop();
    t.equal(a.role, 'stopped');
    const gone = await nodes.http(a, 'GET', '/readyz');
    t.equal(gone.status, 503, 'a stopped node refuses');
    await until('b leads', () => b.role === 'leader');
    t.ok(b.router!.contact(id) !== undefined, 'the new leader recovered the waiting contact');
    const again = await nodes.http(b, 'POST', '/v1/contacts', contact('x1'), integration);
    t.equal(again.status, 200, 'a retry under the same external id is not a second contact');
    t.equal(again.body.contact.id, id);
    t.equal(b.router!.waitingCount, 1);
  });

  t.test('a node that does not lead and relays nothing refuses with 503 and says why', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const nodes = new Nodes(t, redis);
    const a = nodes.node();
    await a.start();
    const lonely = nodes.node({ relay: false });
    await lonely.start();
    t.equal(lonely.role, 'starting', 'without a relay it never follows');
    t.same(await nodes.http(lonely, 'GET', '/healthz'), { status: 200, body: { status: 'ok', role: 'starting' } }, 'alive');
    t.same(await nodes.http(lonely, 'GET', '/readyz'), { status: 503, body: { status: 'no_leader', role: 'starting' } }, 'not ready');
    const refused = await nodes.http(lonely, 'POST', '/v1/contacts', contact('y1'), integration);
    t.equal(refused.status, 503);
    t.equal(refused.body.error.code, 'UNAVAILABLE');
    t.match(refused.body.error.message, /no routing leader/);
    const upgrade = await lonely.upgrade({ path: '/v1/agent', query: new URLSearchParams(), headers: {}, protocols: [], remoteAddress: '127.0.0.1' });
    t.equal(upgrade.accept, false, 'sockets are refused');
    t.equal(upgrade.accept === false ? upgrade.status : 0, 503);
    t.equal(a.router!.waitingCount, 0, 'nothing reached the leader');

    // Once the leader is gone, it takes the lease and serves.
    await a.stop();
    await until('the lonely node leads', () => lonely.role === 'leader');
    t.equal((await nodes.http(lonely, 'POST', '/v1/contacts', contact('y1'), integration)).status, 201);
  });

  t.test('stop releases the lease at once (no wait for its expiry) and is idempotent', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    // A long lease: a node that did not release it would keep the others out for a minute.
    const nodes = new Nodes(t, redis, { leaseTtlMs: 60_000 });
    const admin = new Redis(redis.url());
    t.teardown(() => void admin.disconnect());
    const a = nodes.node();
    await a.start();
    t.match(await admin.get('sb:{default}:lease'), new RegExp(`^${a.id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#`), 'the lease names the leader');
    await a.stop();
    await a.stop();
    t.equal(await admin.get('sb:{default}:lease'), null, 'released');
    const b = nodes.node();
    await b.start();
    t.equal(b.role, 'leader', 'the next node leads on its first try');
  });
}
