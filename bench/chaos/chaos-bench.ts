/**
 * `npm run bench:chaos`: several processes on one Redis under load while a
 * random one is killed (SIGKILL) and restarted every 20 s, then an audit of
 * the stored event log (issue 8, DESIGN.md §7).
 *
 * - a private redis-server (AOF on, appendfsync everysec) on a free port;
 * - 3 `switchboard serve --store redis://… --lease-ms 2000` processes from
 *   dist, one shared token secret;
 * - 1,000 agents (SDK clients, in `--workers` child processes, spread over
 *   the 3 servers, every server a fallback) accept every offer, talk 1–5 s,
 *   complete and finish wrap-up;
 * - contacts created open loop at 200/s (Poisson) through 6 integration
 *   connections (two per server: each has a rate limit), several at once,
 *   each retried under its own external id until acknowledged, for 5
 *   minutes (`--quick`: 60 s);
 * - then: no more creation nor kills, every contact served to its end.
 *
 * The audit reads the domain's event stream as it is written
 * (`bench/lib/event-tail.ts`), so it stays whole across compactions, and
 * says so when it is not. Prints a table and, last, one JSON line.
 *
 * Options: --quick, --seconds N, --rate N, --agents N, --workers N,
 * --kill-every S, --seed N.
 *
 * `--domains N` (and `--servers M`, default 4) runs the routing domains
 * chaos instead, on a local Redis Cluster: see `domains-chaos.ts`
 * (`--quick` there: about two minutes in all).
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { Redis } from 'ioredis';
import { fileURLToPath } from 'node:url';
import { Cluster, type Launch, type ServerProcess } from '../../test/harness/cluster.js';
import { ContactSource, clusterConfig, type Reconnect } from '../../test/harness/cluster-workload.js';
import { EventAudit } from '../../test/harness/event-audit.js';
import { EventTail } from '../lib/event-tail.js';
import { quantile, round } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import { RedisServer, redisServerAvailable } from '../../test/harness/redis-server.js';
import type { CoreEvent } from '../../src/core/events.js';
import type { WorkerReport } from './worker-protocol.js';
import { AgentWorker } from './agent-workers.js';
import { Arrivals } from './arrivals.js';
import { say, sleep } from './bench-log.js';
import { runDomainsChaos } from './domains-chaos.js';
import { KillLoop } from './kill-loop.js';

// ---- options ---------------------------------------------------------------------

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
function opt(name: string, fallback: number): number {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(argv[i + 1]);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} needs a positive number`);
  return v;
}
const DOMAINS = opt('domains', 1);
const SECONDS = opt('seconds', quick ? (DOMAINS > 1 ? 50 : 60) : 300);
const RATE = opt('rate', quick && DOMAINS > 1 ? 40 : 200);
const AGENTS = opt('agents', quick && DOMAINS > 1 ? 200 : 1000);
const WORKERS = opt('workers', 1);
const KILL_EVERY_S = opt('kill-every', quick && DOMAINS > 1 ? 10 : 20);
const SEED = opt('seed', 8);
const SERVERS = 3;
const LEASE_MS = 2000;
const DRAIN_TIMEOUT_MS = 120_000;
const SECRET = 'chaos-secret-0123456789abcdef0123';

/** dist/bench/chaos -> the repository root, where bin/switchboard.js runs dist/src. */
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const LOG_DIR = mkdtempSync(path.join(os.tmpdir(), 'sb-chaos-'));
const EVENTS_FILE = path.join(LOG_DIR, 'events.log');
const DIST_LAUNCH: Launch = { node: [`${ROOT}bin/switchboard.js`], cwd: ROOT, secret: SECRET, logDir: LOG_DIR };

// ---- the chaos -------------------------------------------------------------------

interface Kill {
  readonly at: number;
  readonly port: number;
  readonly wasLeader: boolean;
  /** Kill -> a process leads and serves (leader kills only). */
  failoverMs: number | null;
  /** Kill -> the killed process listens again. */
  restartMs: number | null;
  /** From the new leader's log: kill -> its state recovered, and how long loading and restoring took. */
  recovery: Recovery | null;
  /** Leader terms begun (state recovered) from this kill to the next; more than 1: leadership changed hands again. */
  terms: number;
  /** Kill -> the last term of them began (the leader that stayed). */
  stableMs: number | null;
}

interface Recovery {
  readonly at: number;
  readonly loadMs: number;
  readonly restoreMs: number;
  readonly events: number;
}

/** Every "state recovered" line the servers logged (pino JSON), in time order. */
function recoveries(dir: string): Recovery[] {
  const out: Recovery[] = [];
  for (const f of readdirSync(dir).filter((name) => name.startsWith('server-'))) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (!line.includes('state recovered from the store')) continue;
      try {
        const r = JSON.parse(line) as { time: number | string; loadMs: number; restoreMs: number; events: number };
        out.push({ at: typeof r.time === 'number' ? r.time : Date.parse(r.time), loadMs: r.loadMs, restoreMs: r.restoreMs, events: r.events });
      } catch {
        // not a log record
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

class Chaos extends KillLoop {
  readonly kills: Kill[] = [];

  constructor(
    cluster: Cluster,
    readonly redis: Redis,
    everyMs: number,
    random: () => number,
  ) {
    super(cluster, everyMs, random);
  }

  /**
   * Whether `p` holds the routing lease, from Redis (the holder is
   * `host:pid:nonce#token`): a loaded leader may not answer /readyz in time.
   */
  async #holdsLease(p: ServerProcess): Promise<boolean> {
    const v = await this.redis.get('sb:{default}:lease').catch(() => null);
    return v !== null && p.pid !== undefined && v.split(':')[1] === String(p.pid);
  }

  protected async killOne(): Promise<void> {
    const procs = this.cluster.procs;
    const victim = procs[Math.floor(this.random() * procs.length)] as ServerProcess;
    const wasLeader = await this.#holdsLease(victim);
    this.killed.add(victim);
    const at = Date.now();
    victim.kill('SIGKILL');
    await victim.exited();
    const k: Kill = { at, port: victim.port, wasLeader, failoverMs: null, restartMs: null, recovery: null, terms: 0, stableMs: null };
    this.kills.push(k);
    const restarted = victim.start().then(
      () => {
        k.restartMs = Date.now() - at;
        this.killed.delete(victim);
      },
      (e: unknown) => say(`restart of ${victim.port} failed: ${(e as Error).message}`),
    );
    if (wasLeader) {
      try {
        await this.cluster.leader(30_000, 50);
        k.failoverMs = Date.now() - at;
      } catch {
        say(`no leader within 30 s of killing the leader on ${victim.port}`);
      }
    }
    await restarted;
    say(
      `killed ${wasLeader ? 'leader' : 'follower'} ${victim.port}: ${wasLeader ? `new leader after ${k.failoverMs ?? '∞'} ms, ` : ''}restarted after ${k.restartMs ?? '∞'} ms`,
    );
  }
}

// ---- run -------------------------------------------------------------------------

interface Reconnects {
  readonly clients: number;
  readonly median: number;
  readonly p99: number;
  readonly max: number;
}

function reconnectFigures(ms: readonly number[]): Reconnects | null {
  return ms.length === 0 ? null : { clients: ms.length, median: quantile(ms, 0.5), p99: quantile(ms, 0.99), max: Math.max(...ms) };
}

interface Figures {
  readonly date: string;
  readonly seconds: number;
  readonly rate: number;
  readonly agents: number;
  readonly servers: number;
  readonly workers: number;
  readonly created: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly doubleOffered: number;
  readonly overCapacity: number;
  readonly outOfOrder: number;
  readonly offersNotStored: number;
  readonly otherViolations: number;
  readonly neverAcknowledged: number;
  readonly storedNotAcknowledged: number;
  readonly abandoned: number;
  readonly offers: number;
  readonly events: number;
  readonly auditWhole: boolean;
  readonly compactions: number;
  readonly crashes: number;
  /** Set when the cluster had no ready leader at the end (a failover that did not happen). */
  readonly stuck: string | null;
  readonly kills: number;
  readonly leaderKills: number;
  readonly failoverMs: { readonly min: number; readonly median: number; readonly max: number } | null;
  /** After leader kills: the leader terms begun before the next kill (1 = one clean failover), and kill -> the last of them. */
  readonly termsPerLeaderKill: readonly number[];
  readonly stableLeaderMs: { readonly median: number; readonly max: number } | null;
  /** Clients back (resumed) after a kill, counted from the kill: after follower kills and after leader kills. */
  readonly reconnectMs: { readonly follower: Reconnects | null; readonly leader: Reconnects | null };
  readonly restartMs: { readonly median: number; readonly max: number } | null;
  readonly drainMs: number;
  readonly ackMs: { readonly p50: number; readonly p99: number; readonly max: number };
  readonly creationRetries: number;
  readonly generatorMaxLagMs: number;
  /** The new leader's recovery after a leader kill: kill -> recovered, and the load + restore part of it (median, max). */
  readonly recoveryMs: {
    readonly sinceKillMedian: number;
    readonly sinceKillMax: number;
    readonly loadRestoreMedian: number;
    readonly loadRestoreMax: number;
    readonly eventsMax: number;
  } | null;
  readonly workerCpuPercent: readonly number[];
  readonly workerLoopDelayP99Ms: readonly number[];
  readonly loadavg: { readonly start: number; readonly max1m: number; readonly end: readonly number[] };
  readonly cores: number;
}

async function main(): Promise<void> {
  if (!redisServerAvailable()) throw new Error('redis-server is not installed');
  const random = rng(SEED);
  const loadStart = os.loadavg()[0] as number;
  let loadMax = loadStart;
  const loadTimer = setInterval(() => (loadMax = Math.max(loadMax, os.loadavg()[0] as number)), 5000);

  const redis = await RedisServer.start({ appendonly: true, appendfsync: 'everysec' });
  const workers: AgentWorker[] = [];
  let cluster: Cluster | null = null;
  let tail: EventTail | null = null;
  let source: ContactSource | null = null;
  let lease: Redis | null = null;
  try {
    const audit = new EventAudit(1);
    tail = await EventTail.start({ url: redis.url(), domain: 'default', audit, file: EVENTS_FILE });
    say(`redis-server on ${redis.port}; starting ${SERVERS} servers from dist`);
    cluster = await Cluster.start({ size: SERVERS, redisUrl: redis.url(), config: clusterConfig(AGENTS), launch: DIST_LAUNCH, leaseMs: LEASE_MS });
    await cluster.ready();
    const urls = cluster.urls;

    const t0 = Date.now();
    const readies = [];
    for (let w = 0; w < WORKERS; w++) {
      const agents = [];
      for (let i = w + 1; i <= AGENTS; i += WORKERS) agents.push({ id: `a${i}`, home: i % SERVERS });
      const worker = new AgentWorker();
      workers.push(worker);
      readies.push(worker.ask({ type: 'start', urls, secret: SECRET, agents, handleMinMs: 1000, handleMaxMs: 5000 }, 'ready', 180_000));
    }
    await Promise.all(readies);
    say(`${AGENTS} agents logged in through ${WORKERS} worker process(es) in ${Date.now() - t0} ms`);
    source = await ContactSource.start({ urls, secret: SECRET, connections: 2 * SERVERS, giveUpMs: 120_000, maxBackoffMs: 2000 });

    // Load and chaos.
    const arrivals = new Arrivals(source, RATE, random);
    lease = new Redis(redis.url());
    const chaos = new Chaos(cluster, lease, KILL_EVERY_S * 1000, random);
    say(`creating ${RATE}/s for ${SECONDS} s, killing a random server every ${KILL_EVERY_S} s`);
    const endAt = Date.now() + SECONDS * 1000;
    chaos.start();
    const progress = setInterval(
      () =>
        say(
          `created ${source?.created.size ?? 0}, stored ${audit.result().created}, open ${audit.openCount}, retries ${source?.retries ?? 0}, load ${os.loadavg()[0]?.toFixed(1)}`,
        ),
      10_000,
    );
    await arrivals.run(endAt);
    await chaos.stop();
    say('creation and kills over; waiting for every creation to be acknowledged');
    await arrivals.settled();
    say(`${source.created.size} acknowledged, ${source.errors.length} given up; draining`);

    // Every contact served to its end.
    const drainStart = Date.now();
    let stuck: string | null = null;
    try {
      await cluster.ready(60_000);
    } catch {
      const states = await Promise.all(cluster.procs.map(async (p) => `${p.port}: ${JSON.stringify(await p.readyz(2000))}`));
      stuck = `no ready cluster 60 s after the last kill (${states.join(', ')}; lease ${await lease.get('sb:{default}:lease')})`;
      say(stuck);
    }
    const acked = [...source.created.values()];
    for (;;) {
      await tail.catchUp(30_000).catch((e: unknown) => say((e as Error).message));
      const stored = audit.result();
      if (stored.open.length === 0 && acked.every((id) => stored.contacts.has(id))) break;
      if (stuck !== null || Date.now() - drainStart > DRAIN_TIMEOUT_MS) {
        say(`drain timed out: ${stored.open.length} contacts still open`);
        break;
      }
      await sleep(500);
    }
    const drainMs = Date.now() - drainStart;
    clearInterval(progress);

    const reports: WorkerReport[] = await Promise.all(workers.map((w) => w.ask({ type: 'finish' }, 'done', 60_000)));
    await tail.catchUp(30_000).catch((e: unknown) => say((e as Error).message));
    const result = audit.result();

    // ---- figures
    const received = new Set<string>();
    for (const r of reports) for (const o of r.received) received.add(o);
    const ackedSet = new Set(acked);
    const missing = acked.filter((id) => !result.contacts.has(id));
    const offersNotStored = [...received].filter((o) => !result.offered.has(o));
    const storedNotAcked = [...result.contacts].filter((id) => !ackedSet.has(id));

    const failovers = chaos.kills.flatMap((k) => (k.failoverMs === null ? [] : [k.failoverMs]));
    const restarts = chaos.kills.flatMap((k) => (k.restartMs === null ? [] : [k.restartMs]));
    const reconnects: Reconnect[] = reports.flatMap((r) => r.reconnects);
    const sinceKill = { leader: [] as number[], follower: [] as number[] };
    for (const r of reconnects) {
      let kill: Kill | undefined;
      for (const k of chaos.kills) if (k.at <= r.downAt) kill = k;
      if (kill === undefined) continue;
      sinceKill[kill.wasLeader ? 'leader' : 'follower'].push(r.upAt - kill.at);
    }
    const recovered = recoveries(LOG_DIR);
    chaos.kills.forEach((k, i) => {
      const until = chaos.kills[i + 1]?.at ?? Infinity;
      const terms = recovered.filter((r) => r.at >= k.at && r.at < until);
      k.terms = terms.length;
      const last = terms[terms.length - 1];
      k.stableMs = last === undefined ? null : last.at - k.at;
      if (k.wasLeader) k.recovery = terms[0] ?? null;
    });
    const stable = chaos.kills.flatMap((k) => (k.wasLeader && k.stableMs !== null ? [k.stableMs] : []));
    const recs = chaos.kills.flatMap((k) => (k.recovery === null ? [] : [k.recovery]));
    const recKill = chaos.kills.flatMap((k) => (k.recovery === null ? [] : [k.recovery.at - k.at]));
    const loadEnd = os.loadavg().map((x) => round(x));
    const f: Figures = {
      date: new Date().toISOString(),
      seconds: SECONDS,
      rate: RATE,
      agents: AGENTS,
      servers: SERVERS,
      workers: WORKERS,
      created: source.created.size,
      lost: missing.length + result.open.length,
      duplicated: result.counts['duplicate customer'] + result.counts['created twice'],
      doubleOffered: result.counts['double offer'],
      overCapacity: result.counts['over capacity'],
      outOfOrder: result.counts['out of order'],
      offersNotStored: offersNotStored.length,
      otherViolations: result.counts['ended twice'] + result.counts['ended never created'],
      neverAcknowledged: source.errors.length,
      storedNotAcknowledged: storedNotAcked.length,
      abandoned: result.abandoned,
      offers: result.offers,
      events: result.events,
      auditWhole: tail.whole,
      compactions: tail.compactions,
      crashes: chaos.crashes.length,
      stuck,
      kills: chaos.kills.length,
      leaderKills: chaos.kills.filter((k) => k.wasLeader).length,
      failoverMs: failovers.length === 0 ? null : { min: Math.min(...failovers), median: quantile(failovers, 0.5), max: Math.max(...failovers) },
      termsPerLeaderKill: chaos.kills.filter((k) => k.wasLeader).map((k) => k.terms),
      stableLeaderMs: stable.length === 0 ? null : { median: quantile(stable, 0.5), max: Math.max(...stable) },
      reconnectMs: { follower: reconnectFigures(sinceKill.follower), leader: reconnectFigures(sinceKill.leader) },
      restartMs: restarts.length === 0 ? null : { median: quantile(restarts, 0.5), max: Math.max(...restarts) },
      drainMs,
      ackMs: {
        p50: round(arrivals.ackLatency.us(50) / 1000, 1),
        p99: round(arrivals.ackLatency.us(99) / 1000, 1),
        max: round(arrivals.ackLatency.maxUs / 1000, 1),
      },
      creationRetries: source.retries,
      generatorMaxLagMs: Math.round(arrivals.maxLagMs),
      recoveryMs:
        recs.length === 0
          ? null
          : {
              sinceKillMedian: quantile(recKill, 0.5),
              sinceKillMax: Math.max(...recKill),
              loadRestoreMedian: quantile(
                recs.map((r) => r.loadMs + r.restoreMs),
                0.5,
              ),
              loadRestoreMax: Math.max(...recs.map((r) => r.loadMs + r.restoreMs)),
              eventsMax: Math.max(...recs.map((r) => r.events)),
            },
      workerCpuPercent: reports.map((r) => round((100 * r.cpuSeconds) / r.wallSeconds, 1)),
      workerLoopDelayP99Ms: reports.map((r) => round(r.loopDelayP99Ms, 1)),
      loadavg: { start: round(loadStart), max1m: round(loadMax), end: loadEnd },
      cores: os.cpus().length,
    };

    const breaks = tail.breaks;
    await tail.stop();
    tail = null;
    const suspects = [...result.violations.join(' ').matchAll(/c-[0-9a-f-]{36}/g)].map((m) => m[0]);
    suspects.push(...missing.slice(0, 3), ...result.open.slice(0, 3), ...offersNotStored.slice(0, 3).map((o) => o.split(':')[0] as string));
    print(f, chaos, result.violations, {
      missing,
      open: result.open,
      offersNotStored,
      storedNotAcked,
      breaks,
      errors: source.errors,
      clientLog: reports.flatMap((r) => r.log),
      stories: stories(EVENTS_FILE, new Set(suspects.slice(0, 8))),
    });
  } finally {
    clearInterval(loadTimer);
    for (const w of workers) w.kill();
    await source?.close();
    await cluster?.stop();
    await tail?.stop();
    lease?.disconnect();
    await redis.cleanup();
  }
}

const r0 = (x: number): string => `+${x} ms`;

/** What the stored log says about each of `ids`: its events in order, with the append they came in. */
function stories(file: string, ids: ReadonlySet<string>): string[] {
  if (ids.size === 0) return [];
  const lines = new Map<string, string[]>([...ids].map((id) => [id, []]));
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (![...ids].some((id) => line.includes(id))) continue;
    const sp = line.indexOf(' ');
    const seq = line.slice(0, sp);
    for (const e of JSON.parse(line.slice(sp + 1)) as CoreEvent[]) {
      const about = e.type === 'contact.created' ? e.contact.id : 'contactId' in e ? String(e.contactId) : null;
      if (about === null || !ids.has(about)) continue;
      const agent = 'agentId' in e && e.agentId !== null ? `(${String(e.agentId)})` : '';
      lines.get(about)?.push(`#${seq} ${e.type.replace('contact.', '')}${agent}@${new Date(e.at).toISOString().slice(14, 23)}`);
    }
  }
  return [...lines].map(([id, xs]) => `${id}: ${xs.join(' ')}`);
}

function print(
  f: Figures,
  chaos: Chaos,
  violations: readonly string[],
  detail: {
    missing: string[];
    open: readonly string[];
    offersNotStored: string[];
    storedNotAcked: string[];
    breaks: readonly string[];
    errors: readonly string[];
    clientLog: readonly string[];
    stories: readonly string[];
  },
): void {
  const ms = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : `${x} ms`);
  const reconnects = (r: Reconnects | null): string =>
    r === null ? '–' : `${r.clients} clients, kill -> resumed median ${r.median} / p99 ${r.p99} / max ${r.max} ms`;
  const rows: [string, string][] = [
    ['run', `${f.seconds} s at ${f.rate}/s, ${f.agents} agents on ${f.servers} servers (${f.workers} client processes), kill -9 every ${KILL_EVERY_S} s`],
    ['contacts created (acknowledged)', String(f.created)],
    ['lost (acked, not stored or never ended)', String(f.lost)],
    ['duplicated (two contacts, one externalId)', String(f.duplicated)],
    ['double-offered', String(f.doubleOffered)],
    ['over capacity', String(f.overCapacity)],
    ['out of order', String(f.outOfOrder)],
    ['offers seen by clients, not stored', String(f.offersNotStored)],
    ['ended twice / ended never created', String(f.otherViolations)],
    ['creations never acknowledged (gave up)', String(f.neverAcknowledged)],
    ['stored contacts never acknowledged', String(f.storedNotAcknowledged)],
    ['abandoned', String(f.abandoned)],
    [
      'audit',
      `${f.events} events, ${f.offers} offers; log ${f.auditWhole ? 'whole' : 'NOT whole'}${f.compactions > 0 ? ` (compacted ${f.compactions}x during the run; the tail read every append first)` : ''}`,
    ],
    ['kills', `${f.kills} (${f.leaderKills} leaders), ${f.crashes} unexpected exits${f.stuck === null ? '' : `; STUCK: ${f.stuck}`}`],
    [
      'failover: kill -> new leader ready',
      f.failoverMs === null ? '–' : `min ${f.failoverMs.min} / median ${f.failoverMs.median} / max ${f.failoverMs.max} ms (lease ${LEASE_MS} ms)`,
    ],
    [
      'leader terms after each leader kill',
      `${f.termsPerLeaderKill.join(', ') || '–'} (1 = one clean failover); kill -> the leader that stayed: ${f.stableLeaderMs === null ? '–' : `median ${f.stableLeaderMs.median} / max ${f.stableLeaderMs.max} ms`}`,
    ],
    [
      'new leader: kill -> state recovered',
      f.recoveryMs === null
        ? '–'
        : `median ${f.recoveryMs.sinceKillMedian} / max ${f.recoveryMs.sinceKillMax} ms, of which load + restore median ${f.recoveryMs.loadRestoreMedian} / max ${f.recoveryMs.loadRestoreMax} ms (at most ${f.recoveryMs.eventsMax} events replayed)`,
    ],
    ['clients back after a follower kill', reconnects(f.reconnectMs.follower)],
    ['clients back after a leader kill', reconnects(f.reconnectMs.leader)],
    ['killed process listening again', f.restartMs === null ? '–' : `median ${f.restartMs.median} / max ${f.restartMs.max} ms`],
    [
      'creation acknowledged (from its Poisson time)',
      `p50 ${f.ackMs.p50} / p99 ${f.ackMs.p99} / max ${f.ackMs.max} ms, ${f.creationRetries} retries; generator lag max ${f.generatorMaxLagMs} ms`,
    ],
    ['drain (stop creating -> every contact ended)', ms(f.drainMs)],
    ['client processes: CPU, loop delay p99', f.workerCpuPercent.map((c, i) => `${c}% / ${f.workerLoopDelayP99Ms[i]} ms`).join(', ')],
    ['load average', `${f.loadavg.start} at start, ${f.loadavg.max1m} max (1 min), ${f.loadavg.end.join(' / ')} at end; ${f.cores} cores`],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  const out: string[] = ['', 'bench:chaos', ''];
  for (const [k, v] of rows) out.push(`${k.padEnd(w)}  ${v}`);
  out.push('', 'kills:');
  for (const k of chaos.kills) {
    const r =
      k.recovery === null
        ? ''
        : `  (recovered ${r0(k.recovery.at - k.at)}: load ${k.recovery.loadMs} + restore ${k.recovery.restoreMs} ms, ${k.recovery.events} events)`;
    const terms = k.terms > 1 ? `  ${k.terms} terms, the last ${r0(k.stableMs ?? 0)}` : '';
    out.push(
      `  +${Math.round((k.at - (chaos.kills[0]?.at ?? k.at)) / 1000)} s  ${k.wasLeader ? 'leader  ' : 'follower'} ${k.port}  failover ${ms(k.failoverMs)}  restart ${ms(k.restartMs)}${r}${terms}`,
    );
  }
  out.push(`server logs: ${LOG_DIR}`);
  const problems: [string, readonly string[]][] = [
    ['violations', violations],
    ['acknowledged but not stored', detail.missing],
    ['never ended', detail.open],
    ['offers not stored', detail.offersNotStored],
    ['stored, never acknowledged', detail.storedNotAcked],
    ['audit breaks', detail.breaks],
    ['creations given up', detail.errors],
    ['what the stored log says about them', detail.stories],
  ];
  for (const [name, xs] of problems) if (xs.length > 0) out.push('', `${name} (${xs.length}):`, ...xs.slice(0, 10).map((x) => `  ${x}`));
  for (const c of chaos.crashes) out.push('', `server ${c.port} exited on its own:`, c.output);
  if (f.lost + f.duplicated + f.doubleOffered + f.overCapacity + f.outOfOrder + f.offersNotStored > 0 && detail.clientLog.length > 0) {
    out.push('', 'last client errors:', ...detail.clientLog.slice(-10).map((x) => `  ${x}`));
  }
  out.push('');
  process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(JSON.stringify(f) + '\n');
}

const run = (): Promise<void> =>
  DOMAINS > 1
    ? runDomainsChaos({
        domains: DOMAINS,
        servers: opt('servers', 4),
        seconds: SECONDS,
        rate: RATE,
        agents: AGENTS,
        workers: WORKERS,
        killEverySeconds: KILL_EVERY_S,
        seed: SEED,
        launch: { node: DIST_LAUNCH.node, cwd: ROOT, secret: SECRET },
      })
    : main();

run().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
