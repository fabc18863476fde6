/**
 * bench:core-ab — the cost of a change to the routing core, before/after in
 * one run: the core of this tree and a baseline core (the same sources at
 * another commit, compiled) take turns decision by decision on the same
 * workload as bench:core (10,000 agents, 100,000 waiting over 208
 * skill/language combinations), so both see the same background load of a
 * shared machine and their ratio is meaningful. Each pair of decisions runs
 * in alternating order (A B, B A, ...).
 *
 * Usage:
 *   git archive <commit> src/core | tar -x -C dist/ab-base
 *   (with a tsconfig extending ../../tsconfig.json, outDir js) npx tsc -p dist/ab-base
 *   npm run build && node dist/bench/core/core-ab.js --baseline dist/ab-base/js/core/index.js [--decisions 20000] [--rounds 3]
 *     [--base-workload rules|plain] [--head-workload rules|plain]
 * `--*-workload plain`: that side runs the workload without the rules of
 * issue 21 (one step at an hour, no queue skills, no priority step, no
 * overflow, no hours), as bench:core did before them; with the same core on
 * both sides (`--baseline` built from HEAD) the ratio is the workload's cost.
 * Prints a table, then one JSON line.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Router } from '../../src/core/index.js';
import { round, type Latency } from '../lib/latency.js';
import { AgentHeavy } from './agent-heavy.js';
import { AGENTS, ContactHeavy, WAITING, type RouterClass } from './contact-heavy.js';

const { values } = parseArgs({
  options: {
    baseline: { type: 'string' },
    decisions: { type: 'string', default: '20000' },
    rounds: { type: 'string', default: '3' },
    'base-workload': { type: 'string', default: 'rules' },
    'head-workload': { type: 'string', default: 'rules' },
  },
});
for (const w of [values['base-workload'], values['head-workload']]) if (w !== 'rules' && w !== 'plain') throw new Error('--*-workload is rules or plain');
const workloadOf = (head: boolean): boolean => (head ? values['head-workload'] : values['base-workload']) === 'rules';
if (values.baseline === undefined) throw new Error('--baseline <compiled core index.js> is required');
const baseline = (await import(pathToFileURL(path.resolve(values.baseline)).href)) as { Router: typeof Router };
const DECISIONS = Number(values.decisions);
const ROUNDS = Number(values.rounds);

interface Pair {
  readonly base: Latency;
  readonly head: Latency;
}

/** `headFirst`: which router is built first (and so where its data lands in the heap) alternates by round. */
function lockstep<T extends { step(): void; latency: Latency }>(make: (R: RouterClass, rules: boolean) => T, headFirst: boolean): Pair {
  const first = headFirst ? make(Router, workloadOf(true)) : make(baseline.Router, workloadOf(false));
  const second = headFirst ? make(baseline.Router, workloadOf(false)) : make(Router, workloadOf(true));
  const [head, base] = headFirst ? [first, second] : [second, first];
  for (let d = 0; d < DECISIONS; d++) {
    if (d % 2 === 0) {
      base.step();
      head.step();
    } else {
      head.step();
      base.step();
    }
  }
  return { base: base.latency, head: head.latency };
}

const shapes: { name: string; pairs: Pair[] }[] = [
  { name: 'contact-heavy', pairs: [] },
  { name: 'agent-heavy', pairs: [] },
];
for (let i = 0; i < ROUNDS; i++) {
  shapes[0]!.pairs.push(lockstep((R, rules) => new ContactHeavy(R, { rules }), i % 2 === 1));
  shapes[1]!.pairs.push(lockstep((R, rules) => new AgentHeavy(R, { rules }), i % 2 === 1));
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const row = (cells: (string | number)[]): string => cells.map((c, i) => (i === 0 ? String(c).padEnd(22) : String(c).padStart(12))).join('');
console.log(
  `bench:core-ab  ${AGENTS} agents, ${WAITING} waiting, ${DECISIONS} decisions/shape in lockstep, ${ROUNDS} rounds, workload base ${values['base-workload']} / head ${values['head-workload']}, load ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}, node ${process.version}`,
);
console.log(row(['shape', 'base p50 µs', 'head p50 µs', 'base p99 µs', 'head p99 µs', 'base mean', 'head mean', 'mean ratio', 'p50 ratio', 'p99 ratio']));
const out: Record<string, unknown> = {};
for (const s of shapes) {
  // Per round the ratio of the two routers that ran side by side; the median over rounds.
  const meanRatio = median(s.pairs.map((p) => p.head.meanUs / p.base.meanUs));
  const p50Ratio = median(s.pairs.map((p) => p.head.us(50) / p.base.us(50)));
  const p99Ratio = median(s.pairs.map((p) => p.head.us(99) / p.base.us(99)));
  const best = s.pairs.reduce((a, b) => (a.head.meanUs <= b.head.meanUs ? a : b));
  console.log(
    row([
      s.name,
      round(best.base.us(50)),
      round(best.head.us(50)),
      round(best.base.us(99)),
      round(best.head.us(99)),
      round(best.base.meanUs),
      round(best.head.meanUs),
      round(meanRatio, 3),
      round(p50Ratio, 3),
      round(p99Ratio, 3),
    ]),
  );
  out[s.name] = {
    base_p99_us: round(best.base.us(99)),
    head_p99_us: round(best.head.us(99)),
    mean_ratio: round(meanRatio, 3),
    p50_ratio: round(p50Ratio, 3),
    p99_ratio: round(p99Ratio, 3),
  };
}
console.log(JSON.stringify(out));
