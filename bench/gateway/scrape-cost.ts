/**
 * bench:scrape-cost: how long one `GET /metrics` holds the routing thread
 * (DESIGN §8: no request holds routing for more than 5 ms; issue 20).
 *
 * In process: a router with 10,000 agents (busy, in wrap-up, available,
 * away) and 10,000 contacts waiting, its `Metrics` fed by every event,
 * and 5,000 extra file descriptors open (as 5,000 agents' sockets would
 * be). Two renders of the same state, alternated round by round:
 *
 * - before: `registry.metrics()` with prom-client's default collectors
 *   (`process_open_fds` by `readdirSync`) and agents by state asked one
 *   `agentStatus(id)` per agent;
 * - after: `Metrics.render()` (family by family, yielding every ~1 ms; open
 *   fds by an async stat; agents by state in one pass, counted in slices).
 *
 * The longest synchronous stretch is measured as a waiting client sees it:
 * a chain of `setImmediate` callbacks runs beside the render and the
 * longest gap between two of them (or the start, or the end) is the
 * longest time the loop was held. The total is the render's wall time.
 * Wall-clock figures on a shared machine: compare the two paths as ratios
 * of this run, with the load average printed.
 */
import { closeSync, openSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { collectDefaultMetrics, type Gauge } from 'prom-client';
import { parseConfig } from '../../src/config/schema.js';
import { Router } from '../../src/core/router.js';
import type { AgentProfile, AgentStatus } from '../../src/core/index.js';
import { Metrics, type RouterView } from '../../src/metrics/index.js';
import { countOpenFds } from '../../src/metrics/node-defaults.js';
import { quantile, round } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import { agentId, BACKLOG_QUEUE, benchConfig, newContact } from '../e2e/workload.js';

const { values: flags } = parseArgs({
  options: {
    agents: { type: 'string', default: '10000' },
    waiting: { type: 'string', default: '10000' },
    fds: { type: 'string', default: '5000' },
    rounds: { type: 'string', default: '12' },
  },
});
const AGENTS = Number(flags.agents);
const WAITING = Number(flags.waiting);
const FDS = Number(flags.fds);
const ROUNDS = Number(flags.rounds);

interface Held {
  /** The longest gap between two turns of the loop (ms, wall clock). */
  readonly maxMs: number;
  readonly totalMs: number;
  readonly bytes: number;
}

/** The longest time the loop was held while `run` ran (ms), and its wall time. */
async function held(run: () => Promise<string>): Promise<Held> {
  let done = false;
  let last = performance.now();
  let max = 0;
  const tick = (): void => {
    const now = performance.now();
    max = Math.max(max, now - last);
    last = now;
    if (!done) setImmediate(tick);
  };
  setImmediate(tick);
  const t0 = performance.now();
  last = t0;
  const text = await run();
  const t1 = performance.now();
  done = true;
  max = Math.max(max, t1 - last);
  return { maxMs: max, totalMs: t1 - t0, bytes: text.length };
}

/** The fastest of `n` runs of a synchronous `fn` (ms). */
function fastest(n: number, fn: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

async function main(): Promise<void> {
  const load0 = loadavg();
  const raw = benchConfig(AGENTS, rng(5)) as { agents: Record<string, AgentProfile> };
  const config = parseConfig(raw);
  const clock = { now: () => Date.now() };
  const router = new Router(config.core, clock);
  const after = new Metrics(router, router.config, { clock });

  // Before: prom-client's own defaults, and one agentStatus per agent.
  const perAgent = (): Record<AgentStatus, number> => {
    const counts: Record<AgentStatus, number> = { offline: 0, available: 0, busy: 0, wrap_up: 0, away: 0 };
    for (const a of router.agents()) counts[router.agentStatus(a.id)]++;
    return counts;
  };
  const oldView: RouterView = {
    config: router.config,
    waitingStats: () => router.waitingStats(),
    queueCounts: () => router.queueCounts(),
    agentStatuses: () => router.agentStatuses(),
    contacts: () => router.contacts(),
  };
  const before = new Metrics(oldView, router.config, { clock, defaultMetrics: false });
  // Its agents by state as they were: synchronous, one agentStatus per agent (prom-client calls the gauge's own `collect`).
  const agentsGauge = before.registry.getSingleMetric('switchboard_agents') as Gauge<'state'>;
  (agentsGauge as unknown as { collect: () => void }).collect = () => {
    const counts = perAgent();
    for (const [state, n] of Object.entries(counts)) agentsGauge.labels({ state }).set(n);
  };
  collectDefaultMetrics({ register: before.registry });
  for (const name of ['nodejs_active_handles_total', 'nodejs_active_requests_total', 'nodejs_active_resources_total']) before.registry.removeSingleMetric(name);
  router.subscribe((e) => {
    after.coreEvent(e);
    before.coreEvent(e);
  });

  // A day under way: every agent logged in, half of them handed a contact, some of those in wrap-up, some away.
  for (let i = 0; i < AGENTS; i++) router.loginAgent(agentId(i), raw.agents[agentId(i)]!, { presence: 'available' });
  const r = rng(7);
  for (let i = 0; i < AGENTS / 2; i++) {
    const c = newContact(r, `d-${i}`, 0) as { queueId: string; skills: Record<string, number>; customer: { id: string } };
    router.createContact({
      id: `d${i}`,
      queueId: c.queueId,
      channel: 'voice',
      language: 'en',
      skills: c.skills,
      customer: { ...c.customer, tier: 'standard' },
    });
  }
  for (const c of [...router.contacts()]) if (c.state === 'offered' && c.agentId !== null) router.acceptOffer(c.agentId, c.id);
  let n = 0;
  for (const c of [...router.contacts()]) if (c.state === 'active' && n++ % 2 === 0) router.endContact(c.id, 'agent', c.agentId!);
  n = 0;
  for (const a of [...router.agents()]) if (a.contacts.length === 0 && n++ % 2 === 0) router.setPresence(a.id, 'away', 'lunch');
  for (let i = 0; i < WAITING; i++) {
    router.createContact({ id: `b${i}`, queueId: BACKLOG_QUEUE, channel: 'voice', language: 'en', customer: { id: `k${i}`, tier: 'standard' } });
  }
  const fds = Array.from({ length: FDS }, () => openSync('/dev/null', 'r'));

  const onePass = (): Record<AgentStatus, number> => {
    const counts: Record<AgentStatus, number> = { offline: 0, available: 0, busy: 0, wrap_up: 0, away: 0 };
    for (const status of router.agentStatuses()) counts[status]++;
    return counts;
  };
  // Cold, as a pass that runs every 15 s mostly is: the first runs of each.
  const firstRuns = (fn: () => unknown): string =>
    Array.from({ length: 5 }, () => {
      const t0 = performance.now();
      fn();
      return round(performance.now() - t0);
    }).join(', ');
  const coldOld = firstRuns(perAgent);
  const coldNew = firstRuns(onePass);
  const states = onePass();
  console.log(
    `scrape of ${AGENTS} agents (${Object.entries(states)
      .map(([k, v]) => `${v} ${k}`)
      .join(
        ', ',
      )}), ${WAITING + router.waitingStats().reduce((x, w) => x + (w.queueId === BACKLOG_QUEUE ? 0 : w.waiting), 0)} contacts waiting, ${readdirSync('/proc/self/fd').length} fds open`,
  );
  console.log(`load average ${load0.map((x) => x.toFixed(2)).join(' ')}`);

  const textBefore = await before.registry.metrics();
  const textAfter = await after.render();
  const families = (t: string) => t.split('\n').filter((l) => l.startsWith('# TYPE ')).length;
  console.log(
    `  exposition: ${Math.round(textAfter.length / 1024)} KiB, ${textAfter.split('\n').length} lines, ${families(textAfter)} families (before: ${families(textBefore)})`,
  );

  // Alternated, each path first in every other round; the first two rounds warm up.
  const runs = { before: [] as Held[], after: [] as Held[] };
  for (let i = 0; i < ROUNDS + 2; i++) {
    const order = i % 2 === 0 ? (['before', 'after'] as const) : (['after', 'before'] as const);
    for (const path of order) {
      const m = await held(() => (path === 'before' ? before.registry.metrics() : after.render()));
      if (i >= 2) runs[path].push(m);
    }
  }
  const stat = (xs: number[]) => ({ median: round(quantile(xs, 0.5)), max: round(Math.max(...xs)) });
  const s = {
    before: { held: stat(runs.before.map((x) => x.maxMs)), total: stat(runs.before.map((x) => x.totalMs)) },
    after: { held: stat(runs.after.map((x) => x.maxMs)), total: stat(runs.after.map((x) => x.totalMs)) },
  };
  console.log(`${ROUNDS} renders each, alternated (ms, median / max):`);
  for (const [path, label] of [
    ['before', 'before (registry.metrics())'],
    ['after', 'after (Metrics.render())   '],
  ] as const) {
    const x = s[path];
    console.log(`  ${label}: longest stretch ${x.held.median} / ${x.held.max}, total ${x.total.median} / ${x.total.max}`);
  }
  console.log(
    `  ratio before/after of the longest stretch: ${round(s.before.held.median / s.after.held.median, 1)}x (median); total after/before: ${round(s.after.total.median / s.before.total.median, 2)}`,
  );

  // The pieces, each alone.
  const agentsOld = fastest(20, perAgent);
  const agentsNew = fastest(20, onePass);
  const fdsSync = fastest(10, () => readdirSync('/proc/self/fd'));
  const fdsAsync: number[] = [];
  for (let i = 0; i < 10; i++) fdsAsync.push((await held(async () => String(await countOpenFds()))).maxMs);
  console.log(`  agents by state, first 5 runs (cold): one agentStatus per agent ${coldOld} ms; one pass ${coldNew} ms`);
  console.log(
    `  agents by state, hot: one agentStatus per agent ${round(agentsOld, 3)} ms, one pass ${round(agentsNew, 3)} ms (fastest of 20; the metrics count it in slices of ~1 ms)`,
  );
  console.log(
    `  open fds: readdirSync ${round(fdsSync, 2)} ms (fastest of 10); countOpenFds (async stat) holds the loop ${round(quantile(fdsAsync, 0.5), 2)} ms (median of 10)`,
  );
  const perFamily: { name: string; ms: number }[] = [];
  for (const m of after.registry.getMetricsAsArray()) {
    let best = Infinity;
    for (let i = 0; i < 5; i++) best = Math.min(best, (await held(() => after.registry.getSingleMetricAsString(m.name))).maxMs);
    perFamily.push({ name: m.name, ms: best });
  }
  perFamily.sort((a, b) => b.ms - a.ms);
  console.log(
    `  dearest families (longest stretch alone, best of 5): ${perFamily
      .slice(0, 4)
      .map((f) => `${f.name} ${round(f.ms, 2)} ms`)
      .join(', ')}`,
  );
  console.log(
    `load average ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    JSON.stringify({
      agents: AGENTS,
      waiting: WAITING,
      held_ms_before_median: s.before.held.median,
      held_ms_after_median: s.after.held.median,
      held_ms_after_max: s.after.held.max,
      total_ms_before_median: s.before.total.median,
      total_ms_after_median: s.after.total.median,
      agents_by_state_ms_before: round(agentsOld, 3),
      agents_by_state_ms_after: round(agentsNew, 3),
      open_fds_sync_ms: round(fdsSync, 2),
    }),
  );
  for (const fd of fds) closeSync(fd);
}

await main();
