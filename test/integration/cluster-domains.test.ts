/**
 * Routing domains on a Redis Cluster: three masters (real `redis-server`
 * processes in cluster mode, started here on free ports), three Switchboard
 * processes on `--store redis-cluster://…` with two named domains, east and
 * west, each with its own agents, queue and integration. The domains spread
 * over the processes (each leads at most its fair share), so east and west
 * have different leaders. Under load, kill -9 east's leader: east fails over
 * to the process that led nothing, west keeps its leader and keeps offering
 * (its longest gap between offers is measured and compared with east's),
 * and the audit of each domain's stored log shows nothing lost, duplicated
 * or offered twice at once.
 */
import t from 'tap';
import { audit, loadDomainLog } from '../harness/event-audit.js';
import { AgentPool, ContactSource, domainsConfig, longestGap } from '../harness/cluster-workload.js';
import { RedisCluster } from '../harness/redis-cluster.js';
import type { ServerProcess } from '../harness/cluster.js';
import { Cluster, CLUSTER_SECRET } from '../fixtures/cluster.js';
import { redisServerAvailable } from '../fixtures/redis-server.js';

const AGENTS = 4;
const DOMAINS = ['east', 'west'] as const;
type Domain = (typeof DOMAINS)[number];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const config = (): unknown => domainsConfig(DOMAINS, AGENTS, { wrapUpSeconds: 1 });

interface Readyz {
  readonly status: string;
  readonly domains?: Record<string, string>;
}

async function roles(p: ServerProcess): Promise<Record<string, string>> {
  try {
    const res = await fetch(`${p.http}/readyz`, { signal: AbortSignal.timeout(5000) });
    return ((await res.json()) as Readyz).domains ?? {};
  } catch {
    return {};
  }
}

/** Each domain's leading process, once every domain has one and they are `distinct` processes. */
async function leaders(procs: readonly ServerProcess[], timeoutMs: number): Promise<Record<Domain, ServerProcess>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const running = procs.filter((p) => p.running);
    const all = await Promise.all(running.map((p) => roles(p)));
    const found: Partial<Record<Domain, ServerProcess>> = {};
    for (const d of DOMAINS) {
      const i = all.findIndex((r) => r[d] === 'leader');
      if (i >= 0) found[d] = running[i]!;
    }
    const ready = all.every((r) => DOMAINS.every((d) => r[d] === 'leader' || r[d] === 'follower'));
    if (ready && found.east !== undefined && found.west !== undefined && found.east !== found.west) return found as Record<Domain, ServerProcess>;
    if (Date.now() > deadline) throw new Error(`no distinct leaders after ${timeoutMs} ms: ${JSON.stringify(all)}`);
    await sleep(200);
  }
}

async function until(cond: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('domains - kill -9 the leader of one domain on a Redis Cluster: only that domain fails over', { timeout: 600_000 }, async (t) => {
    const redis = await RedisCluster.start({ masters: 3 });
    t.teardown(() => redis.cleanup());
    const url = redis.url();
    t.comment(`east's keys on the master at ${await redis.masterOf('sb:{east}:meta')}, west's at ${await redis.masterOf('sb:{west}:meta')}`);
    const cluster = await Cluster.start({ size: 3, redisUrl: url, config: config() });
    t.teardown(() => cluster.stop());
    const before = await leaders(cluster.procs, 120_000);
    const victim = before.east;
    const others = cluster.procs.filter((p) => p !== victim).map((p) => p.url);
    t.not(before.east.port, before.west.port, `east led by ${before.east.port}, west by ${before.west.port}`);

    // Each client set is closed by a teardown as soon as it exists: one left open (a later one failed to
    // start) keeps this process alive until tap's timeout.
    const closing = <T extends { close(): Promise<void> }>(x: T): T => {
      t.teardown(() => x.close());
      return x;
    };
    // West's clients stay off the process that is killed: whatever pause west shows is its own routing's.
    const pools = {
      east: closing(await AgentPool.start({ urls: cluster.urls, secret: CLUSTER_SECRET, agents: agentsOf('east', cluster.urls.length) })),
      west: closing(await AgentPool.start({ urls: others, secret: CLUSTER_SECRET, agents: agentsOf('west', others.length) })),
    };
    const sources = {
      east: closing(
        await ContactSource.start({ urls: cluster.urls, secret: CLUSTER_SECRET, queueId: 'q-east', domain: 'east', prefix: 'east', connections: 2 }),
      ),
      west: closing(await ContactSource.start({ urls: others, secret: CLUSTER_SECRET, queueId: 'q-west', domain: 'west', prefix: 'west', connections: 2 })),
    };
    for (const d of DOMAINS) sources[d].startCreating(40);
    await until(() => sources.east.created.size >= 20 && sources.west.created.size >= 20, 'contacts created in both domains before the kill', 120_000);
    const offeredBefore = { east: pools.east.offeredAt.length, west: pools.west.offeredAt.length };

    const startedAt = Date.now();
    await sleep(3000);
    victim.kill('SIGKILL');
    await victim.exited();
    const killedAt = Date.now();
    await until(() => pools.east.offeredAt.some((x) => x > killedAt), 'a new offer in east after the kill', 120_000);
    const eastBack = pools.east.offeredAt.find((x) => x > killedAt)!;
    await sleep(3000);
    const endedAt = Date.now();
    for (const d of DOMAINS) await sources[d].stopCreating();

    const after = await leaders(
      cluster.procs.filter((p) => p !== victim),
      60_000,
    ).catch(() => null);
    t.ok(after, 'both domains have a leader again');
    t.equal(after?.west.port, before.west.port, 'west kept its leader');
    t.not(after?.east.port, victim.port, `east failed over to ${after?.east.port}`);

    const gaps = { east: longestGap(pools.east.offeredAt, startedAt, endedAt), west: longestGap(pools.west.offeredAt, startedAt, endedAt) };
    t.comment(`kill -9 of east's leader -> first new offer in east ${eastBack - killedAt} ms`);
    t.comment(`longest gap between offers from 3 s before the kill to 3 s after east's recovery: east ${gaps.east} ms, west ${gaps.west} ms`);
    t.ok(gaps.west < gaps.east, `west never paused as east did (its longest gap ${gaps.west} ms, east's ${gaps.east} ms)`);
    t.ok(pools.west.offeredAt.length > offeredBefore.west && pools.east.offeredAt.length > offeredBefore.east, 'both domains offered after the kill');
    t.same(pools.west.reconnects, [], "no west agent lost its socket (west's clients were off the killed process)");

    for (const d of DOMAINS) {
      const deadline = Date.now() + 120_000;
      let log = await loadDomainLog(url, d);
      let result = audit(log, 1);
      while (result.open.length > 0 && Date.now() < deadline) {
        await sleep(500);
        log = await loadDomainLog(url, d);
        result = audit(log, 1);
      }
      t.same(sources[d].errors, [], `${d}: every creation was acknowledged in the end`);
      t.same(result.violations, [], `${d}: no contact created twice, offered twice at once or ended twice; no agent over capacity; order kept`);
      t.same(result.open, [], `${d}: every contact created ended`);
      const stored = new Set([...result.contacts, ...(log.snapshot?.history ?? []).flatMap(([, entries]) => entries.map((e) => String(e.contactId)))]);
      const acked = [...sources[d].created.values()];
      t.same(
        acked.filter((id) => !stored.has(id)),
        [],
        `${d}: every one of ${acked.length} acknowledged contacts is in the domain's log`,
      );
      if (log.snapshot === null)
        t.same(
          [...pools[d].received].filter((o) => !result.offered.has(o)),
          [],
          `${d}: every offer an agent received is in the log`,
        );
      t.same([...result.contacts].filter((id) => !acked.includes(id)).length, 0, `${d}: the log holds only ${d}'s contacts`);
      t.comment(`${d}: ${result.events} events, ${result.created} contacts, ${result.offers} offers`);
    }
  });
}

function agentsOf(domain: Domain, urls: number): { id: string; home: number }[] {
  return Array.from({ length: AGENTS }, (_, i) => ({ id: `${domain}-${i + 1}`, home: i % urls }));
}
