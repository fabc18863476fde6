/**
 * Redis is not a single point of failure: a master, two replicas and three
 * Sentinels (real `redis-server` processes on free ports), three Switchboard
 * processes on `--store redis-sentinel://…` with `--store-replicas 1`, a
 * steady workload through the SDK; kill -9 the master. Sentinel promotes a
 * replica, the processes follow it, and the audit of the event log the new
 * master holds shows no acknowledged contact lost, none duplicated, none
 * offered twice at once. Requests during the gap are refused as
 * UNAVAILABLE, never acknowledged without a replica. The time from the kill
 * to the first new offer is printed.
 */
import t from 'tap';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { audit, loadDomainLog } from '../harness/event-audit.js';
import { Cluster, CLUSTER_SECRET } from '../fixtures/cluster.js';
import { clusterConfig, QUEUE, Workload } from '../fixtures/cluster-workload.js';
import { redisServerAvailable } from '../fixtures/redis-server.js';
import { SentinelGroup } from '../fixtures/redis-sentinel.js';

const AGENTS = 6;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Probe {
  readonly at: number;
  readonly status: number | 'no answer';
  readonly code?: string;
  readonly contactId?: string;
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('sentinel - kill -9 the Redis master mid-load: a replica is promoted, nothing acknowledged is lost', async (t) => {
    // Sentinel's down-after-milliseconds is 1 s here (30 s by default).
    const group = await SentinelGroup.start({ replicas: 2, downAfterMs: 1000 });
    t.teardown(() => group.cleanup());
    const url = group.url();
    const cluster = await Cluster.start({
      size: 3,
      redisUrl: url,
      config: clusterConfig(AGENTS),
      args: ['--store-replicas', '1', '--store-wait-ms', '500'],
    });
    t.teardown(() => cluster.stop());
    await cluster.ready(60_000);
    const w = await Workload.start(cluster.urls, AGENTS);
    t.teardown(() => w.close());

    w.startCreating(60);
    await until(() => w.created.size >= 15, 'contacts created before the kill', 60_000);
    const leader = await cluster.leader();
    const createdBefore = new Set(w.created.values());
    const offeredBefore = new Set([...w.agents.received].map((o) => o.split(':')[0]));

    const oldMaster = await group.killMaster();
    const killedAt = Date.now();
    // A contact created over HTTP every 100 ms from the kill until one is acknowledged.
    const probes: Probe[] = [];
    const probing = (async () => {
      const token = await new TokenAuthority(CLUSTER_SECRET).sign({ role: 'integration', id: 'probe' });
      for (let i = 1; Date.now() - killedAt < 90_000; i++) {
        probes.push(await probe(leader.http, token, `probe-${i}`));
        if (probes.at(-1)!.contactId !== undefined) return;
        await sleep(100);
      }
    })();
    const promoted = await group.promoted(oldMaster, 1, 60_000);
    const promotedSeenAt = Date.now();
    await probing;
    t.not(promoted.port, oldMaster.port, `Sentinel promoted the replica on ${promoted.port} (seen ${promotedSeenAt - killedAt} ms after the kill)`);
    const acked = probes.find((p) => p.contactId !== undefined);
    t.ok(acked, 'a contact is acknowledged again after the failover');
    const refused = probes.filter((p) => p.contactId === undefined);
    t.ok(refused.length > 0, `requests during the gap were refused (${refused.length})`);
    t.same(
      refused.filter((p) => p.status !== 503 || p.code !== 'UNAVAILABLE'),
      [],
      'every refusal during the gap is UNAVAILABLE (503): nothing was acknowledged without the store',
    );

    await until(() => w.agents.offeredAt.some((at, i) => at > killedAt && isNew([...w.agents.received][i]!)), 'a new offer after the failover', 60_000);
    const received = [...w.agents.received];
    const firstNew = w.agents.offeredAt.findIndex((at, i) => at > killedAt && isNew(received[i]!));
    const offerAfter = w.agents.offeredAt[firstNew]! - killedAt;
    t.comment(`kill -9 of the master -> first acknowledged contact ${acked!.at - killedAt} ms, first new offer ${offerAfter} ms`);

    await sleep(2000);
    await w.stopCreating();
    await cluster.ready(60_000);

    // Everything created is served to the end: wait until the log (on the new master) says every contact ended.
    const deadline = Date.now() + 60_000;
    let log = await loadDomainLog(url, 'default');
    let result = audit(log, 1);
    while (result.open.length > 0 && Date.now() < deadline) {
      await sleep(500);
      log = await loadDomainLog(url, 'default');
      result = audit(log, 1);
    }
    t.same(w.errors, [], 'every creation through the SDK was acknowledged in the end');
    t.same(result.violations, [], 'no contact created twice, offered twice at once or ended twice; no agent over capacity; order kept');
    t.same(result.open, [], 'every contact created ended (served)');
    const acknowledged = [...w.created.values(), ...probes.flatMap((p) => (p.contactId === undefined ? [] : [p.contactId]))];
    // After a re-write from the leader's memory the log starts at a snapshot: contacts served before it are in its customer history.
    const stored = new Set([...result.contacts, ...(log.snapshot?.history ?? []).flatMap(([, entries]) => entries.map((e) => String(e.contactId)))]);
    t.same(
      acknowledged.filter((id) => !stored.has(id)),
      [],
      `every one of ${acknowledged.length} acknowledged contacts is in the new master's log`,
    );
    if (log.snapshot === null) {
      const unknown = [...w.agents.received].filter((o) => !result.offered.has(o));
      t.same(unknown, [], 'every offer an agent received is in the stored log');
    }
    t.comment(`the log ${log.snapshot === null ? 'is whole' : 'starts at a snapshot (the leader re-wrote its memory after the failover)'}`);
    t.comment(`audit: ${result.events} events, ${result.created} contacts, ${result.offers} offers; ${w.created.size} created through the SDK`);

    function isNew(offer: string): boolean {
      const id = offer.split(':')[0]!;
      return !createdBefore.has(id) && !offeredBefore.has(id);
    }
  });
}

async function probe(base: string, token: string, externalId: string): Promise<Probe> {
  const at = Date.now();
  try {
    const res = await fetch(`${base}/v1/contacts`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ externalId, queueId: QUEUE, channel: 'voice', language: 'en', customer: { id: externalId } }),
      signal: AbortSignal.timeout(15_000),
    });
    const body = (await res.json()) as { contact?: { id: string }; error?: { code: string } };
    if (res.status === 201 && body.contact !== undefined) return { at, status: 201, contactId: body.contact.id };
    return { at, status: res.status, ...(body.error === undefined ? {} : { code: body.error.code }) };
  } catch {
    return { at, status: 'no answer' };
  }
}

async function until(cond: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await sleep(50);
  }
}
