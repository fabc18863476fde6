/**
 * `storeReplicas` / `storeWaitMs` from the configuration reach the store of
 * a running server: with no replica to acknowledge, a change is refused as
 * UNAVAILABLE (never acknowledged by the master alone); once a replica has
 * caught up the leader re-writes what it holds and changes are acknowledged
 * again, by themselves.
 */
import t from 'tap';
import { Redis } from 'ioredis';
import { parseConfig } from '../../src/config/schema.js';
import { createServer } from '../../src/server.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { SECRET, testConfig } from '../fixtures/server.js';

if (!redisServerAvailable()) {
  t.plan(0, 'redis-server not found (CI installs it)');
  process.exit(0);
}

async function until(cond: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

t.test('store replicas - from the config: no replica, UNAVAILABLE; a replica back, acknowledged again', async (t) => {
  const primary = await RedisServer.start({ appendonly: false, args: ['--repl-diskless-sync-delay', '0'] });
  t.teardown(() => primary.cleanup());
  const server = await createServer({
    config: parseConfig({ ...(testConfig() as object), store: primary.url(), storeReplicas: 1, storeWaitMs: 200 }),
    port: 0,
    tokenSecret: SECRET,
    leaseTtlMs: 2000,
    web: false,
  });
  t.teardown(() => server.close());
  await until(async () => server.node?.role === 'leader', 'the server leads');
  const base = `http://127.0.0.1:${server.port}`;
  const token = await server.tokens.sign({ role: 'integration', id: 'ivr' });
  const create = async (externalId: string) => {
    const res = await fetch(`${base}/v1/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId, queueId: 'sales', channel: 'email', language: 'en', customer: { id: externalId } }),
    });
    return { status: res.status, body: (await res.json()) as { contact?: { id: string }; error?: { code: string; message: string } } };
  };

  // The first change: its append is refused by WAIT, so it is held (never acknowledged) until the state is on a replica.
  let firstAnswered = false;
  const first = create('m-1').finally(() => (firstAnswered = true));
  // Later ones are refused at once while the leader cannot write its state back (/readyz says so first).
  await until(async () => (await fetch(`${base}/readyz`)).status === 503, '/readyz turns 503');
  const refused = await create('m-refused');
  const r = refused;
  t.equal(r.status, 503, 'refused while no replica acknowledges');
  t.equal(r.body.error?.code, 'UNAVAILABLE');
  t.match(r.body.error?.message, /replica|unavailable|back but misses/i, `says why: ${r.body.error?.message}`);
  t.notOk(firstAnswered, 'the first change was not acknowledged without a replica');

  const replica = await RedisServer.start({ appendonly: false, args: ['--replicaof', '127.0.0.1', String(primary.port)] });
  t.teardown(() => replica.cleanup());
  const admin = new Redis(primary.url());
  t.teardown(() => admin.quit());
  await until(async () => /slave0:.*state=online/.test(await admin.info('replication')), 'the replica is in sync');
  const held = await first;
  t.equal(held.status, 201, 'the held change is acknowledged once a replica has it (the leader re-wrote its state by itself)');
  let ok: Awaited<ReturnType<typeof create>> | null = null;
  await until(async () => {
    const x = await create('m-2');
    if (x.status === 201) ok = x;
    else t.equal(x.body.error?.code, 'UNAVAILABLE', `still refused as UNAVAILABLE (${x.status})`);
    return ok !== null;
  }, 'a change acknowledged again');
  const created = (ok as Awaited<ReturnType<typeof create>> | null)?.body.contact?.id;
  t.ok(created, 'new changes are acknowledged again');

  // What was acknowledged is on the replica.
  const onReplica = new RedisRoutingStore({ url: replica.url(), domain: 'default' });
  t.teardown(() => onReplica.close());
  await onReplica.whenReady(5000);
  const state = await onReplica.load();
  const ids = new Set([
    ...(state?.snapshot?.contacts ?? []).map((c) => c.id),
    ...(state?.events ?? []).flatMap((e) => (e.type === 'contact.created' ? [e.contact.id] : [])),
  ]);
  t.ok(ids.has(created as never), 'the acknowledged contacts are on the replica');
  t.ok(ids.has(held.body.contact?.id as never));
});
