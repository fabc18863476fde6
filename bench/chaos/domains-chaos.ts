/**
 * `npm run bench:chaos -- --domains 4`: routing domains on a Redis Cluster
 * under load while the process leading some domain is killed (SIGKILL)
 * and restarted, again and again (issue 26, DESIGN.md §7).
 *
 * - a local Redis Cluster of 3 masters (`test/harness/redis-cluster.ts`:
 *   real `redis-server` processes in cluster mode on free ports, stopped at
 *   the end, also on a failure);
 * - `--domains` routing domains `d1`, `d2`, … sharing no agents (one queue
 *   and its agents each), `--servers` `switchboard serve --store
 *   redis-cluster://… --lease-ms 2000` processes from dist: the domains
 *   spread over them (each leads at most its fair share);
 * - agents (SDK clients in `--workers` child processes, homed on the
 *   servers in turn, every server a fallback) accept every offer, talk
 *   1–5 s, complete and finish wrap-up; contacts at `--rate` per second in
 *   all (Poisson, open loop, an equal share for each domain) through one
 *   integration per domain, each retried under its own external id until
 *   acknowledged;
 * - every `--kill-every` seconds a random domain's leading process gets
 *   SIGKILL (with every domain it led) and is restarted at once.
 *
 * Measured per domain: kill -> the lease held by another process, and
 * kill -> the first offer of that domain decided after it (by the new
 * leader: the time stored with the event; its failover); for the domains whose leader was not killed, the longest gap
 * between offers while the killed ones failed over, next to their normal
 * gaps (p99 over the run, longest before the first kill); and the leader
 * changes no kill explains (a restarted process joining: the fair share
 * drops and a process that leads too many hands one over), with the gap
 * around them. The audit reads each domain's stored event stream as it is
 * written (`bench/lib/event-tail.ts`): no acknowledged contact lost, none
 * created twice, none offered to two agents at once. Prints a per-domain
 * table and, last, one JSON line.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { openRedis } from '../../src/store/redis/connect.js';
import { Cluster, type Launch } from '../../test/harness/cluster.js';
import { ContactSource, domainsConfig, longestGap } from '../../test/harness/cluster-workload.js';
import { EventAudit } from '../../test/harness/event-audit.js';
import { RedisCluster } from '../../test/harness/redis-cluster.js';
import { redisServerAvailable } from '../../test/harness/redis-server.js';
import { EventTail } from '../lib/event-tail.js';
import { KillLoop } from './kill-loop.js';
import { quantile, round } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import { AgentWorker } from './agent-workers.js';
import { Arrivals } from './arrivals.js';
import { say, sleep } from './bench-log.js';
import type { WorkerReport } from './worker-protocol.js';
import type { CoreEvent } from '../../src/core/events.js';

export interface DomainsChaosOptions {
  readonly domains: number;
  readonly servers: number;
  readonly seconds: number;
  /** Contacts a second, over all the domains. */
  readonly rate: number;
  /** Agents in all (an equal share in each domain). */
  readonly agents: number;
  readonly workers: number;
  readonly killEverySeconds: number;
  readonly seed: number;
  /** How to run the CLI (from dist). */
  readonly launch: Omit<Launch, 'logDir'>;
}

const LEASE_MS = 2000;
const DRAIN_TIMEOUT_MS = 120_000;

/** The process id in a lease holder (`host:pid:nonce#token`). */
const pidOf = (holder: string | null): number | null => (holder === null ? null : Number(holder.split(':')[1]));

interface LeaseChange {
  readonly domain: string;
  readonly at: number;
  readonly from: number | null;
  readonly to: number | null;
}

/** Each domain's lease holder, read from Redis every 50 ms: who leads, and when that changed. */
class LeaseWatch {
  readonly holders = new Map<string, number | null>();
  readonly changes: LeaseChange[] = [];
  #stopped = false;
  #loop: Promise<void> = Promise.resolve();

  constructor(
    readonly redis: Redis,
    readonly domains: readonly string[],
  ) {}

  start(): void {
    this.#loop = (async () => {
      while (!this.#stopped) {
        const values = await Promise.all(this.domains.map((d) => this.redis.get(`sb:{${d}}:lease`).catch(() => undefined)));
        const at = Date.now();
        this.domains.forEach((d, i) => {
          const v = values[i];
          if (v === undefined) return; // not read: the last value stands
          const pid = pidOf(v);
          const before = this.holders.get(d) ?? null;
          if (this.holders.has(d) && pid === before) return;
          this.holders.set(d, pid);
          this.changes.push({ domain: d, at, from: before, to: pid });
        });
        await sleep(50);
      }
    })();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
  }

  /** The domains `pid` leads now. */
  ledBy(pid: number): string[] {
    return this.domains.filter((d) => this.holders.get(d) === pid);
  }

  /** When a process other than `pid` first held `domain`'s lease after `at`, or null. */
  takenOver(domain: string, at: number, pid: number): number | null {
    return this.changes.find((c) => c.domain === domain && c.at > at && c.to !== null && c.to !== pid)?.at ?? null;
  }

  /** Until every domain has a leader and none leads more than its share. */
  async spread(share: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const held = this.domains.map((d) => this.holders.get(d) ?? null);
      const per = new Map<number, number>();
      for (const p of held) if (p !== null) per.set(p, (per.get(p) ?? 0) + 1);
      if (held.every((p) => p !== null) && [...per.values()].every((n) => n <= share)) return;
      if (Date.now() > deadline) throw new Error(`the domains did not spread within ${timeoutMs} ms: ${JSON.stringify(Object.fromEntries(this.holders))}`);
      await sleep(200);
    }
  }
}

interface Kill {
  readonly at: number;
  readonly port: number;
  readonly pid: number;
  /** The domains the killed process led. */
  readonly domains: readonly string[];
  restartMs: number | null;
}

class DomainChaos extends KillLoop {
  readonly kills: Kill[] = [];

  constructor(
    cluster: Cluster,
    readonly watch: LeaseWatch,
    everyMs: number,
    random: () => number,
  ) {
    super(cluster, everyMs, random);
  }

  /** Kills the process leading a random domain, restarts it, and waits for its domains' leases to be taken over. */
  protected async killOne(): Promise<void> {
    const domains = this.watch.domains;
    const domain = domains[Math.floor(this.random() * domains.length)] as string;
    const pid = this.watch.holders.get(domain) ?? null;
    const victim = this.cluster.procs.find((p) => p.running && p.pid === pid);
    if (pid === null || victim === undefined) {
      say(`${domain} has no running leader right now; no kill this round`);
      return;
    }
    const led = this.watch.ledBy(pid);
    this.killed.add(victim);
    const at = Date.now();
    victim.kill('SIGKILL');
    await victim.exited();
    const k: Kill = { at, port: victim.port, pid, domains: led, restartMs: null };
    this.kills.push(k);
    const restarted = victim.start().then(
      () => {
        k.restartMs = Date.now() - at;
        this.killed.delete(victim);
      },
      (e: unknown) => {
        // Started again by the crash check (a loaded machine: the store not ready within the start's 10 s).
        this.killed.delete(victim);
        say(`restart of ${victim.port} failed: ${(e as Error).message.split('\n')[0]}`);
      },
    );
    const deadline = at + 30_000;
    while (Date.now() < deadline && led.some((d) => this.watch.takenOver(d, at, pid) === null)) await sleep(50);
    await restarted;
    const taken = led.map((d) => {
      const t = this.watch.takenOver(d, at, pid);
      return `${d} ${t === null ? '∞' : t - at} ms`;
    });
    say(`killed ${victim.port} leading ${led.join(', ')}: lease taken over: ${taken.join(', ')}; restarted after ${k.restartMs ?? '∞'} ms`);
  }
}

interface Spread {
  readonly median: number;
  readonly max: number;
}

const spreadOf = (xs: readonly number[]): Spread | null => (xs.length === 0 ? null : { median: quantile(xs, 0.5), max: Math.max(...xs) });

interface DomainFigures {
  readonly domain: string;
  /** The Redis Cluster master holding the domain's keys (its port). */
  readonly master: number;
  readonly created: number;
  readonly offers: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly doubleOffered: number;
  readonly overCapacity: number;
  readonly outOfOrder: number;
  readonly offersNotStored: number;
  readonly otherViolations: number;
  readonly neverAcknowledged: number;
  readonly auditWhole: boolean;
  /** Kills of the process leading this domain. */
  readonly leaderKills: number;
  /** Kill -> the lease held by another process. */
  readonly leaseTakenOverMs: Spread | null;
  /** Kill -> the first offer of this domain decided after it (the new leader's, from the stored log). */
  readonly firstOfferMs: Spread | null;
  /** Kills of another domain's leader (this one's leader kept): how many, and the longest gap between offers while those failed over. */
  readonly othersKilled: number;
  readonly gapWhileOthersFailedOverMs: number | null;
  /** Gaps between offers over the whole run (p99), and the longest one before the first kill. */
  readonly gapP99Ms: number;
  readonly gapBeforeKillsMaxMs: number | null;
  /** Leader changes that no kill explains (rebalancing after a restart), and the longest gap around them. */
  readonly handovers: number;
  readonly handoverGapMaxMs: number | null;
}

interface Figures {
  readonly mode: 'domains';
  readonly date: string;
  readonly seconds: number;
  readonly rate: number;
  readonly agents: number;
  readonly servers: number;
  readonly domains: number;
  readonly workers: number;
  readonly killEverySeconds: number;
  readonly created: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly doubleOffered: number;
  readonly overCapacity: number;
  readonly outOfOrder: number;
  readonly offersNotStored: number;
  readonly otherViolations: number;
  readonly neverAcknowledged: number;
  readonly auditWhole: boolean;
  readonly kills: number;
  readonly crashes: number;
  readonly stuck: string | null;
  readonly restartMs: Spread | null;
  readonly drainMs: number;
  /** From the servers' logs: how often a process saw the count of processes alive change, and handed a domain over. */
  readonly serverLog: { readonly aliveChanges: number; readonly handOvers: number };
  readonly perDomain: readonly DomainFigures[];
  readonly loadavg: { readonly start: number; readonly max1m: number; readonly end: readonly number[] };
  readonly cores: number;
}

export async function runDomainsChaos(o: DomainsChaosOptions): Promise<void> {
  if (!redisServerAvailable()) throw new Error('redis-server is not installed');
  const names = Array.from({ length: o.domains }, (_, i) => `d${i + 1}`);
  const perDomain = Math.floor(o.agents / o.domains);
  const random = rng(o.seed);
  const logDir = mkdtempSync(path.join(os.tmpdir(), 'sb-chaos-domains-'));
  const loadStart = os.loadavg()[0] as number;
  let loadMax = loadStart;
  const loadTimer = setInterval(() => (loadMax = Math.max(loadMax, os.loadavg()[0] as number)), 5000);

  const redis = await RedisCluster.start({ masters: 3 });
  const workers: AgentWorker[] = [];
  const sources = new Map<string, ContactSource>();
  const tails = new Map<string, EventTail>();
  let cluster: Cluster | null = null;
  let client: Redis | null = null;
  let watch: LeaseWatch | null = null;
  try {
    const url = redis.url();
    const masters = new Map<string, number>();
    for (const d of names) masters.set(d, await redis.masterOf(`sb:{${d}}:meta`));
    say(`Redis Cluster ${url}; domains on masters ${names.map((d) => `${d}@${masters.get(d)}`).join(', ')}`);
    const audits = new Map(names.map((d) => [d, new EventAudit(1)]));
    // When each offer was decided (the leader's clock, stored with the event): what failovers and gaps are measured on.
    const offeredAt = new Map(names.map((d) => [d, [] as number[]]));
    for (const d of names) {
      const at = offeredAt.get(d)!;
      const onAppend = (events: readonly CoreEvent[]): void => {
        for (const e of events) if (e.type === 'contact.offered') at.push(e.at);
      };
      tails.set(d, await EventTail.start({ url, domain: d, audit: audits.get(d)!, onAppend }));
    }
    client = openRedis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 200 });
    watch = new LeaseWatch(client, names);
    watch.start();

    say(`starting ${o.servers} servers from dist, ${o.domains} domains`);
    cluster = await Cluster.start({
      size: o.servers,
      redisUrl: url,
      config: domainsConfig(names, perDomain),
      launch: { ...o.launch, logDir },
      leaseMs: LEASE_MS,
    });
    await cluster.ready();
    await watch.spread(Math.ceil(o.domains / o.servers), 120_000);
    say(`leaders: ${names.map((d) => `${d} ${cluster?.procs.find((p) => p.pid === watch?.holders.get(d))?.port}`).join(', ')}`);
    const urls = cluster.urls;

    const t0 = Date.now();
    const all = names.flatMap((d) => Array.from({ length: perDomain }, (_, i) => `${d}-${i + 1}`));
    const readies = [];
    for (let w = 0; w < o.workers; w++) {
      const agents = all.flatMap((id, i) => (i % o.workers === w ? [{ id, home: i % o.servers }] : []));
      const worker = new AgentWorker();
      workers.push(worker);
      readies.push(worker.ask({ type: 'start', urls, secret: o.launch.secret, agents, handleMinMs: 1000, handleMaxMs: 5000 }, 'ready', 180_000));
    }
    await Promise.all(readies);
    say(`${all.length} agents logged in through ${o.workers} worker process(es) in ${Date.now() - t0} ms`);
    for (const d of names) {
      sources.set(
        d,
        await ContactSource.start({
          urls,
          secret: o.launch.secret,
          queueId: `q-${d}`,
          domain: d,
          prefix: d,
          connections: o.servers,
          giveUpMs: 120_000,
          maxBackoffMs: 2000,
        }),
      );
    }

    // Load and chaos.
    const arrivals = names.map((d) => new Arrivals(sources.get(d)!, o.rate / o.domains, rng(o.seed * 1000 + names.indexOf(d)), d));
    const chaos = new DomainChaos(cluster, watch, o.killEverySeconds * 1000, random);
    say(`creating ${o.rate}/s for ${o.seconds} s over ${o.domains} domains, killing a domain's leader every ${o.killEverySeconds} s`);
    const loadFrom = Date.now();
    const endAt = loadFrom + o.seconds * 1000;
    chaos.start();
    const loop = monitorEventLoopDelay({ resolution: 20 });
    loop.enable();
    const progress = setInterval(() => {
      const created = [...sources.values()].reduce((n, s) => n + s.created.size, 0);
      const open = [...audits.values()].reduce((n, a) => n + a.openCount, 0);
      const launched = arrivals.reduce((n, a) => n + a.launched, 0);
      say(
        `launched ${launched}, created ${created}, open ${open}, load ${os.loadavg()[0]?.toFixed(1)}, this process's loop delay max ${Math.round(loop.max / 1e6)} ms`,
      );
      loop.reset();
    }, 10_000);
    await Promise.all(arrivals.map((a) => a.run(endAt)));
    const loadTo = Date.now();
    await chaos.stop();
    say('creation and kills over; waiting for every creation to be acknowledged');
    await Promise.all(arrivals.map((a) => a.settled()));

    // Every contact served to its end.
    const drainStart = Date.now();
    let stuck: string | null = null;
    try {
      await cluster.ready(60_000);
    } catch {
      stuck = `no ready cluster 60 s after the last kill (leases ${JSON.stringify(Object.fromEntries(watch.holders))})`;
      say(stuck);
    }
    for (;;) {
      let done = true;
      for (const d of names) {
        await tails
          .get(d)!
          .catchUp(30_000)
          .catch((e: unknown) => say(`${d}: ${(e as Error).message}`));
        const r = audits.get(d)!.result();
        if (r.open.length > 0 || ![...sources.get(d)!.created.values()].every((id) => r.contacts.has(id))) done = false;
      }
      if (done) break;
      if (stuck !== null || Date.now() - drainStart > DRAIN_TIMEOUT_MS) {
        say('drain timed out');
        break;
      }
      await sleep(500);
    }
    const drainMs = Date.now() - drainStart;
    clearInterval(progress);
    loop.disable();
    await watch.stop();

    const reports: WorkerReport[] = await Promise.all(workers.map((w) => w.ask({ type: 'finish' }, 'done', 60_000)));
    const received = new Set(reports.flatMap((r) => r.received));
    for (const xs of offeredAt.values()) xs.sort((a, b) => a - b);

    const rows: DomainFigures[] = [];
    const details: string[] = [];
    for (const d of names) {
      const tail = tails.get(d)!;
      await tail.catchUp(30_000).catch((e: unknown) => say(`${d}: ${(e as Error).message}`));
      const r = audits.get(d)!.result();
      const source = sources.get(d)!;
      const acked = [...source.created.values()];
      const missing = acked.filter((id) => !r.contacts.has(id));
      const notStored = [...received].filter((x) => x.slice(x.lastIndexOf(':') + 1).startsWith(`${d}-`) && !r.offered.has(x));
      details.push(...r.violations.map((v) => `${d}: ${v}`), ...missing.slice(0, 5).map((id) => `${d}: acknowledged, not stored: ${id}`));
      details.push(...r.open.slice(0, 5).map((id) => `${d}: never ended: ${id}`), ...notStored.slice(0, 5).map((x) => `${d}: offer not stored: ${x}`));
      details.push(...tail.breaks.map((b) => `${d}: audit break: ${b}`), ...source.errors.slice(0, 5).map((e) => `${d}: gave up: ${e}`));
      rows.push({
        domain: d,
        master: masters.get(d)!,
        created: source.created.size,
        offers: r.offers,
        lost: missing.length + r.open.length,
        duplicated: r.counts['duplicate customer'] + r.counts['created twice'],
        doubleOffered: r.counts['double offer'],
        overCapacity: r.counts['over capacity'],
        outOfOrder: r.counts['out of order'],
        offersNotStored: notStored.length,
        otherViolations: r.counts['ended twice'] + r.counts['ended never created'],
        neverAcknowledged: source.errors.length,
        auditWhole: tail.whole,
        ...timing(d, offeredAt.get(d)!, chaos.kills, watch.changes, loadFrom, loadTo),
      });
    }

    const sum = (f: (r: DomainFigures) => number): number => rows.reduce((n, r) => n + f(r), 0);
    const restarts = chaos.kills.flatMap((k) => (k.restartMs === null ? [] : [k.restartMs]));
    const f: Figures = {
      mode: 'domains',
      date: new Date().toISOString(),
      seconds: o.seconds,
      rate: o.rate,
      agents: all.length,
      servers: o.servers,
      domains: o.domains,
      workers: o.workers,
      killEverySeconds: o.killEverySeconds,
      created: sum((r) => r.created),
      lost: sum((r) => r.lost),
      duplicated: sum((r) => r.duplicated),
      doubleOffered: sum((r) => r.doubleOffered),
      overCapacity: sum((r) => r.overCapacity),
      outOfOrder: sum((r) => r.outOfOrder),
      offersNotStored: sum((r) => r.offersNotStored),
      otherViolations: sum((r) => r.otherViolations),
      neverAcknowledged: sum((r) => r.neverAcknowledged),
      auditWhole: rows.every((r) => r.auditWhole),
      kills: chaos.kills.length,
      crashes: chaos.crashes.length,
      stuck,
      restartMs: spreadOf(restarts),
      drainMs,
      serverLog: spreadLog(logDir),
      perDomain: rows,
      loadavg: { start: round(loadStart), max1m: round(loadMax), end: os.loadavg().map((x) => round(x)) },
      cores: os.cpus().length,
    };
    print(f, chaos, details, logDir);
  } finally {
    clearInterval(loadTimer);
    for (const w of workers) w.kill();
    await Promise.all([...sources.values()].map((s) => s.close()));
    await watch?.stop();
    await cluster?.stop();
    await Promise.all([...tails.values()].map((t) => t.stop()));
    client?.disconnect();
    await redis.cleanup();
  }
}

/** Counts the domain spread's lines in the servers' logs (pino JSON, `server-<port>.log`). */
function spreadLog(dir: string): { aliveChanges: number; handOvers: number } {
  let aliveChanges = 0;
  let handOvers = 0;
  for (const f of readdirSync(dir).filter((name) => name.startsWith('server-'))) {
    for (const line of readFileSync(path.join(dir, f), 'utf8').split('\n')) {
      if (line.includes('"routing domains: processes alive changed"')) aliveChanges++;
      else if (line.includes('"handing the routing over"')) handOvers++;
    }
  }
  return { aliveChanges, handOvers };
}

/** A domain's failovers, its gaps while others failed over, and its handovers. */
function timing(
  d: string,
  offers: readonly number[],
  kills: readonly Kill[],
  changes: readonly LeaseChange[],
  loadFrom: number,
  loadTo: number,
): Pick<
  DomainFigures,
  | 'leaderKills'
  | 'leaseTakenOverMs'
  | 'firstOfferMs'
  | 'othersKilled'
  | 'gapWhileOthersFailedOverMs'
  | 'gapP99Ms'
  | 'gapBeforeKillsMaxMs'
  | 'handovers'
  | 'handoverGapMaxMs'
> {
  const mine = kills.filter((k) => k.domains.includes(d));
  const lease = mine.flatMap((k) => {
    const c = changes.find((x) => x.domain === d && x.at > k.at && x.to !== null && x.to !== k.pid);
    return c === undefined ? [] : [c.at - k.at];
  });
  const first = mine.flatMap((k) => {
    const x = offers.find((t) => t > k.at);
    return x === undefined ? [] : [x - k.at];
  });
  // While another domain fails over: from the kill to its lease taken over and one more lease period
  // (the new leader's recovery), at least 5 s; a leader change of this domain in that window is a handover, counted below.
  const others = kills.filter((k) => !k.domains.includes(d));
  const windows = others.map((k) => {
    const taken = k.domains.map((x) => changes.find((c) => c.domain === x && c.at > k.at && c.to !== null && c.to !== k.pid)?.at ?? k.at + 30_000);
    return { from: k.at, to: Math.max(k.at + 5000, ...taken.map((t) => t + LEASE_MS)) };
  });
  // Leader changes of this domain under load that no kill of its leader explains.
  const moves: LeaseChange[] = [];
  let holder: number | null = null;
  for (const c of changes.filter((x) => x.domain === d)) {
    if (c.to === null) continue;
    const unexplained = !mine.some((k) => k.pid === holder && k.at <= c.at && c.at - k.at < 35_000);
    if (holder !== null && c.to !== holder && unexplained && c.at >= loadFrom && c.at <= loadTo) moves.push(c);
    holder = c.to;
  }
  const quiet = windows.filter((w) => !moves.some((m) => m.at > w.from - 5000 && m.at < w.to + 5000));
  const gaps: number[] = [];
  const during = offers.filter((t) => t >= loadFrom && t <= loadTo);
  for (let i = 1; i < during.length; i++) gaps.push((during[i] as number) - (during[i - 1] as number));
  const firstKill = kills[0]?.at;
  return {
    leaderKills: mine.length,
    leaseTakenOverMs: spreadOf(lease),
    firstOfferMs: spreadOf(first),
    othersKilled: quiet.length,
    gapWhileOthersFailedOverMs: quiet.length === 0 ? null : Math.max(...quiet.map((w) => longestGap(offers, w.from, Math.min(w.to, loadTo)))),
    gapP99Ms: gaps.length === 0 ? 0 : quantile(gaps, 0.99),
    gapBeforeKillsMaxMs: firstKill === undefined ? null : longestGap(offers, loadFrom + 2000, firstKill),
    handovers: moves.length,
    handoverGapMaxMs:
      moves.length === 0 ? null : Math.max(...moves.map((m) => longestGap(offers, Math.max(loadFrom, m.at - 5000), Math.min(loadTo, m.at + 10_000)))),
  };
}

function print(f: Figures, chaos: DomainChaos, details: readonly string[], logDir: string): void {
  const ms = (x: number | null): string => (x === null ? '–' : `${x}`);
  const sp = (x: Spread | null): string => (x === null ? '–' : `${x.median} / ${x.max}`);
  const head = [
    'domain',
    'master',
    'created',
    'offers',
    'leader kills',
    'lease taken over ms (med / max)',
    'first new offer ms (med / max)',
    'other kills',
    'longest gap while another failed over ms',
    'gap p99 / longest before kills ms',
    'handovers (longest gap ms)',
  ];
  const table = f.perDomain.map((r) => [
    r.domain,
    String(r.master),
    String(r.created),
    String(r.offers),
    String(r.leaderKills),
    sp(r.leaseTakenOverMs),
    sp(r.firstOfferMs),
    String(r.othersKilled),
    ms(r.gapWhileOthersFailedOverMs),
    `${r.gapP99Ms} / ${ms(r.gapBeforeKillsMaxMs)}`,
    r.handovers === 0 ? '0' : `${r.handovers} (${ms(r.handoverGapMaxMs)})`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...table.map((row) => (row[i] as string).length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => c.padEnd(widths[i] as number)).join('  ');
  const out: string[] = [
    '',
    `bench:chaos --domains ${f.domains}`,
    '',
    `run: ${f.seconds} s at ${f.rate}/s over ${f.domains} domains, ${f.agents} agents on ${f.servers} servers (${f.workers} client processes), a domain's leader killed every ${f.killEverySeconds} s; Redis Cluster of 3 masters`,
    `contacts created (acknowledged) ${f.created}; lost ${f.lost}; duplicated ${f.duplicated}; double-offered ${f.doubleOffered}; over capacity ${f.overCapacity}; out of order ${f.outOfOrder}; offers not stored ${f.offersNotStored}; ended twice / never created ${f.otherViolations}; creations given up ${f.neverAcknowledged}; audit ${f.auditWhole ? 'whole' : 'NOT whole'}`,
    `kills ${f.kills}, unexpected exits ${f.crashes}${f.stuck === null ? '' : `; STUCK: ${f.stuck}`}; killed process listening again ${sp(f.restartMs)} ms (med / max); drain ${f.drainMs} ms`,
    `servers' logs: the count of processes alive changed ${f.serverLog.aliveChanges} times (summed over the processes), ${f.serverLog.handOvers} domains handed over`,
    `load average ${f.loadavg.start} at start, ${f.loadavg.max1m} max (1 min), ${f.loadavg.end.join(' / ')} at end; ${f.cores} cores`,
    '',
    line(head),
    ...table.map(line),
    '',
    'kills:',
  ];
  const t0 = chaos.kills[0]?.at ?? 0;
  for (const k of chaos.kills) out.push(`  +${Math.round((k.at - t0) / 1000)} s  ${k.port} leading ${k.domains.join(', ')}  restart ${ms(k.restartMs)} ms`);
  out.push(`server logs: ${logDir}`);
  if (details.length > 0) out.push('', `problems (${details.length}):`, ...details.slice(0, 30).map((x) => `  ${x}`));
  for (const c of chaos.crashes) out.push('', `server ${c.port} exited on its own:`, c.output);
  out.push('');
  process.stdout.write(out.join('\n') + '\n');
  process.stdout.write(JSON.stringify(f) + '\n');
}
