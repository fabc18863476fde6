/**
 * Redis is not a single point of failure: a master, two replicas and three
 * Sentinels (real `redis-server` processes on free ports), three Switchboard
 * processes on `--store redis-sentinel://…` with `--store-replicas 1`, a
 * steady workload through the SDK; kill -9 the master. Sentinel promotes a
 * replica, the processes follow it, and the audit of the event log the new
 * master holds shows no acknowledged contact lost, none duplicated, none
 * offered twice at once. Requests during the gap are refused as
 * UNAVAILABLE (or, relayed by a follower, not answered in time), never
 * acknowledged without a replica; one that reached the leader before it
 * noticed is held and acknowledged once the failover stored it. The times
 * from the kill to the first acknowledgement and the first new offer are
 * printed.
 *
 * Written to hold on a loaded machine: it waits on conditions (with
 * generous bounds, not timings), and a failure says what the processes and
 * the probes saw instead of crashing on a missing value. Every process it
 * starts is stopped by `t.teardown`, and by the harness if the file is
 * timed out (test/harness/processes.ts).
 */
import t from 'tap';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { audit, loadDomainLog, type Audit, type DomainLog } from '../harness/event-audit.js';
import { Cluster, CLUSTER_SECRET } from '../fixtures/cluster.js';
import { clusterConfig, QUEUE, Workload } from '../fixtures/cluster-workload.js';
import { redisServerAvailable } from '../fixtures/redis-server.js';
import { SentinelGroup } from '../fixtures/redis-sentinel.js';

const AGENTS = 6;
/** How long after the kill a contact may take to be acknowledged again: generous, for a loaded machine (it takes seconds). */
const RECOVERY_BOUND_MS = 120_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Probe {
  /** When it was sent, and when its answer came (ms since the epoch). */
  readonly at: number;
  readonly answeredAt: number;
  readonly status: number | 'no answer';
  readonly code?: string;
  readonly message?: string;
  readonly contactId?: string;
}

// Several minutes on a busy machine (three servers started from source); tap's default would cut it short.
t.setTimeout(900_000);

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
    await cluster.ready(120_000);
    const w = await Workload.start(cluster.urls, AGENTS);
    // Also stops the creations (a failed test never reaches `stopCreating`).
    t.teardown(() => w.close());
    /** What the processes, the Sentinels and the clients last said: for a failure's message. */
    const diagnosis = (): string =>
      [
        ...cluster.procs.map((p) => `--- switchboard on ${p.port} (${p.running ? 'running' : 'exited'}):\n${p.output}`),
        ...group.sentinels.map((s) => `--- sentinel on ${s.port}:\n${s.log.slice(-1500)}`),
        `--- clients: ${w.log.slice(-20).join('\n')}`,
      ].join('\n');

    w.startCreating(60);
    if (!(await until(() => w.created.size >= 15, 120_000))) {
      t.fail(`15 contacts created before the kill: only ${w.created.size} within 120 s (${w.errors.slice(-5).join('; ')})\n${diagnosis()}`);
      return;
    }
    const leader = await cluster.leader();
    const createdBefore = new Set(w.created.values());
    const offeredBefore = new Set([...w.agents.received].map((o) => o.split(':')[0]));

    const oldMaster = await group.killMaster();
    const killedAt = Date.now();
    // A contact created over HTTP on the process that led, every 100 ms from the kill until one is acknowledged.
    const probes: Probe[] = [];
    const probing = (async () => {
      const token = await new TokenAuthority(CLUSTER_SECRET).sign({ role: 'integration', id: 'probe' });
      for (let i = 1; Date.now() - killedAt < RECOVERY_BOUND_MS; i++) {
        const p = await probe(leader.http, token, `probe-${i}`);
        probes.push(p);
        if (p.contactId !== undefined) return;
        await sleep(100);
      }
    })();
    const promoted = await group.promoted(oldMaster, 1, 120_000);
    const promotedSeenAt = Date.now();
    await probing;
    t.not(promoted.port, oldMaster.port, `Sentinel promoted the replica on ${promoted.port} (seen ${promotedSeenAt - killedAt} ms after the kill)`);
    const acked = probes.find((p) => p.contactId !== undefined);
    const refused = probes.filter((p) => p.contactId === undefined);
    if (acked === undefined) {
      t.fail(
        `no contact acknowledged by the process on ${leader.port} within ${RECOVERY_BOUND_MS / 1000} s of the kill; ${refused.length} refusals: ${summary(refused, killedAt)}\n${diagnosis()}`,
      );
      return;
    }
    t.pass(`a contact is acknowledged again after the failover, ${acked.answeredAt - killedAt} ms after the kill`);
    // Refused as UNAVAILABLE by the process itself, or not answered in time when it relayed to a leader busy with the failover.
    t.same(
      refused.filter((p) => !((p.status === 503 && p.code === 'UNAVAILABLE') || (p.status === 504 && p.code === 'DEADLINE_EXCEEDED'))),
      [],
      `every refusal during the gap says nothing was acknowledged (${refused.length}: ${summary(refused, killedAt) || 'none'})`,
    );

    // A contact neither created nor offered before the kill, offered after it.
    const firstNewOffer = (): number | undefined =>
      w.agents.offers.find(({ offer, at }) => {
        const id = offer.split(':')[0] ?? '';
        return at > killedAt && !createdBefore.has(id) && !offeredBefore.has(id);
      })?.at;
    if (!(await until(() => firstNewOffer() !== undefined, RECOVERY_BOUND_MS))) {
      t.fail(`no new offer within ${RECOVERY_BOUND_MS / 1000} s of the kill\n${diagnosis()}`);
      return;
    }
    t.comment(`kill -9 of the master -> first acknowledged contact ${acked.answeredAt - killedAt} ms, first new offer ${firstNewOffer()! - killedAt} ms`);

    // The workload goes on for a while after the failover, then every contact it created is served to the end.
    const createdAtOffer = w.created.size;
    if (!(await until(() => w.created.size >= createdAtOffer + 10, RECOVERY_BOUND_MS))) {
      t.fail(`10 more contacts created after the failover: only ${w.created.size - createdAtOffer} (${w.errors.slice(-5).join('; ')})\n${diagnosis()}`);
      return;
    }
    await w.stopCreating();
    const notReady = await cluster.ready(120_000).then(
      () => null,
      (e: unknown) => e as Error,
    );
    if (notReady !== null) {
      const states = await Promise.all(cluster.procs.map(async (p) => `${p.port}: ${JSON.stringify(await p.readyz(5000))}`));
      t.fail(`every process ready again after the failover: ${notReady.message} (${states.join('; ')})\n${diagnosis()}`);
      return;
    }

    // Everything created is served to the end: wait until the log (on the new master) says every contact ended.
    let log: DomainLog | null = null;
    let result: Audit | null = null;
    const ended = await until(async () => {
      log = await loadDomainLog(url, 'default').catch(() => null);
      if (log !== null) result = audit(log, 1);
      return result !== null && result.open.length === 0;
    }, 120_000);
    const last = result as Audit | null;
    const stored = log as DomainLog | null;
    if (last === null || stored === null) {
      t.fail(`the new master's log could not be read within 120 s\n${diagnosis()}`);
      return;
    }
    t.same(w.errors, [], 'every creation through the SDK was acknowledged in the end');
    t.same(last.violations, [], 'no contact created twice, offered twice at once or ended twice; no agent over capacity; order kept');
    t.same(last.open, [], `every contact created ended (served)${ended ? '' : ' within 120 s'}`);
    const acknowledged = [...w.created.values(), ...probes.flatMap((p) => (p.contactId === undefined ? [] : [p.contactId]))];
    // After a re-write from the leader's memory the log starts at a snapshot: contacts served before it are in its customer history.
    const ids = new Set([...last.contacts, ...(stored.snapshot?.history ?? []).flatMap(([, entries]) => entries.map((e) => String(e.contactId)))]);
    t.same(
      acknowledged.filter((id) => !ids.has(id)),
      [],
      `every one of ${acknowledged.length} acknowledged contacts is in the new master's log`,
    );
    if (stored.snapshot === null) {
      const unknown = [...w.agents.received].filter((o) => !last.offered.has(o));
      t.same(unknown, [], 'every offer an agent received is in the stored log');
    }
    t.comment(`the log ${stored.snapshot === null ? 'is whole' : 'starts at a snapshot (the leader re-wrote its memory after the failover)'}`);
    t.comment(`audit: ${last.events} events, ${last.created} contacts, ${last.offers} offers; ${w.created.size} created through the SDK`);
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
    const body = (await res.json()) as { contact?: { id: string }; error?: { code: string; message?: string } };
    const answeredAt = Date.now();
    if (res.status === 201 && body.contact !== undefined) return { at, answeredAt, status: 201, contactId: body.contact.id };
    const e = body.error;
    return { at, answeredAt, status: res.status, ...(e === undefined ? {} : { code: e.code, ...(e.message === undefined ? {} : { message: e.message }) }) };
  } catch (e) {
    return { at, answeredAt: Date.now(), status: 'no answer', message: (e as Error).message };
  }
}

/** The refusals grouped by answer, with when each kind was first and last seen (ms after the kill). */
function summary(refused: readonly Probe[], killedAt: number): string {
  const kinds = new Map<string, { n: number; first: number; last: number }>();
  for (const p of refused) {
    const k = `${p.status} ${p.code ?? ''} ${p.message ?? ''}`.trim();
    const s = kinds.get(k) ?? { n: 0, first: p.at - killedAt, last: 0 };
    s.n++;
    s.last = p.at - killedAt;
    kinds.set(k, s);
  }
  return [...kinds].map(([k, s]) => `${s.n} x "${k}" (${s.first}..${s.last} ms)`).join('; ');
}

/** Waits until `cond` holds (true) or `timeoutMs` passed (false). */
async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await cond()) return true;
    if (Date.now() > deadline) return false;
    await sleep(100);
  }
}
