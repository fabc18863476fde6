/**
 * A leader change moves only what must move, the leader's own sockets too
 * (issue 26): 3 processes on one Redis, every client (agents, the
 * integration, a supervisor) connected to the leader itself, a workload
 * running. The leader loses its lease while its process goes on: its path
 * to Redis is cut (a TCP proxy between it and Redis holds every
 * connection), another process takes the lease, and the path comes back.
 * The leader's sockets stay open (no client sees a close): its term lets
 * go of them, its relay carries each to the new leader (agents resume,
 * the integration's stream resumes, the supervisor subscribes again), and
 * the stored event log shows nothing lost, doubled or offered twice.
 */
import t from 'tap';
import { SOURCE_LAUNCH, ServerProcess } from '../fixtures/cluster.js';
import { clusterConfig } from '../fixtures/cluster-workload.js';
import { auditServedToTheEnd, carriedFloor, carriedSockets } from '../fixtures/carried-sockets.js';
import { startTcpProxy } from '../fixtures/tcp-proxy.js';
import { until } from '../fixtures/until.js';
import { freePort, RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Three server processes and Redis, started from source: minutes on a busy machine.
t.setTimeout(900_000);

const AGENTS = 4;

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('the leader loses its lease while alive: its own sockets stay open and go on through the relay', async (t) => {
    const redis = await RedisServer.start({ appendonly: true });
    t.teardown(() => redis.cleanup());
    // The first process reaches Redis through a proxy the test can cut; the others directly.
    const proxy = await startTcpProxy(redis.port);
    t.teardown(() => proxy.close());
    const dir = mkdtempSync(path.join(tmpdir(), 'sb-carry-own-'));
    const cfg = path.join(dir, 'config.json');
    writeFileSync(cfg, JSON.stringify(clusterConfig(AGENTS)));
    const args = (url: string) => ['--config', cfg, '--store', url, '--lease-ms', '2000', '--transport', 'uws'];
    const direct = redis.url();
    const viaProxy = direct.replace(`:${redis.port}`, `:${proxy.port}`);
    const procs = [new ServerProcess(await freePort(), args(viaProxy), SOURCE_LAUNCH)];
    for (let i = 0; i < 2; i++) procs.push(new ServerProcess(await freePort(), args(direct), SOURCE_LAUNCH));
    t.teardown(() => Promise.all(procs.map((p) => p.stop())));
    // One after the other: the first takes the lease.
    for (const p of procs) await p.start();
    const leader = procs[0]!;
    await until('the first process leads', () => leader.leads(5000), 120_000);
    await until('the others follow', async () => (await Promise.all(procs.map((p) => p.readyz(5000)))).every((r) => r?.status === 'ready'), 120_000);
    const urls = procs.map((p) => p.url);

    // Every client on the leader (the others are their fallbacks).
    const { agents, source, sup, sockets, closes } = await carriedFloor(t, urls, { agents: AGENTS, home: (_k) => 0, connections: 1 });
    const closedBefore = closes();

    // Cut the leader off Redis: it keeps running, its lease lapses, another process takes it.
    const changedAt = Date.now();
    proxy.hold(true);
    const next = await (async () => {
      for (;;) {
        for (const p of procs.slice(1)) if (await p.leads(5000)) return p;
        if (Date.now() - changedAt > 120_000) throw new Error('no other process took the lease');
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    t.comment(`another process leads ${Date.now() - changedAt} ms after the cut`);
    await until('the old leader no longer leads', async () => !(await leader.leads(5000)), 60_000);
    t.ok(leader.running, 'the old leader is still running');
    // Its path to Redis back (within the relay's 30 s wait for a leader): it relays its sockets to the new leader.
    proxy.hold(false);
    await until('every socket of the old leader carried over', () => agents.carried >= AGENTS && sup.carried >= 1, 120_000);
    const atChange = source.created.size;
    await until('8 contacts created after the change', () => source.created.size >= atChange + 8, 120_000);
    await until('an agent offered a contact created after the change', () => agents.offers.some((o) => o.at > changedAt), 120_000);
    await until('the supervisor hears contacts created after the change', () => sup.events.some((e) => e.kind === 'contactCreated' && e.at > changedAt));
    await source.stopCreating();

    const kept = await carriedSockets([leader], 'kept');
    t.ok(kept >= sockets, `the old leader counts every socket carried over (switchboard_relay_sockets_carried_total: ${kept})`);
    t.equal(await carriedSockets([leader], 'closed'), 0, 'and none closed');
    const closedAcross = closes() - closedBefore;
    t.equal(closedAcross, 0, 'no client on the leader saw its socket close across the change');
    t.comment(
      `leader-sockets: ${closedAcross} of ${sockets} sockets on the old leader closed across the change ` +
        `(before this change: all ${sockets}, closed 1012 and reconnected); carried: ${agents.carried} agents, ${sup.carried} supervisor; new leader on ${next.port}`,
    );

    // Everything created is served to the end: wait until the log says every contact ended.
    await auditServedToTheEnd(t, redis.url(), source, agents);
  });
}
