/**
 * bench:simulate: the simulator's speed and its fidelity to queueing theory
 * (issue 22, DESIGN.md §8).
 *
 * 1. Throughput: contacts simulated a minute of wall time (and of CPU time)
 *    on the demo configuration's routing rules (two language queues over
 *    voice, chat and email sharing agents, relaxation steps, overflow, a Prime
 *    tier, bot hand-offs, mandatory and timed wrap-up, last-agent routing),
 *    with the server's wait announcement computed for every contact, as
 *    `switchboard simulate` does. Target: >= 1,000,000 a minute.
 * 2. A long day: 100 agents, 200,000 contacts, the same rules. Target: < 30 s.
 * 3. M/M/c against Erlang C: P(wait) and ASA within 2 % over >= 1,000,000
 *    contacts (5 agents at 60 % load: the model of the formula, offers
 *    accepted at once, no wrap-up, no patience).
 * 4. M/M/c+M against Erlang A: abandon rate and P(wait) within 2 % (10
 *    agents at 100 % load, exponential patience as long as the handle time).
 * 5. Prime against standard: 10 agents at 95 % load, 30 % Prime with a 60 s
 *    bonus. The rule implies Prime waits shorter by at most the bonus, every
 *    standard contact served, and (work conservation, Kleinrock's law for a
 *    non-preemptive discipline with equal service times) the mix's mean wait
 *    equal to Erlang C's ASA.
 * 6. Memory: heap after a full GC at ten points of a long run on the demo's
 *    rules; flat once the router's bounded books (customer history, surveys)
 *    are full.
 *
 * Usage: npm run bench:simulate [-- --quick]  (quick: the same fields, smaller runs, < 2 min)
 * The last line is one JSON object with the figures.
 */
import { loadavg } from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseConfig, type SwitchboardConfig } from '../../src/config/schema.js';
import { demoConfig } from '../../src/config/demo.js';
import { erlangA, erlangCFigures } from '../../src/sim/erlang.js';
import type { RowFigures, SimulationFigures } from '../../src/sim/figures.js';
import { parseScenario, type Scenario } from '../../src/sim/scenario-schema.js';
import { simulate } from '../../src/sim/simulate.js';

const quick = process.argv.includes('--quick');
/** `--only long,prime`: run those sections alone (for work on one of them; the JSON line then has only their fields' real values). */
const onlyArg = process.argv[process.argv.indexOf('--only') + 1];
const only = process.argv.includes('--only') && onlyArg !== undefined ? new Set(onlyArg.split(',')) : null;
const runs = (section: string): boolean => only === null || only.has(section);

const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

const row = (f: SimulationFigures, key: string): RowFigures => f.rows.find((r) => r.key === key)!;
const m = (r: RowFigures, k: keyof RowFigures): number => (r[k] as { mean: number } | null)?.mean ?? NaN;
const ci = (r: RowFigures, k: keyof RowFigures): number => (r[k] as { ci95: number | null } | null)?.ci95 ?? NaN;

interface Timed<T> {
  readonly value: T;
  readonly wallSeconds: number;
  readonly cpuSeconds: number;
}

function timed<T>(fn: () => T): Timed<T> {
  gc();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallSeconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  return { value, wallSeconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

const demo = parseConfig(demoConfig);

/**
 * The demo floor at a steady rate, `hours` long, with `scale` times the agents
 * of the shipped demo day: English and French calls (a quarter Prime, callbacks
 * after 2 minutes), chats (some handed over by a bot), emails.
 */
function demoFloor(hours: number, scale: number, perHourScale: number): Scenario {
  const h = (x: number) => x * perHourScale;
  return parseScenario(
    {
      name: 'demo floor, steady',
      day: { start: '00:00', end: `${hours}:00`, intervalMinutes: 60 },
      defaults: { handle: { dist: 'lognormal', mean: 300, sd: 200 }, patience: { dist: 'exponential', mean: 240 } },
      arrivals: [
        {
          name: 'en-voice',
          queue: 'support-en',
          channel: 'voice',
          tier: { standard: 0.75, prime: 0.25 },
          perHour: h(90),
          callback: { afterSeconds: 120, probability: 0.3, reachProbability: 0.9 },
        },
        {
          name: 'en-chat',
          queue: 'support-en',
          channel: 'chat',
          tier: { standard: 0.75, prime: 0.25 },
          perHour: h(45),
          handle: { dist: 'lognormal', mean: 540, sd: 360 },
        },
        {
          name: 'en-bot',
          queue: 'support-en',
          channel: 'chat',
          handoff: { intent: 'billing' },
          perHour: h(18),
          handle: { dist: 'lognormal', mean: 420, sd: 300 },
        },
        { name: 'en-email', queue: 'support-en', channel: 'email', perHour: h(18), patience: 'none', handle: { dist: 'lognormal', mean: 360, sd: 240 } },
        { name: 'fr-voice', queue: 'support-fr', channel: 'voice', language: { 'fr-CA': 0.8, fr: 0.2 }, tier: { standard: 0.75, prime: 0.25 }, perHour: h(40) },
        { name: 'fr-chat', queue: 'support-fr', channel: 'chat', language: 'fr-CA', perHour: h(15), handle: { dist: 'lognormal', mean: 540, sd: 360 } },
      ],
      agents: [
        {
          group: 'en',
          count: Math.round(11 * scale),
          profile: 'alice',
          ring: { dist: 'uniform', min: 2, max: 8 },
          rejectProbability: 0.01,
          missProbability: 0.01,
        },
        { group: 'bilingual', count: Math.round(5 * scale), profile: 'bruno', ring: { dist: 'uniform', min: 2, max: 8 } },
        { group: 'fr', count: Math.round(4 * scale), profile: 'chloe', ring: { dist: 'uniform', min: 2, max: 8 } },
      ],
    },
    demo,
  );
}

const VOICE = { languages: ['en'], capacity: { voice: 1 }, queues: ['q'] };

function mmc(
  config: SwitchboardConfig,
  agents: number,
  load: number,
  aht: number,
  contacts: number,
  patience?: number,
  tiers?: Record<string, number>,
): Scenario {
  const rate = (load * agents) / aht;
  const hours = Math.ceil(contacts / rate / 3600);
  return parseScenario(
    {
      name: 'M/M/c',
      day: { start: '00:00', end: `${hours + 1}:00`, intervalMinutes: 24 * 60, warmupMinutes: 60 },
      arrivals: [
        {
          queue: 'q',
          channel: 'voice',
          perHour: rate * 3600,
          handle: { dist: 'exponential', mean: aht },
          patience: patience === undefined ? 'none' : { dist: 'exponential', mean: patience },
          ...(tiers === undefined ? {} : { tier: tiers }),
        },
      ],
      agents: [{ group: 'agents', count: agents, profile: VOICE, shift: { start: '00:00', end: `${hours + 3}:00` } }],
    },
    config,
  );
}

const mmcConfig = parseConfig({
  queues: [{ id: 'q', channels: ['voice'], autoAccept: true, wrapUpSeconds: 0, offerTimeoutSeconds: 600, serviceLevel: { thresholdSeconds: 20, target: 0.8 } }],
  tiers: { prime: { bonusSeconds: 60 } },
});

const log = (s: string) => console.log(s);
const fmt = (x: number, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : String(x));
const pct = (x: number) => `${(x * 100).toFixed(2)} %`;
log(
  `bench:simulate${quick ? ' (quick)' : ''}  node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

// ---- 1. throughput on the demo's rules --------------------------------------------------
// About 226 contacts an hour on 20 agents; SCALE copies of the floor keep the same load.
const SCALE = 2;
const PER_HOUR = 226 * SCALE;

function throughput() {
  const contacts = quick ? 300_000 : 1_200_000;
  const scenario = demoFloor(Math.ceil(contacts / PER_HOUR), SCALE, SCALE);
  simulate(demo, demoFloor(20, SCALE, SCALE), { replications: 1, seed: 99 }); // warm the JIT
  const tp = timed(() => simulate(demo, scenario, { replications: 1, seed: 1 }));
  const n = tp.value.contactsSimulated;
  const perMin = (n / tp.wallSeconds) * 60;
  const perMinCpu = (n / tp.cpuSeconds) * 60;
  const f = row(tp.value, 'floor');
  log('\n1. Throughput, demo routing rules, announcements on (one replication):');
  log(`| contacts | agents | wall s | CPU s | contacts/min (wall) | contacts/min (CPU) | service level | ASA s | abandoned |`);
  log(`|---|---|---|---|---|---|---|---|---|`);
  log(
    `| ${Math.round(n)} | ${20 * SCALE} | ${fmt(tp.wallSeconds)} | ${fmt(tp.cpuSeconds)} | **${Math.round(perMin).toLocaleString('en')}** | ${Math.round(perMinCpu).toLocaleString('en')} | ${pct(m(f, 'serviceLevel'))} | ${fmt(m(f, 'asa'))} | ${pct(m(f, 'abandonRate'))} |`,
  );
  return { contacts_per_min: Math.round(perMin), contacts_per_min_cpu: Math.round(perMinCpu), throughput_contacts: Math.round(n) };
}

// ---- 2. a long day ------------------------------------------------------------------------
// 100 agents (55 alice, 25 bruno, 20 chloe) over 24 h, about 200,000 contacts: 8,300 an hour
// at the demo's mix of channels (5x the steady floor's agents, 37x its contacts, so short
// contacts: 15-s calls, 25-s chats and emails, plus each queue's 30-s wrap-up).
function longDay() {
  const s = demoFloor(24, 5, 8300 / 226);
  const scenario: Scenario = {
    ...s,
    name: 'long day',
    streams: s.streams.map((x) => ({ ...x, handle: { dist: 'exponential' as const, mean: x.channel === 'voice' ? 15 : 25 } })),
  };
  const run = timed(() => simulate(demo, scenario, { replications: 1, seed: 2 }));
  const f = row(run.value, 'floor');
  log('\n2. Long day: 100 agents, 24 h, demo rules, announcements on:');
  log('| contacts | wall s | CPU s | service level | ASA s | abandoned | occupancy |');
  log('|---|---|---|---|---|---|---|');
  log(
    `| ${Math.round(run.value.contactsSimulated)} | **${fmt(run.wallSeconds)}** | ${fmt(run.cpuSeconds)} | ${pct(m(f, 'serviceLevel'))} | ${fmt(m(f, 'asa'))} | ${pct(m(f, 'abandonRate'))} | ${pct(m(f, 'occupancy'))} |`,
  );
  return {
    long_day_seconds: Number(run.wallSeconds.toFixed(2)),
    long_day_cpu_seconds: Number(run.cpuSeconds.toFixed(2)),
    long_day_contacts: Math.round(run.value.contactsSimulated),
  };
}

// ---- 3. M/M/c vs Erlang C -------------------------------------------------------------------
const AHT = 180;

function erlangCCheck() {
  const agents = 5;
  const load = 0.6;
  // The mean wait of a run is noisy: its relative standard error here is about 1.2 % at 1M
  // contacts (measured over 8 seeds), so the full run takes 5M and the quick one 1.5M.
  const reps = quick ? 3 : 5;
  const per = quick ? 500_000 : 1_000_000;
  const ec = erlangCFigures(agents, (load * agents) / AHT, AHT, 20);
  const run = simulate(mmcConfig, mmc(mmcConfig, agents, load, AHT, per), { replications: reps, seed: 3, announce: false });
  const f = row(run, 'floor');
  const contacts = m(f, 'contacts') * reps;
  const pwaitErr = m(f, 'pWait') / ec.pWait - 1;
  const asaErr = m(f, 'asa') / ec.asa - 1;
  log(
    `\n3. M/M/${agents} at ${load * 100} % load, exponential ${AHT}-s handle times, no patience (${reps} replications, ${Math.round(contacts).toLocaleString('en')} contacts):`,
  );
  log('| figure | Erlang C | simulated (± 95 % CI over replications) | relative error |');
  log('|---|---|---|---|');
  log(`| P(wait) | ${ec.pWait.toFixed(4)} | ${m(f, 'pWait').toFixed(4)} ± ${ci(f, 'pWait').toFixed(4)} | **${pct(pwaitErr)}** |`);
  log(`| ASA s | ${ec.asa.toFixed(3)} | ${m(f, 'asa').toFixed(3)} ± ${ci(f, 'asa').toFixed(3)} | **${pct(asaErr)}** |`);
  log(
    `| service level 20 s | ${ec.serviceLevel!.toFixed(4)} | ${m(f, 'serviceLevel').toFixed(4)} ± ${ci(f, 'serviceLevel').toFixed(4)} | ${pct(m(f, 'serviceLevel') / ec.serviceLevel! - 1)} |`,
  );
  log(`| occupancy | ${ec.occupancy.toFixed(4)} | ${m(f, 'occupancy').toFixed(4)} | ${pct(m(f, 'occupancy') / ec.occupancy - 1)} |`);
  return { erlang_c_contacts: Math.round(contacts), erlang_c_pwait_rel_err: Number(pwaitErr.toFixed(5)), erlang_c_asa_rel_err: Number(asaErr.toFixed(5)) };
}

// ---- 4. M/M/c+M vs Erlang A -------------------------------------------------------------------
function erlangACheck() {
  const agents = 10;
  const load = 1.0;
  const patience = 180;
  const reps = quick ? 2 : 5;
  const per = quick ? 500_000 : 1_000_000;
  const ea = erlangA(agents, (load * agents) / AHT, AHT, patience);
  const run = simulate(mmcConfig, mmc(mmcConfig, agents, load, AHT, per, patience), { replications: reps, seed: 4, announce: false });
  const f = row(run, 'floor');
  const contacts = m(f, 'contacts') * reps;
  const abErr = m(f, 'abandonRate') / ea.pAbandon - 1;
  const pwaitErr = m(f, 'pWait') / ea.pWait - 1;
  log(
    `\n4. M/M/${agents}+M at ${load * 100} % offered load, exponential patience of mean ${patience} s (${reps} replications, ${Math.round(contacts).toLocaleString('en')} contacts):`,
  );
  log('| figure | Erlang A | simulated (± 95 % CI over replications) | relative error |');
  log('|---|---|---|---|');
  log(`| abandon rate | ${ea.pAbandon.toFixed(4)} | ${m(f, 'abandonRate').toFixed(4)} ± ${ci(f, 'abandonRate').toFixed(4)} | **${pct(abErr)}** |`);
  log(`| P(wait) | ${ea.pWait.toFixed(4)} | ${m(f, 'pWait').toFixed(4)} ± ${ci(f, 'pWait').toFixed(4)} | **${pct(pwaitErr)}** |`);
  log(
    `| mean wait, all s | ${ea.meanWait.toFixed(3)} | ${m(f, 'meanWait').toFixed(3)} ± ${ci(f, 'meanWait').toFixed(3)} | ${pct(m(f, 'meanWait') / ea.meanWait - 1)} |`,
  );
  return {
    erlang_a_contacts: Math.round(contacts),
    erlang_a_abandon_rel_err: Number(abErr.toFixed(5)),
    erlang_a_pwait_rel_err: Number(pwaitErr.toFixed(5)),
  };
}

// ---- 5. Prime vs standard -------------------------------------------------------------------
function primeCheck() {
  const agents = 10;
  const load = 0.9;
  const contacts = quick ? 100_000 : 500_000;
  const maxWait = new Map<string, number>();
  const run = simulate(mmcConfig, mmc(mmcConfig, agents, load, AHT, contacts, undefined, { standard: 0.7, prime: 0.3 }), {
    replications: 2,
    seed: 5,
    announce: false,
    onContact: (c) => maxWait.set(c.tier, Math.max(maxWait.get(c.tier) ?? 0, c.wait)),
  });
  const prime = row(run, 'tier:prime');
  const standard = row(run, 'tier:standard');
  const fifo = erlangCFigures(agents, (load * agents) / AHT, AHT);
  const mixAsa = 0.3 * m(prime, 'asa') + 0.7 * m(standard, 'asa');
  const gap = m(standard, 'asa') - m(prime, 'asa');
  log(`\n5. Prime vs standard: M/M/${agents} at ${load * 100} % load, 30 % Prime with a 60-s bonus, no patience (2 replications):`);
  log('| tier | contacts | ASA s | p90 wait s | longest wait s | service level 20 s | unserved |');
  log('|---|---|---|---|---|---|---|');
  for (const [name, r] of [
    ['prime', prime],
    ['standard', standard],
  ] as const) {
    log(
      `| ${name} | ${Math.round(m(r, 'contacts'))} | ${fmt(m(r, 'asa'))} | ${fmt(m(r, 'p90Wait'))} | ${fmt(maxWait.get(name) ?? NaN)} | ${pct(m(r, 'serviceLevel'))} | ${m(r, 'unserved')} |`,
    );
  }
  log(
    `Standard contacts wait ${fmt(gap)} s longer on average (the rule bounds the gap by the 60-s bonus); the mix's mean wait is ${fmt(mixAsa)} s against Erlang C's FIFO ASA of ${fmt(fifo.asa)} s (${pct(mixAsa / fifo.asa - 1)}; equal in expectation by work conservation, within this load's run-to-run noise).`,
  );
  return {
    prime_asa: Number(m(prime, 'asa').toFixed(2)),
    standard_asa: Number(m(standard, 'asa').toFixed(2)),
    prime_gap_seconds: Number(gap.toFixed(2)),
    standard_max_wait: Number((maxWait.get('standard') ?? NaN).toFixed(1)),
    standard_unserved: m(standard, 'unserved'),
  };
}

// ---- 6. memory over a long run ----------------------------------------------------------------
function memory() {
  const contacts = quick ? 300_000 : 1_500_000;
  const scenario = demoFloor(Math.ceil(contacts / PER_HOUR), SCALE, SCALE);
  const heap: number[] = [];
  let nextMark = 0.1;
  simulate(demo, scenario, {
    replications: 1,
    seed: 6,
    onProgress: (f) => {
      if (f + 1e-9 < nextMark) return;
      nextMark += 0.1;
      gc();
      heap.push(process.memoryUsage().heapUsed);
    },
  });
  const mib = (b: number) => Number((b / 1048576).toFixed(1));
  log(`\n6. Heap after a full GC, at each tenth of a ${Math.round(contacts).toLocaleString('en')}-contact run on the demo's rules (MiB):`);
  log(heap.map(mib).join(' → '));
  const half = heap[Math.floor(heap.length / 2) - 1] ?? NaN;
  const last = heap[heap.length - 1] ?? NaN;
  log(
    `From half-way to the end: ${((last - half) / 1048576).toFixed(1)} MiB (${pct(last / half - 1)}). What grows first is the router's own bounded books: the customer history (100,000 entries by default) and the survey book (20,000 completed contacts).`,
  );
  return { heap_mib: heap.map(mib), heap_growth_second_half_mib: Number(((last - half) / 1048576).toFixed(2)) };
}

const out: Record<string, unknown> = { bench: 'simulate', quick };
const sections: [string, () => Record<string, unknown>][] = [
  ['throughput', throughput],
  ['long', longDay],
  ['erlang-c', erlangCCheck],
  ['erlang-a', erlangACheck],
  ['prime', primeCheck],
  ['memory', memory],
];
for (const [name, fn] of sections) if (runs(name)) Object.assign(out, fn());

const n = (k: string): number => (typeof out[k] === 'number' ? (out[k] as number) : NaN);
const targets: Record<string, boolean> = {};
if (runs('throughput')) targets['contacts_per_min'] = n('contacts_per_min') >= 1_000_000;
if (runs('long')) targets['long_day_seconds'] = n('long_day_seconds') < 30;
if (runs('erlang-c'))
  targets['erlang_c'] = Math.abs(n('erlang_c_pwait_rel_err')) <= 0.02 && Math.abs(n('erlang_c_asa_rel_err')) <= 0.02 && n('erlang_c_contacts') >= 1_000_000;
if (runs('erlang-a'))
  targets['erlang_a'] = Math.abs(n('erlang_a_abandon_rel_err')) <= 0.02 && Math.abs(n('erlang_a_pwait_rel_err')) <= 0.02 && n('erlang_a_contacts') >= 1_000_000;
if (runs('prime')) targets['prime'] = n('prime_gap_seconds') > 0 && n('prime_gap_seconds') <= 60 && n('standard_unserved') === 0;
log(
  `\nTargets: ${Object.entries(targets)
    .map(([k, ok]) => `${k} ${ok ? 'met' : 'MISSED'}`)
    .join(', ')}`,
);
out['load_average'] = loadavg().map((x) => Number(x.toFixed(2)));
out['targets_met'] = Object.values(targets).every(Boolean);
console.log(JSON.stringify(out));
