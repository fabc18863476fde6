/**
 * A server on the Redis store, in one process: a restart keeps every
 * waiting contact in its place (also after compaction), idempotent creation
 * survives the restart, and while Redis is down requests get UNAVAILABLE,
 * /readyz says 503 and nothing changes, then the server resumes by itself.
 */
import t from 'tap';
import { randomUUID } from 'node:crypto';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { startServer, testConfig, type TestServer } from '../fixtures/server.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import type { ServerOptions } from '../../src/server.js';
import { parseConfig } from '../../src/config/schema.js';
import { until as waitUntil } from '../fixtures/until.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Servers and Redis restarts in one process: minutes on a busy machine.
t.setTimeout(900_000);

/** Waits on a condition, 120 s by default (multi-process steps on a busy machine). */
const until = (what: string, ok: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> => waitUntil(what, ok, ms);

/** The status of `GET /readyz`, or 0 when it does not answer in time. */
const readyz = (http: string): Promise<number> =>
  fetch(`${http}/readyz`, { signal: AbortSignal.timeout(10_000) }).then(
    (r) => r.status,
    () => 0,
  );

const call = (n: number, tier = 'standard') => ({
  externalId: `call-${n}`,
  queueId: 'sales',
  channel: 'voice',
  language: 'en',
  customer: { id: `cust-${n}`, tier },
});

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  const redis = await RedisServer.start({ appendonly: true });
  t.teardown(() => redis.cleanup());

  const serve = async (domain: string, extra: Partial<ServerOptions> = {}, replica = false): Promise<TestServer> =>
    startServer('uws', 'json', testConfig(), {
      store: new RedisRoutingStore({ url: redis.url(), domain, ...(replica ? { snapshotReplica: { config: parseConfig(testConfig()).core } } : {}) }),
      // A clean stop hands the lease over at once; a long lease only keeps a busy machine from losing it.
      leaseTtlMs: 5000,
      ...extra,
    });

  for (const [compactEveryAppends, replica] of [
    [0, false],
    [4, false],
    [4, true],
  ] as const) {
    t.test(
      `a restarted server recovers the queue in order${compactEveryAppends > 0 ? ` (after compactions${replica ? ' from the snapshot replica' : ''})` : ''}`,
      async (t) => {
        const domain = `restart-${randomUUID()}`;
        const s1 = await serve(domain, { compactEveryAppends }, replica);
        const ivr = await s1.client('integration', 'ivr');
        const ids: string[] = [];
        for (let i = 1; i <= 10; i++) ids.push((await ivr.createContact(call(i, i === 7 ? 'prime' : 'standard'))).contact.id);
        const order = [...s1.server.router.contacts()].filter((c) => c.state === 'waiting').map((c) => [c.id, s1.server.router.position(c.id)] as const);
        const probe = new RedisRoutingStore({ url: redis.url(), domain });
        t.teardown(() => probe.close());
        await probe.whenReady();
        // Compactions run beside the commands: wait for one to be installed (a worker thread starts first with the replica).
        if (compactEveryAppends > 0) await until('a compaction is installed', async () => (await probe.load())?.snapshot != null).catch(() => undefined);
        await s1.close(); // a clean stop hands the lease over at once
        const stored = await probe.load();
        if (compactEveryAppends > 0) t.not(stored?.snapshot ?? null, null, 'the store was compacted');
        else t.equal(stored?.snapshot ?? null, null, 'no compaction when disabled');

        const s2 = await serve(domain);
        t.teardown(() => s2.close());
        const r = s2.server.router;
        t.equal(r.waitingCount, 10, 'every waiting contact is back');
        for (const [id, position] of order) t.equal(r.position(id as never), position, `${id} keeps its place`);
        t.equal(r.position(ids[6] as never), 1, 'the Prime contact is still first (its key kept its bonus)');
        const ivr2 = await s2.client('integration', 'ivr');
        const again = await ivr2.createContact(call(3));
        t.equal(again.created, false, 'a retry after the restart finds the contact');
        t.equal(again.contact.id, ids[2]);
        const agent = await s2.client('agent', 'alice');
        await agent.login({ presence: 'available' });
        t.equal(r.contact(ids[6] as never)?.agentId, 'alice', 'the first in line is offered first');
      },
    );
  }

  t.test('an integration resumes its event stream across a restart (after compactions too)', async (t) => {
    const domain = `resume-${randomUUID()}`;
    const s1 = await serve(domain, { compactEveryAppends: 3 });
    const agent = await s1.client('agent', 'alice');
    await agent.login({ presence: 'available' });
    const ivr = await s1.client('integration', 'ivr');
    const seqs: number[] = [];
    ivr.on('*', (_e, m) => void (m.seq > 0 && seqs.push(m.seq)));
    const { contact } = await ivr.createContact(call(1));
    await until('the contact is offered', () => s1.server.router.contact(contact.id as never)?.state === 'offered');
    await agent.accept(contact.id);
    await until('three events seen', () => (ivr.lastSeq ?? 0) >= 3);
    const seen = ivr.lastSeq ?? 0;
    t.equal(seen, 3, 'created, offered, accepted');
    await ivr.close();
    await agent.complete(contact.id); // missed: contactEnded
    await s1.close();

    const s2 = await serve(domain);
    t.teardown(() => s2.close());
    const back = await s2.client('integration', 'ivr', { resumeAfter: seen });
    const got: { kind: string; seq: number }[] = [];
    back.on('*', (e, m) => void (m.seq > 0 && got.push({ kind: e.kind, seq: m.seq })));
    t.same(back.streamOpened?.error, undefined, 'the new leader still has the stream');
    t.equal(back.streamOpened?.replayed, 1, 'one event missed');
    await until('the missed event', () => got.length > 0);
    t.same(got[0], { kind: 'contactEnded', seq: 4 }, 'the missed event, with its sequence');
    // Its wrap-up ends (alice does not come back within her grace): the numbering goes on.
    await until('the next event', () => got.length >= 2);
    t.same(got[1], { kind: 'contactClosed', seq: 5 }, 'and the numbering goes on');
  });

  t.test('a retry after the restart of a contact that had ended is refused, never a second contact', async (t) => {
    const domain = `ended-${randomUUID()}`;
    const s1 = await serve(domain);
    const ivr = await s1.client('integration', 'ivr');
    const c = await ivr.createContact(call(1));
    await ivr.abandon(c.contact.id);
    await s1.close();
    const s2 = await serve(domain);
    t.teardown(() => s2.close());
    const ivr2 = await s2.client('integration', 'ivr');
    await t.rejects(ivr2.createContact(call(1)), { code: 'ALREADY_EXISTS', message: new RegExp(`${c.contact.id}.*has ended`) });
    t.equal(s2.server.router.waitingCount, 0, 'no second contact');
  });

  t.test('Redis down: UNAVAILABLE, /readyz 503, nothing changes; back: serves again by itself', async (t) => {
    const own = await RedisServer.start({ appendonly: true });
    t.teardown(() => own.cleanup());
    const s = await startServer('uws', 'json', testConfig(), {
      store: new RedisRoutingStore({ url: own.url(), domain: 'down', writeTimeoutMs: 1000 }),
      leaseTtlMs: 3000,
    });
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    await ivr.createContact(call(1));
    const http = s.url.replace('ws://', 'http://');

    await own.stop('SIGKILL');
    await until('/readyz says 503', async () => (await readyz(http)) === 503);
    t.pass('/readyz is 503 while Redis is down');
    const err = await ivr.createContact(call(2)).then(
      () => null,
      (e: Error & { code?: string }) => e,
    );
    t.equal(err?.code, 'UNAVAILABLE', 'a command is refused with UNAVAILABLE');
    t.match(err?.message ?? '', /store.*unavailable.*nothing was changed/);
    t.equal(s.server.router.waitingCount, 1, 'nothing changed');
    t.ok(ivr.connected, 'the socket stays open');

    await own.restart();
    await until('/readyz says 200', async () => (await readyz(http)) === 200);
    t.equal((await fetch(`${http}/readyz`)).status, 200, 'ready again once Redis is back');
    const ok = await ivr.createContact(call(2));
    t.equal(ok.created, true, 'commands work again');
    t.equal(s.server.router.waitingCount, 2);
  });

  t.test('Redis down longer than the lease: connections stay open, the leader takes its lease back', async (t) => {
    const own = await RedisServer.start({ appendonly: true });
    t.teardown(() => own.cleanup());
    const s = await startServer('uws', 'json', testConfig(), {
      store: new RedisRoutingStore({ url: own.url(), domain: 'long', writeTimeoutMs: 1000 }),
      leaseTtlMs: 1000,
    });
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    const first = await ivr.createContact(call(1));
    await own.stop('SIGKILL');
    await sleep(2500); // 2.5 leases
    await own.restart();
    const http = s.url.replace('ws://', 'http://');
    await until('/readyz says 200', async () => (await readyz(http)) === 200);
    t.ok(ivr.connected, 'the socket stayed open through the outage');
    const second = await ivr.createContact(call(2));
    t.equal(second.created, true, 'commands work again');
    t.same([...s.server.router.contacts()].map((c) => c.id).sort(), [first.contact.id, second.contact.id].sort(), 'the same router goes on');
  });

  t.test('Redis restarts empty (no AOF): the leader re-writes its state from memory', async (t) => {
    const own = await RedisServer.start({ appendonly: false });
    t.teardown(() => own.cleanup());
    const domain = 'wiped';
    const s = await startServer('uws', 'json', testConfig(), {
      store: new RedisRoutingStore({ url: own.url(), domain, writeTimeoutMs: 1000 }),
      leaseTtlMs: 5000,
    });
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    for (let i = 1; i <= 3; i++) await ivr.createContact(call(i));
    await own.restart({ wipe: true });
    const http = s.url.replace('ws://', 'http://');
    await until('/readyz says 200', async () => (await readyz(http)) === 200);
    t.equal((await fetch(`${http}/readyz`)).status, 200, 'ready again');
    await ivr.createContact(call(4));
    const probe = new RedisRoutingStore({ url: own.url(), domain });
    await probe.whenReady();
    const stored = await probe.load();
    await probe.close();
    const waiting = (stored?.snapshot?.contacts.length ?? 0) + (stored?.events.filter((e) => e.type === 'contact.created').length ?? 0);
    t.equal(waiting, 4, 'Redis holds all four contacts again (three re-written from memory, one appended)');
  });
}
