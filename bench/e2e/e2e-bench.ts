/**
 * bench:e2e — Switchboard as its users see it (DESIGN §8).
 *
 * The real server (`switchboard serve`, in-memory store) in a child process,
 * 5,000 simulated agents spread over client processes, and one integration
 * creating contacts open-loop (Poisson arrivals at 1,000/s, latency counted
 * from each contact's intended send time, so a stalled client or server
 * cannot hide its own delay). Phases, each against a fresh server:
 *
 * 1. uWebSockets.js transport: idle agents (RSS per agent), the load
 *    (offer latency, assignment latency, messages/s, server CPU per
 *    message, lost contacts), then closed-loop ping saturations in pairs:
 *    the gateway's, then a bare uWebSockets.js echo server's (the ceiling of
 *    messages per second on this machine) with the same client processes and
 *    frames, `--rounds N` times (default 3); the median pair's ratios stand
 *    for the run (one saturation follows the machine's moment);
 * 2. the same load with `--transport ws`, and one saturation;
 * 3. memory: 100,000 contacts waiting with no agent (RSS per waiting contact);
 * 4. with `--store redis`: phase 1's load again with the state on a private
 *    redis-server (AOF, appendfsync everysec): every reply and offer then
 *    waits for Redis to acknowledge the change behind it.
 *
 * `--quick`: shorter phases (under 3 minutes). `--cpu-prof`: phase 1's load
 * only, with the server under `node --cpu-prof`, and a summary of the profile
 * (`--profile-ping`: the ping saturation instead of the load; with
 * `--store redis`: that load with the state on Redis).
 * `--workers N`: agent client processes (default 2). `--supervisors N`:
 * N supervisor wallboards subscribed during the load phases (default 0),
 * each getting every event (the fan-out the gateway batches per socket),
 * subscribed `batched` as the SDK and the wallboard do (`--unbatched`: one
 * frame per event, as before batches).
 * `--only supervisors`: phase 1's load with 50 supervisors (`--supervisors`),
 * the first re-subscribing every second (`--resubscribe-ms`) and walking
 * every page of a snapshot over 10,000 contacts of 20 KiB context waiting
 * in a queue no agent serves (`--backlog`, `--backlog-bytes`); it reports
 * the server's longest event-loop turn (loop-probe.ts: no request, snapshot
 * page included, may hold routing more than 5 ms).
 * `--stall-log <dir>`: every process records its GC pauses and event-loop
 * stalls there, the agents their slow offers (see `slow-offers.ts`).
 * `SWITCHBOARD_BENCH_SERVER_FLAGS="--flag …"` (environment): extra node flags
 * for the server alone (a V8 setting's A/B, `--trace-gc-nvp` with `--stall-log`,
 * whose server-out.txt then holds the trace).
 * `--only uws|redis`: that load phase alone (quick comparisons); `--only ping`
 * (`--rounds N`): phase 1's saturation pairs alone (agents connected, no
 * load), with their ratios; `--only memory`: the memory phase alone.
 * The server runs with the node flags of `bin/switchboard.js`'s first line.
 * Prints a table, then one JSON line.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Latency, quantile, round } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import { ClientProcess } from './client-process.js';
import { summarizeProfile } from './profile-summary.js';
import { startServer, type ServerProcess } from './server-process.js';
import { startRedis } from './redis-process.js';
import { gcDelta, loopDuring, readGc, type GcReading, type LoopReading } from './server-readings.js';
import { benchConfig, LOOP_PROBE_ENV, nowMs, STALL_LOG_ENV } from './workload.js';
import type { AgentStats, IntegrationStats, SaturateResult, SettleResult, SupervisorStats } from './worker-protocol.js';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'cpu-prof': { type: 'boolean', default: false },
    /** With --cpu-prof: profile the ping saturation instead of the load. */
    'profile-ping': { type: 'boolean', default: false },
    workers: { type: 'string', default: '2' },
    agents: { type: 'string', default: '5000' },
    rate: { type: 'string', default: '1000' },
    seconds: { type: 'string' },
    waiting: { type: 'string' },
    /** Supervisor wallboards subscribed during the load (each gets every event); default none. */
    supervisors: { type: 'string', default: '0' },
    /** Supervisors subscribe without `batched`: one frame per event. */
    unbatched: { type: 'boolean', default: false },
    /** Contacts waiting in a queue no agent serves during the load (each with `--backlog-bytes` of context). */
    backlog: { type: 'string', default: '0' },
    'backlog-bytes': { type: 'string', default: '20480' },
    /** With supervisors: the first subscribes again this often (ms), walking every page; 0 never. */
    'resubscribe-ms': { type: 'string', default: '0' },
    /** `redis`: add a load phase with the state on Redis (a private redis-server). */
    store: { type: 'string', default: 'memory' },
    /**
     * Investigations: `uws` or `redis` runs that load phase alone (no saturation, no table but its rows);
     * `ping` runs the gateway's and the echo's ping saturations in turns, `--rounds` pairs; `memory` the memory phase.
     */
    only: { type: 'string' },
    rounds: { type: 'string', default: '3' },
    /** Investigations: a directory for stall logs (see STALL_LOG below). */
    'stall-log': { type: 'string' },
  },
});
const quick = flags.quick === true;
const profiling = flags['cpu-prof'] === true;
const profilePing = profiling && flags['profile-ping'] === true;
const WORKERS = Math.max(1, Number(flags.workers));
const AGENTS = Number(flags.agents);
const RATE = Number(flags.rate);
const LOAD_SECONDS = profilePing ? 0 : Number(flags.seconds ?? (quick ? 10 : 30));
const WARMUP_SECONDS = profilePing ? 0 : quick ? 2 : 5;
const SATURATE_SECONDS = quick ? 3 : 6;
const WAITING = Number(flags.waiting ?? 100_000);
/** `--only supervisors`: DESIGN §8's bar with wallboards: 50 supervisors, one re-subscribing every second over a backlog of 10,000 contacts of 20 KiB. */
const SUPERVISOR_PHASE = flags.only === 'supervisors';
const SUPERVISORS = SUPERVISOR_PHASE && flags.supervisors === '0' ? 50 : Number(flags.supervisors);
const BACKLOG = SUPERVISOR_PHASE && flags.backlog === '0' ? 10_000 : Number(flags.backlog);
const BACKLOG_BYTES = Number(flags['backlog-bytes']);
const RESUBSCRIBE_MS = SUPERVISOR_PHASE && flags['resubscribe-ms'] === '0' ? 1000 : Number(flags['resubscribe-ms']);
const STORE = flags.store;
const ONLY = flags.only;
if (ONLY !== undefined && ONLY !== 'uws' && ONLY !== 'redis' && ONLY !== 'ping' && ONLY !== 'memory' && ONLY !== 'supervisors') {
  throw new Error(`--only must be uws, redis, ping, memory or supervisors, not ${ONLY}`);
}
/** Pairs of saturations, the gateway's then the echo's (`--rounds`). */
const SAT_PAIRS = Math.max(1, Number(flags.rounds));
/**
 * Investigations: a directory for stall logs. Every process then records its
 * GC pauses and event-loop stalls (stall-log.ts), the agent processes their
 * offers slower than 5 ms, the server its stdout, and the bench when each load
 * phase began (`phases.txt`); `node dist/bench/e2e/slow-offers.js <dir>` then
 * says which stalls the slow offers of the last load phase fell into.
 */
const STALL_LOG = flags['stall-log'] === undefined ? '' : path.resolve(flags['stall-log']);
const STALL_PRELOAD = ['--import', new URL('./stall-log.js', import.meta.url).href];
if (STALL_LOG !== '') {
  mkdirSync(STALL_LOG, { recursive: true });
  // How the child processes (and the preload in each) learn it: set by this bench for its children only.
  process.env[STALL_LOG_ENV] = STALL_LOG;
}
if (STORE !== 'memory' && STORE !== 'redis') throw new Error(`--store must be memory or redis, not ${STORE}`);
/** Saturation: 100 sockets in all (as in DESIGN §8), 8 pings in flight on each. */
const SAT_CONNECTIONS = 100;
const SAT_WINDOW = 8;
/** No process of this run lives longer than this. */
const MAX_SECONDS = 15 * 60;

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const MiB = 1024 * 1024;
const spawnClients = (n: number): ClientProcess[] =>
  Array.from({ length: n }, () => new ClientProcess({ execArgv: STALL_LOG === '' ? [] : STALL_PRELOAD, maxSeconds: MAX_SECONDS }));

// ---- phases -------------------------------------------------------------------------------------

/** Connects and logs in the `AGENTS` agents, split evenly over the client processes. */
async function connectAgents(clients: ClientProcess[], url: string): Promise<void> {
  const per = Math.ceil(AGENTS / clients.length);
  await Promise.all(clients.map((c, i) => c.call({ type: 'connectAgents', url, from: i * per, to: Math.min(AGENTS, (i + 1) * per) })));
}

interface SaturationResult {
  /** Messages (requests + replies) per second through the server. */
  readonly msgsPerS: number;
  readonly cpuUsPerMsg: number;
  readonly cpuPct: number;
  /** The gateway's collections during the saturation (none read for the echo). */
  readonly gc: GcReading | null;
}

async function saturate(server: ServerProcess, clients: ClientProcess[], url: string | null): Promise<SaturationResult> {
  const per = Math.ceil(SAT_CONNECTIONS / clients.length);
  await Promise.all(clients.map((c) => c.call({ type: 'stats' })));
  const gc0 = url === null ? await readGc(server.port) : null;
  const u0 = server.usage();
  const rs = await Promise.all(
    clients.map((c) => c.call<SaturateResult>({ type: 'saturate', url, connections: per, window: SAT_WINDOW, seconds: SATURATE_SECONDS })),
  );
  const u1 = server.usage();
  const gc = url === null ? gcDelta(gc0, await readGc(server.port)) : null;
  const counters = await Promise.all(clients.map((c) => c.call<AgentStats>({ type: 'stats' })));
  const frames = counters.reduce((n, s) => n + s.framesIn + s.framesOut, 0);
  const replies = rs.reduce((n, r) => n + r.replies, 0);
  const seconds = Math.max(...rs.map((r) => r.seconds));
  const cpu = u1.cpuSeconds - u0.cpuSeconds;
  return { msgsPerS: (2 * replies) / seconds, cpuUsPerMsg: (cpu * 1e6) / frames, cpuPct: (100 * cpu) / seconds, gc };
}

/** The gateway's and the echo's saturations in turns: pair i ran back to back, under the same moment of the machine. */
interface PairedSaturation {
  readonly gateway: readonly SaturationResult[];
  readonly echo: readonly SaturationResult[];
}

/**
 * Saturates the gateway and a bare echo (started here, idle in between) in
 * turns, `pairs` times, with the same client processes. One saturation's
 * figures follow the machine's moment (the echo's CPU a message swung
 * 1.1–2.1 µs from run to run on the shared 2 cores), so they are compared
 * pair by pair, and the median pair stands for the run.
 */
async function pairedSaturation(server: ServerProcess, clients: ClientProcess[], pairs: number, label: string): Promise<PairedSaturation> {
  const echoServer = await startServer({ kind: 'echo', maxSeconds: MAX_SECONDS });
  const echoUrl = `ws://127.0.0.1:${echoServer.port}`;
  const gateway: SaturationResult[] = [];
  const echo: SaturationResult[] = [];
  try {
    await sleep(500);
    log(`  ${label}: ping saturation ${SATURATE_SECONDS} s (${SAT_CONNECTIONS} sockets x ${SAT_WINDOW} in flight), then the echo's, ${pairs} times`);
    for (let i = 0; i < pairs; i++) {
      gateway.push(await saturate(server, clients, null));
      echo.push(await saturate(echoServer, clients, echoUrl));
    }
  } finally {
    await echoServer.stop();
  }
  return { gateway, echo };
}

/** The median pair (for an even count, the lower of the middle two: always a pair that ran). */
const median = (xs: readonly number[]): number => quantile(xs, 0.5);

/** Per pair, gateway / echo: messages a second and CPU a message. */
const pairRatios = (p: PairedSaturation): { readonly msgs: number[]; readonly cpu: number[] } => ({
  msgs: p.gateway.map((g, i) => g.msgsPerS / p.echo[i]!.msgsPerS),
  cpu: p.gateway.map((g, i) => g.cpuUsPerMsg / p.echo[i]!.cpuUsPerMsg),
});

interface LoadResult {
  readonly transport: string;
  readonly offer: Latency;
  readonly assign: Latency;
  readonly late: Latency;
  readonly offers: number;
  readonly settle: SettleResult;
  readonly contactsPerS: number;
  readonly msgsPerS: number;
  readonly cpuUsPerMsg: number;
  readonly cpuPct: number;
  readonly rssIdle: number;
  readonly rssAgents: number;
  readonly rssLoadEnd: number;
  readonly errors: number;
  /** The server's own garbage collection during the load (from its /metrics), or null when unreadable. */
  readonly gc: GcReading | null;
  /** Event-loop delay of the client processes during the load, ms: the worst agent process's, the integration's. */
  readonly clientLoop: { readonly agentP99: number; readonly agentMax: number; readonly integP99: number; readonly integMax: number };
  readonly saturation: PairedSaturation | null;
  /** The server's longest event-loop turn during the load (1-ms resolution). */
  readonly loop: LoopReading | null;
  /** What the supervisors' processes saw: snapshots walked (the re-subscriber's), pages, walk times. */
  readonly supervisors: { readonly snapshots: number; readonly pages: number; readonly walkMs: readonly number[] };
  /** Monotonic µs: the load run and the saturation, to cut the server's profile. */
  readonly loadWindow: readonly [number, number];
  readonly saturationWindow: readonly [number, number];
}

async function loadPhase(transport: 'uws' | 'ws', configFile: string, cpuProfDir?: string, store?: string): Promise<LoadResult> {
  const server = await startServer({
    kind: 'switchboard',
    transport,
    configFile,
    maxSeconds: MAX_SECONDS,
    ...(cpuProfDir === undefined ? {} : { cpuProfDir }),
    ...(store === undefined ? {} : { store }),
  });
  const label = store === undefined ? transport : `${transport}+redis`;
  const url = `ws://127.0.0.1:${server.port}`;
  const agentClients = spawnClients(WORKERS);
  const [integrationClient] = spawnClients(1) as [ClientProcess];
  const supervisorClients = SUPERVISORS > 0 ? spawnClients(1) : [];
  try {
    await sleep(1000);
    const rssIdle = server.usage().rssBytes;
    const t0 = performance.now();
    await connectAgents(agentClients, url);
    log(`  ${label}: ${AGENTS} agents connected and logged in over ${WORKERS} processes in ${round((performance.now() - t0) / 1000, 1)} s`);
    await integrationClient.call({ type: 'connectIntegration', url, id: 'bench-ivr' });
    if (BACKLOG > 0) {
      const b0 = performance.now();
      await integrationClient.call({ type: 'backlog', count: BACKLOG, contextBytes: BACKLOG_BYTES, window: 50 });
      log(
        `  ${label}: ${BACKLOG} contacts of ${BACKLOG_BYTES} bytes of context waiting in a queue no agent serves (${round((performance.now() - b0) / 1000, 1)} s)`,
      );
    }
    for (const c of supervisorClients) {
      await c.call({
        type: 'connectSupervisors',
        url,
        count: SUPERVISORS,
        batched: flags.unbatched !== true,
        ...(RESUBSCRIBE_MS > 0 ? { resubscribeEveryMs: RESUBSCRIBE_MS } : {}),
      });
    }
    await sleep(2000);
    const rssAgents = server.usage().rssBytes;

    log(`  ${label}: warm-up ${WARMUP_SECONDS} s at ${RATE}/s`);
    await integrationClient.call({ type: 'run', rate: RATE, seconds: WARMUP_SECONDS, seed: 1, tag: 'warm' });
    await integrationClient.call({ type: 'settle', timeoutMs: 5000 });
    await sleep(2500); // warm-up contacts finish
    const all = [...agentClients, integrationClient, ...supervisorClients];
    await Promise.all(all.map((c) => c.call({ type: 'stats' })));

    log(`  ${label}: load ${LOAD_SECONDS} s at ${RATE}/s (Poisson, open loop)`);
    const u0 = server.usage();
    const gc0 = await readGc(server.port);
    const loadStart = nowMs() * 1000;
    if (STALL_LOG !== '') appendFileSync(`${STALL_LOG}/phases.txt`, `${nowMs().toFixed(3)} load ${label}\n`);
    const s0 = performance.now();
    await integrationClient.call({ type: 'run', rate: RATE, seconds: LOAD_SECONDS, seed: 2, tag: 'load' });
    const seconds = (performance.now() - s0) / 1000;
    const loadEnd = nowMs() * 1000;
    const u1 = server.usage();
    const gc = gcDelta(gc0, await readGc(server.port));
    const agentRun = await Promise.all(agentClients.map((c) => c.call<AgentStats>({ type: 'stats' })));
    const integRun = await integrationClient.call<IntegrationStats>({ type: 'stats' });
    const supRun = await Promise.all(supervisorClients.map((c) => c.call<SupervisorStats>({ type: 'stats' })));
    const loop = loopDuring(loadStart / 1000, loadEnd / 1000);
    const settle = await integrationClient.call<SettleResult>({ type: 'settle', timeoutMs: 10_000 });
    for (const n of server.notices) log(`  ${label}: ${n}`);
    const rssLoadEnd = server.usage().rssBytes;
    const agentTail = await Promise.all(agentClients.map((c) => c.call<AgentStats>({ type: 'stats' })));
    const integTail = await integrationClient.call<IntegrationStats>({ type: 'stats' });

    const offer = new Latency();
    const assign = new Latency();
    const late = new Latency();
    let offers = 0;
    let errors = integRun.errors + integTail.errors;
    for (const s of [...agentRun, ...agentTail]) {
      for (const ms of s.offerMs) offer.record(ms * 1e6);
      offers += s.offers;
      errors += s.errors;
    }
    for (const s of [integRun, integTail]) {
      for (const ms of s.assignMs) assign.record(ms * 1e6);
      for (const ms of s.lateMs) late.record(ms * 1e6);
    }
    const frames = [...agentRun, integRun, ...supRun].reduce((n, s) => n + s.framesIn + s.framesOut, 0);
    const cpu = u1.cpuSeconds - u0.cpuSeconds;
    for (const s of supRun) errors += s.errors;
    errors += server.warnings.length;

    let saturation: PairedSaturation | null = null;
    let saturationWindow: [number, number] = [0, 0];
    if ((!profiling || profilePing) && store === undefined && ONLY === undefined) {
      await sleep(3000); // the last contacts finish (handle <= 2 s, wrap-up <= 0.5 s)
      const satStart = nowMs() * 1000;
      // The uWS gateway against the echo in pairs; the ws transport once (it is not held to the echo).
      if (transport === 'uws' && !profiling) saturation = await pairedSaturation(server, agentClients, SAT_PAIRS, transport);
      else {
        log(`  ${transport}: ping saturation ${SATURATE_SECONDS} s (${SAT_CONNECTIONS} sockets x ${SAT_WINDOW} in flight)`);
        saturation = { gateway: [await saturate(server, agentClients, null)], echo: [] };
      }
      saturationWindow = [satStart, nowMs() * 1000];
    }
    return {
      transport,
      offer,
      assign,
      late,
      offers,
      settle,
      contactsPerS: integRun.created / seconds,
      msgsPerS: frames / seconds,
      cpuUsPerMsg: (cpu * 1e6) / frames,
      cpuPct: (100 * cpu) / seconds,
      rssIdle,
      rssAgents,
      rssLoadEnd,
      errors,
      gc,
      clientLoop: {
        agentP99: Math.max(...agentRun.map((a) => a.loopP99Ms)),
        agentMax: Math.max(...agentRun.map((a) => a.loopMaxMs)),
        integP99: integRun.loopP99Ms,
        integMax: integRun.loopMaxMs,
      },
      saturation,
      loop,
      supervisors: {
        snapshots: supRun.reduce((n, x) => n + (x.snapshots ?? 0), 0),
        pages: supRun.reduce((n, x) => n + (x.pages ?? 0), 0),
        walkMs: supRun.flatMap((x) => x.walkMs ?? []),
      },
      loadWindow: [loadStart, loadEnd],
      saturationWindow,
    };
  } finally {
    await Promise.all([...agentClients, integrationClient, ...supervisorClients].map((c) => c.close()));
    await server.stop();
  }
}

/** The gateway's ping saturation alone, in pairs with the echo's: a fresh server, the agents connected, no contact. */
async function pingPhase(configFile: string, pairs: number): Promise<PairedSaturation> {
  const server = await startServer({ kind: 'switchboard', transport: 'uws', configFile, maxSeconds: MAX_SECONDS });
  const url = `ws://127.0.0.1:${server.port}`;
  const clients = spawnClients(WORKERS);
  try {
    await connectAgents(clients, url);
    await sleep(1000);
    return await pairedSaturation(server, clients, pairs, 'uws');
  } finally {
    await Promise.all(clients.map((c) => c.close()));
    await server.stop();
  }
}

interface MemoryResult {
  readonly perWaiting: number;
  readonly fillSeconds: number;
  readonly rssBefore: number;
  readonly rssAfter: number;
}

async function memoryPhase(configFile: string): Promise<MemoryResult> {
  const server = await startServer({ kind: 'switchboard', transport: 'uws', configFile, maxSeconds: MAX_SECONDS });
  const [integ] = spawnClients(1) as [ClientProcess];
  try {
    await integ.call({ type: 'connectIntegration', url: `ws://127.0.0.1:${server.port}`, id: 'bench-ivr' });
    await sleep(1000);
    const rssBefore = server.usage().rssBytes;
    log(`  memory: ${WAITING} contacts waiting, no agent`);
    const t0 = performance.now();
    await integ.call({ type: 'fill', count: WAITING, window: 200 });
    const fillSeconds = (performance.now() - t0) / 1000;
    await sleep(2000);
    const rssAfter = server.usage().rssBytes;
    return { perWaiting: (rssAfter - rssBefore) / WAITING, fillSeconds, rssBefore, rssAfter };
  } finally {
    await integ.close();
    await server.stop();
  }
}

// ---- the run --------------------------------------------------------------------------------------

function log(line: string): void {
  process.stdout.write(`${line}\n`);
}

const row = (cells: (string | number)[]): string => cells.map((c, i) => (i === 0 ? String(c).padEnd(34) : String(c).padStart(14))).join('');
const ms = (l: Latency, p: number): number => round(l.us(p) / 1000, 2);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
const gcCells = (g: GcReading | null): string => (g === null ? '?' : `${g.minor.count}/${Math.round(g.minor.ms)} ${g.major.count}/${Math.round(g.major.ms)}`);
const gcText = (g: GcReading | null, seconds: number): string =>
  g === null
    ? 'unreadable'
    : `minor ${g.minor.count} (${round(g.minor.ms, 0)} ms), major ${g.major.count} (${round(g.major.ms, 0)} ms): ${round(((g.minor.ms + g.major.ms) / (seconds * 1000)) * 100, 2)} % of the load`;
/** Event-loop delay p99/max of each process during the load (each stall is part of the latencies measured through it). */
const loopText = (r: LoadResult): string =>
  `server ${r.gc === null ? '?' : `${round(r.gc.loopP99Ms, 1)}/${round(r.gc.loopMaxMs, 1)}`} (10-ms resolution), ` +
  `agent processes ${round(r.clientLoop.agentP99, 1)}/${round(r.clientLoop.agentMax, 1)}, integration ${round(r.clientLoop.integP99, 1)}/${round(r.clientLoop.integMax, 1)} (1-ms resolution)`;
const load = (): string =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Runs a phase against a private redis-server, then prints the latency events Redis saw (over 5 ms). */
async function onRedis<T>(phase: (url: string) => Promise<T>): Promise<T> {
  const r = await startRedis();
  try {
    const result = await phase(r.url);
    const events = await r.latencyEvents();
    log(`  redis: ${events.length === 0 ? 'no latency event over 5 ms' : `latency events over 5 ms: ${events.join('; ')}`}`);
    return result;
  } finally {
    await r.stop();
  }
}

/** Each pair's saturations and ratios, then the medians against the targets. */
function logPairs(p: PairedSaturation): void {
  const ratios = pairRatios(p);
  p.gateway.forEach((g, i) => {
    const e = p.echo[i]!;
    log(row([`pair ${i + 1}: bare uWS echo`, fmt(e.msgsPerS), round(e.cpuUsPerMsg, 2), round(e.cpuPct, 1)]));
    log(row([`pair ${i + 1}: gateway, uws`, fmt(g.msgsPerS), round(g.cpuUsPerMsg, 2), round(g.cpuPct, 1)]));
    log(
      `  pair ${i + 1}: ${round(ratios.msgs[i]!, 2)}x the echo's messages/s, ${round(ratios.cpu[i]!, 2)}x its CPU per message; ` +
        `gateway GC minor n/ms major n/ms ${gcCells(g.gc)}`,
    );
  });
  log(
    `gateway (uws) vs echo, median of ${p.gateway.length} pairs: ${round(median(ratios.msgs), 2)}x the messages/s (target >= 0.5), ` +
      `${round(median(ratios.cpu), 2)}x the CPU per message (target <= 2)`,
  );
}

async function main(): Promise<void> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-e2e-'));
  const configFile = path.join(dir, 'config.json');
  process.env[LOOP_PROBE_ENV] = path.join(dir, 'loop.txt');
  writeFileSync(configFile, JSON.stringify(benchConfig(AGENTS, rng(5))));
  const started = new Date();
  const loadBefore = load();
  log(
    `bench:e2e  ${AGENTS} agents, ${RATE} contacts/s for ${LOAD_SECONDS} s, ${WORKERS} agent processes + 1 integration process` +
      `${SUPERVISORS > 0 ? ` + ${SUPERVISORS} subscribed supervisors` : ''}` +
      `${quick ? ' (quick)' : ''}${profiling ? ' (--cpu-prof)' : ''}\n` +
      `  ${os.cpus().length} cores (${os.cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${loadBefore}, ${started.toISOString()}`,
  );
  try {
    if (profiling) {
      const profDir = path.join(dir, 'prof');
      const r = STORE === 'redis' ? await onRedis((url) => loadPhase('uws', configFile, profDir, url)) : await loadPhase('uws', configFile, profDir);
      log(row([`uws${STORE === 'redis' ? '+redis' : ''} offer p50/p99/p99.9 ms`, ms(r.offer, 50), ms(r.offer, 99), ms(r.offer, 99.9)]));
      log(row(['server GC pauses during the load', gcText(r.gc, LOAD_SECONDS)]));
      const file = readdirSync(profDir).find((f) => f.endsWith('.cpuprofile'));
      if (file === undefined) throw new Error('no .cpuprofile written');
      const kept = path.join(os.tmpdir(), 'switchboard-bench-e2e-server.cpuprofile');
      rmSync(kept, { force: true });
      writeFileSync(kept, readFileSync(path.join(profDir, file)));
      const window = profilePing ? r.saturationWindow : r.loadWindow;
      const { functions, files } = summarizeProfile(kept, window);
      log(`\nserver profile, self time during the ${profilePing ? 'ping saturation' : 'load'} (${kept}, for DevTools):`);
      for (const f of functions) log(`  ${f.pct.toFixed(1).padStart(5)} %  ${f.name}`);
      log('by file / package:');
      for (const f of files) log(`  ${f.pct.toFixed(1).padStart(5)} %  ${f.name}`);
      return;
    }

    if (ONLY === 'ping') {
      logPairs(await pingPhase(configFile, SAT_PAIRS));
      return;
    }
    if (ONLY === 'memory') {
      const mem = await memoryPhase(configFile);
      log(row(['RSS before / after MiB', round(mem.rssBefore / MiB, 1), round(mem.rssAfter / MiB, 1)]));
      log(row(['bytes RSS per waiting contact', round(mem.perWaiting, 0)]));
      return;
    }
    if (ONLY !== undefined) {
      if (SUPERVISOR_PHASE) {
        log(
          `  supervisors: ${SUPERVISORS} subscribed${flags.unbatched === true ? ' (unbatched)' : ' (batched)'}, one re-subscribing every ${RESUBSCRIBE_MS} ms (walking every page), ` +
            `${BACKLOG} contacts of ${BACKLOG_BYTES} bytes waiting in a queue no agent serves`,
        );
      }
      const r = ONLY === 'redis' ? await onRedis((url) => loadPhase('uws', configFile, undefined, url)) : await loadPhase('uws', configFile);
      log(row([`${ONLY} offer p50/p99/p99.9/max ms`, ms(r.offer, 50), ms(r.offer, 99), ms(r.offer, 99.9), ms(r.offer, 100)]));
      log(row(['assignment at integration p99 ms', ms(r.assign, 99)]));
      log(row(['client send lateness p50/p99 ms', ms(r.late, 50), ms(r.late, 99)]));
      log(row(['lost / errors', r.settle.lost, r.errors]));
      log(row(['server CPU % / µs per message', round(r.cpuPct, 1), round(r.cpuUsPerMsg, 2)]));
      log(row(['server CPU µs per contact created', round(((r.cpuPct / 100) * 1e6) / r.contactsPerS, 0)]));
      log(row(['server GC pauses during the load', gcText(r.gc, LOAD_SECONDS)]));
      log(`event-loop delay p99/max ms: ${loopText(r)}`);
      log(row(['server longest loop turn ms (target <= 5)', r.loop === null ? '?' : r.loop.maxMs, 'worst 1-s p99', r.loop === null ? '?' : r.loop.p99Ms]));
      log(row(['server longest turn in CPU ms (busy machine)', r.loop === null ? '?' : r.loop.cpuMaxMs]));
      if (SUPERVISORS > 0) {
        const walks = [...r.supervisors.walkMs].sort((a, b) => a - b);
        log(
          row([
            'snapshots walked / pages',
            r.supervisors.snapshots,
            r.supervisors.pages,
            `walk p50 ${round(quantile(walks, 0.5), 0)} ms`,
            `max ${round(walks[walks.length - 1] ?? 0, 0)} ms`,
          ]),
        );
      }
      log(`load average ${load()}`);
      log(
        JSON.stringify({
          only: ONLY,
          offer_p50_ms: ms(r.offer, 50),
          offer_p99_ms: ms(r.offer, 99),
          offer_max_ms: ms(r.offer, 100),
          lost: r.settle.lost,
          errors: r.errors,
          supervisors: SUPERVISORS,
          batched: flags.unbatched !== true,
          backlog: BACKLOG,
          loop_max_ms: r.loop?.maxMs ?? null,
          loop_worst_p99_ms: r.loop?.p99Ms ?? null,
          loop_cpu_max_ms: r.loop?.cpuMaxMs ?? null,
          server_cpu_pct: round(r.cpuPct, 1),
          server_cpu_us_per_contact: round(((r.cpuPct / 100) * 1e6) / r.contactsPerS, 0),
          snapshots_walked: r.supervisors.snapshots,
          loadavg: os.loadavg().map((x) => round(x, 2)),
        }),
      );
      return;
    }
    log('phase 1: uWebSockets.js transport');
    const uws = await loadPhase('uws', configFile);
    log('phase 2: ws transport');
    const ws = await loadPhase('ws', configFile);
    log('phase 3: memory');
    const mem = await memoryPhase(configFile);
    let redis: LoadResult | null = null;
    if (STORE === 'redis') {
      log('phase 4: uWebSockets.js transport, state on Redis');
      redis = await onRedis((url) => loadPhase('uws', configFile, undefined, url));
    }
    const loadAfter = load();

    const perAgent = (uws.rssAgents - uws.rssIdle) / AGENTS;
    const lost = uws.settle.lost + ws.settle.lost + (redis?.settle.lost ?? 0);
    const pairs = uws.saturation!;
    const ratios = pairRatios(pairs);
    const echoMsgs = median(pairs.echo.map((e) => e.msgsPerS));
    const echoCpu = median(pairs.echo.map((e) => e.cpuUsPerMsg));
    const wsSat = ws.saturation!.gateway[0]!;
    log('');
    log(row(['', 'uws', 'ws']));
    log(row(['contacts created / s', round(uws.contactsPerS, 1), round(ws.contactsPerS, 1)]));
    log(row(['offer p50 ms', ms(uws.offer, 50), ms(ws.offer, 50)]));
    log(row(['offer p99 ms (target <= 5)', ms(uws.offer, 99), ms(ws.offer, 99)]));
    log(row(['offer p99.9 ms', ms(uws.offer, 99.9), ms(ws.offer, 99.9)]));
    log(row(['offer max ms', ms(uws.offer, 100), ms(ws.offer, 100)]));
    log(row(['assignment at integration p50 ms', ms(uws.assign, 50), ms(ws.assign, 50)]));
    log(row(['assignment at integration p99 ms', ms(uws.assign, 99), ms(ws.assign, 99)]));
    log(row(['client send lateness p50 ms', ms(uws.late, 50), ms(ws.late, 50)]));
    log(row(['client send lateness p99 ms', ms(uws.late, 99), ms(ws.late, 99)]));
    log(row(['offers received', uws.offers, ws.offers]));
    log(
      row([
        'created / offered / waiting',
        `${uws.settle.created}/${uws.settle.offered}/${uws.settle.waiting}`,
        `${ws.settle.created}/${ws.settle.offered}/${ws.settle.waiting}`,
      ]),
    );
    log(row(['lost contacts (must be 0)', uws.settle.lost, ws.settle.lost]));
    log(row(['server longest loop turn ms', uws.loop?.maxMs ?? '?', ws.loop?.maxMs ?? '?']));
    log(row(['errors', uws.errors, ws.errors]));
    log(row(['messages / s under load', fmt(uws.msgsPerS), fmt(ws.msgsPerS)]));
    log(row(['server CPU under load %', round(uws.cpuPct, 1), round(ws.cpuPct, 1)]));
    log(row(['server CPU µs / message (load)', round(uws.cpuUsPerMsg, 2), round(ws.cpuUsPerMsg, 2)]));
    log(row(['server GC: minor n / ms, major n / ms', gcCells(uws.gc), gcCells(ws.gc)]));
    log(
      row([
        'server RSS: idle / 5k agents MiB',
        `${round(uws.rssIdle / MiB, 1)}/${round(uws.rssAgents / MiB, 1)}`,
        `${round(ws.rssIdle / MiB, 1)}/${round(ws.rssAgents / MiB, 1)}`,
      ]),
    );
    log(row(['server RSS end of load MiB', round(uws.rssLoadEnd / MiB, 1), round(ws.rssLoadEnd / MiB, 1)]));
    log(row(['RSS per idle agent KiB (<= 16)', round(perAgent / 1024, 2), round((ws.rssAgents - ws.rssIdle) / AGENTS / 1024, 2)]));
    if (redis !== null) {
      log('');
      log(row(['state on Redis (uws)', 'memory', 'redis']));
      log(row(['contacts created / s', round(uws.contactsPerS, 1), round(redis.contactsPerS, 1)]));
      log(row(['offer p50 ms', ms(uws.offer, 50), ms(redis.offer, 50)]));
      log(row(['offer p99 ms (redis target <= 10)', ms(uws.offer, 99), ms(redis.offer, 99)]));
      log(row(['offer p99.9 ms', ms(uws.offer, 99.9), ms(redis.offer, 99.9)]));
      log(row(['assignment at integration p99 ms', ms(uws.assign, 99), ms(redis.assign, 99)]));
      log(row(['lost contacts (must be 0)', uws.settle.lost, redis.settle.lost]));
      log(row(['errors', uws.errors, redis.errors]));
      log(row(['messages / s under load', fmt(uws.msgsPerS), fmt(redis.msgsPerS)]));
      log(row(['server CPU µs / message (load)', round(uws.cpuUsPerMsg, 2), round(redis.cpuUsPerMsg, 2)]));
      log(row(['server GC: minor n / ms, major n / ms', gcCells(uws.gc), gcCells(redis.gc)]));
    }
    log('');
    log(row(['ping saturation', 'msgs/s', 'CPU µs/msg', 'server CPU %']));
    logPairs(pairs);
    log(row(['gateway, ws', fmt(wsSat.msgsPerS), round(wsSat.cpuUsPerMsg, 2), round(wsSat.cpuPct, 1)]));
    log(
      `  ws gateway vs the echo (median): ${round(wsSat.msgsPerS / echoMsgs, 2)}x the messages/s, ${round(wsSat.cpuUsPerMsg / echoCpu, 2)}x the CPU per message`,
    );
    log(`  under the real load the uws gateway spends ${round(uws.cpuUsPerMsg / echoCpu, 2)}x the echo's saturated CPU a message`);
    log(
      `memory: ${fmt(WAITING)} waiting contacts -> ${round(mem.perWaiting, 0)} bytes RSS each (target <= 2048); ` +
        `filled in ${round(mem.fillSeconds, 1)} s (${fmt(WAITING / mem.fillSeconds)} creates/s)`,
    );
    log(`event-loop delay p99/max ms under the load, uws: ${loopText(uws)}`);
    log(`  ws: ${loopText(ws)}`);
    if (redis !== null) log(`  redis: ${loopText(redis)}`);
    log(`load average before ${loadBefore}, after ${loadAfter} (a shared machine: figures are noisy)`);
    log(
      JSON.stringify({
        offer_p50_ms: ms(uws.offer, 50),
        offer_p99_ms: ms(uws.offer, 99),
        offer_p999_ms: ms(uws.offer, 99.9),
        assign_p99_ms: ms(uws.assign, 99),
        contacts_per_s: round(uws.contactsPerS, 1),
        agents: AGENTS,
        supervisors: SUPERVISORS,
        lost,
        errors: uws.errors + ws.errors,
        msgs_per_s: Math.round(uws.msgsPerS),
        server_cpu_us_per_msg: round(uws.cpuUsPerMsg, 2),
        gateway_vs_echo: round(median(ratios.msgs), 2),
        gateway_cpu_vs_echo: round(median(ratios.cpu), 2),
        gateway_cpu_vs_echo_pairs: ratios.cpu.map((r) => round(r, 2)),
        echo_msgs_per_s: Math.round(echoMsgs),
        echo_cpu_us_per_msg: round(echoCpu, 2),
        ws_offer_p50_ms: ms(ws.offer, 50),
        ws_offer_p99_ms: ms(ws.offer, 99),
        ws_vs_echo: round(wsSat.msgsPerS / echoMsgs, 2),
        rss_bytes_per_agent: Math.round(perAgent),
        rss_bytes_per_waiting_contact: Math.round(mem.perWaiting),
        ...(redis === null
          ? {}
          : {
              redis_offer_p50_ms: ms(redis.offer, 50),
              redis_offer_p99_ms: ms(redis.offer, 99),
              redis_offer_p999_ms: ms(redis.offer, 99.9),
              redis_assign_p99_ms: ms(redis.assign, 99),
              redis_contacts_per_s: round(redis.contactsPerS, 1),
              redis_msgs_per_s: Math.round(redis.msgsPerS),
              redis_server_cpu_us_per_msg: round(redis.cpuUsPerMsg, 2),
              redis_lost: redis.settle.lost,
              redis_errors: redis.errors,
            }),
        load_seconds: LOAD_SECONDS,
        loadavg: os.loadavg().map((x) => round(x, 2)),
        cores: os.cpus().length,
        node: process.version,
        quick,
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const hardStop = setTimeout(() => {
  process.stderr.write(`bench:e2e: still running after ${MAX_SECONDS} s, giving up\n`);
  process.exit(1);
}, MAX_SECONDS * 1000);
hardStop.unref();

main().then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`bench:e2e failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
