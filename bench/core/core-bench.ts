/**
 * bench:core — the routing core driven directly (DESIGN §8, issue 2).
 *
 * Two shapes at 10,000 agents and 100,000 waiting contacts over 208
 * skill/language combinations:
 * - contact-heavy: every agent busy, 100,000 contacts waiting; agents free up
 *   one at a time (finish wrap-up) and take the best waiting contact;
 * - agent-heavy: 10,000 available agents; contacts arrive and take the best agent.
 * A "decision" is one command that ends in exactly one offer; its latency is
 * the wall time of that command (validation, state change, matching, events).
 * Contact-heavy also runs as a lockstep pair, without and with metrics
 * recording, for the cost of metrics (issue 4).
 *
 * Usage: npm run bench:core [-- --quick] [-- --no-reference] [-- --contact-warm N]
 * (`--contact-warm`: untimed contact-heavy decisions before the timed ones,
 * 5,000 by default; 0 as before 2026-12-06 16:00 UTC, for comparisons)
 * Prints a table, then one JSON line. The heap figure forces full GCs (exposing
 * gc itself when node was started without --expose-gc).
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Router } from '../../src/core/index.js';
import { Latency, round } from '../lib/latency.js';
import { rng } from '../lib/random.js';
import { agentProfile, config, contact, skillSets } from './workload.js';
import { AGENTS, BenchClock, CONTACT_WARM, ContactHeavy, WAITING } from './contact-heavy.js';
import { runReference, type ReferenceResult } from './reference-run.js';
import { createMetricsSink } from './metrics-sink.js';

const argv = process.argv.slice(2);
const args = new Set(argv);
const quick = args.has('--quick');
const warmAt = argv.indexOf('--contact-warm');
const warmDecisions = warmAt >= 0 ? Number(argv[warmAt + 1]) : CONTACT_WARM;
if (!Number.isInteger(warmDecisions) || warmDecisions < 0) throw new Error('--contact-warm takes a count');
const DECISIONS = quick ? 20_000 : 100_000;

// A full GC before each heap reading; without --expose-gc, turned on from here
// (the flag only exposes the function, it changes nothing else).
const gc: (() => void) | undefined =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();
function heapUsed(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
}

interface ShapeResult {
  readonly name: string;
  readonly latency: Latency;
  readonly seconds: number;
  readonly heapPerWaiting?: number;
}

/** Contact-heavy alone: one router in the process, as a server runs it. */
function contactHeavySolo(): ShapeResult {
  const run = new ContactHeavy(Router, { heapUsed, warmDecisions });
  const start = performance.now();
  for (let d = 0; d < DECISIONS; d++) run.step();
  const seconds = (performance.now() - start) / 1000;
  if (run.offers < DECISIONS * 0.99) throw new Error(`only ${run.offers} offers in ${DECISIONS} decisions`);
  return { name: 'contact-heavy', latency: run.latency, seconds, heapPerWaiting: run.heapPerWaiting! };
}

/**
 * Contact-heavy without and with metrics recording, in lockstep: two
 * identical routers (same seed) take turns decision by decision, so both see
 * the same background load and their ratio is meaningful on a shared machine.
 */
function contactHeavyPair(): { off: ShapeResult; on: ShapeResult } {
  const off = new ContactHeavy(Router, { heapUsed, warmDecisions });
  const on = new ContactHeavy(Router, { heapUsed, warmDecisions, sink: createMetricsSink });
  const start = performance.now();
  for (let d = 0; d < DECISIONS; d++) {
    off.step();
    on.step();
  }
  const seconds = (performance.now() - start) / 2000;
  for (const run of [off, on]) {
    if (run.offers < DECISIONS * 0.99) throw new Error(`only ${run.offers} offers in ${DECISIONS} decisions`);
  }
  return {
    off: { name: 'ch pair, no metrics', latency: off.latency, seconds },
    on: { name: 'ch pair, + metrics', latency: on.latency, seconds },
  };
}

/** 10k available agents; each arriving contact takes the best agent. */
function agentHeavy(): ShapeResult {
  const r = rng(7);
  const sets = skillSets(r);
  const clock = new BenchClock();
  const router = new Router(config(), clock);
  for (let i = 0; i < AGENTS; i++) router.loginAgent(`a${i}`, agentProfile(r, 'voice'), { presence: 'available' });
  router.drainEvents();
  const latency = new Latency();
  const outstanding: { agent: string; contact: string }[] = [];
  const start = performance.now();
  const WARMUP = 20_000;
  for (let d = -WARMUP; d < DECISIONS; d++) {
    clock.t++;
    const c = contact(r, d + WARMUP, sets, 'voice');
    const t0 = performance.now();
    router.createContact(c);
    if (d >= 0) latency.record((performance.now() - t0) * 1e6);
    for (const e of router.drainEvents()) {
      if (e.type === 'contact.offered') outstanding.push({ agent: e.agentId, contact: e.contactId });
    }
    // Keep nearly every agent available: finish the oldest of 100 contacts in progress.
    if (outstanding.length > 100) {
      const o = outstanding.shift()!;
      router.acceptOffer(o.agent, o.contact);
      router.endContact(o.contact, 'agent', o.agent);
      router.finishWrapUp(o.agent, o.contact);
      router.drainEvents();
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { name: 'agent-heavy', latency, seconds };
}

function row(cells: (string | number)[]): string {
  return cells.map((c, i) => (i === 0 ? String(c).padEnd(26) : String(c).padStart(12))).join('');
}

// The machine is shared: each shape runs several rounds, interleaved so that
// metrics on/off see the same background load, and the round with the lowest
// mean decision time stands for the shape. The latency of the contact-heavy
// shape comes from a router alone in the process (as a server runs one); the
// lockstep pair, two routers of 100,000 contacts taking turns, evicts each
// other's data from the caches and is there to price metrics recording.
const ROUNDS = quick ? 1 : 3;
const runs: { solo: ShapeResult[]; off: ShapeResult[]; on: ShapeResult[]; agent: ShapeResult[] } = { solo: [], off: [], on: [], agent: [] };
for (let i = 0; i < ROUNDS; i++) {
  runs.solo.push(contactHeavySolo());
  const pair = contactHeavyPair();
  runs.off.push(pair.off);
  runs.on.push(pair.on);
  runs.agent.push(agentHeavy());
}
const best = (xs: ShapeResult[]): ShapeResult => xs.reduce((a, b) => (a.latency.meanUs <= b.latency.meanUs ? a : b));
const results = [best(runs.solo), best(runs.agent), best(runs.off), best(runs.on)];
const reference: ReferenceResult | null = args.has('--no-reference') ? null : runReference(quick);

console.log(
  `bench:core  ${AGENTS} agents, ${WAITING} waiting, ${DECISIONS} decisions/shape (contact-heavy after ${warmDecisions} untimed), best of ${ROUNDS} rounds${quick ? ' (quick)' : ''}, node ${process.version}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(row(['shape', 'p50 µs', 'p99 µs', 'p99.9 µs', 'max µs', 'mean µs', 'decisions/s']));
// decisions/s = 1 / mean decision time: what one core could sustain on decisions alone.
for (const s of results) {
  const l = s.latency;
  console.log(row([s.name, round(l.us(50)), round(l.us(99)), round(l.us(99.9)), round(l.maxUs), round(l.meanUs), Math.round(1e6 / l.meanUs)]));
}
const [ch, ah, pairOff, pairOn] = results as [ShapeResult, ShapeResult, ShapeResult, ShapeResult];
// Heap per waiting contact from the first round: later rounds start with the garbage of earlier ones.
const heapPerWaiting = runs.solo[0]!.heapPerWaiting ?? 0;
// Cost of metrics: per round (lockstep pairs), then the median over rounds.
const costs = runs.on.map((on, i) => on.latency.meanUs / runs.off[i]!.latency.meanUs - 1).sort((a, b) => a - b);
const metricsCost = costs[Math.floor(costs.length / 2)]!;
// The same at the median decision: the mean carries every GC pause and preemption
// of a shared machine, the median the work an event costs.
const costsP50 = runs.on.map((on, i) => on.latency.us(50) / runs.off[i]!.latency.us(50) - 1).sort((a, b) => a - b);
const metricsCostP50 = costsP50[Math.floor(costsP50.length / 2)]!;
if (reference) {
  console.log(
    `reference model (${reference.agents} agents, ${reference.waiting} waiting, ${reference.decisions} decisions): ` +
      `mean ${round(reference.modelMeanUs)} µs vs router ${round(reference.routerMeanUs)} µs on the same run -> ${round(reference.speedup, 1)}x`,
  );
}
console.log(`heap per waiting contact: ${Math.round(heapPerWaiting)} bytes`);
console.log(`metrics recording cost (contact-heavy): ${round(metricsCost * 100, 1)} % of the mean, ${round(metricsCostP50 * 100, 1)} % of the median`);

const worst = (p: number): number => Math.max(ch.latency.us(p), ah.latency.us(p));
console.log(
  JSON.stringify({
    p50_us: round(worst(50)),
    p99_us: round(worst(99)),
    p999_us: round(worst(99.9)),
    decisions_per_s: Math.round(1e6 / Math.max(ch.latency.meanUs, ah.latency.meanUs)),
    speedup_vs_reference: reference ? round(reference.speedup, 1) : null,
    heap_bytes_per_waiting_contact: Math.round(heapPerWaiting),
    metrics_overhead_pct: round(metricsCost * 100, 1),
    metrics_overhead_p50_pct: round(metricsCostP50 * 100, 1),
    contact_heavy_p99_us: round(ch.latency.us(99)),
    agent_heavy_p99_us: round(ah.latency.us(99)),
    contact_heavy_pair_p99_us: round(pairOff.latency.us(99)),
    contact_heavy_pair_metrics_p99_us: round(pairOn.latency.us(99)),
    agents: AGENTS,
    waiting: WAITING,
    quick,
    contact_warm: warmDecisions,
  }),
);
