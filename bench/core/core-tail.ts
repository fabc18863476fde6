/**
 * bench:core-tail — what the slowest 1 % of bench:core's decisions are.
 *
 * The workload is deterministic (seeded, injected clock): decision i of one
 * run is decision i of another. So each shape runs in separate processes:
 * - two "clean" runs: the wall time of every decision, the events it
 *   emitted, and whether a GC (PerformanceObserver `gc` entries) overlapped
 *   it; the first under `--trace-gc` for the scavenges of the timed phase;
 * - one "count" run: the same decisions with counters patched onto the
 *   prototypes of the core's internal classes (timer-heap pushes and pops,
 *   deadline checks, ready-list slots walked, full compatibility checks,
 *   class look-ups and new classes, waiting-structure updates, history
 *   appends), which slow the decisions down and so are never timed.
 * The report joins them by decision: which decisions are slow in both clean
 * runs (their work) or in one only (the machine: preemption, GC), and what
 * the slowest 1 % did differently from the median decision.
 *
 * Usage: npm run bench:core-tail [-- --decisions 20000] [--shape contact|agent|both] [--keep dir] [--warm N]
 * (`--warm N`: contact-heavy runs N untimed decisions before the timed ones, 5,000 as bench:core, 0 to see the compile warm-up;
 * with `--warm-other`, on another router dropped before: code warm, data cold)
 * (`--keep`: the runs' per-decision files stay in that directory)
 * (children: --child clean|count --shape contact|agent --out file.json)
 * Nothing here is inside the core: it reads and wraps its classes from outside.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { setImmediate as yieldLoop } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Router, type CoreEvent } from '../../src/core/index.js';
import { ContactClass } from '../../src/core/contact-class.js';
import { ContactHeap } from '../../src/core/contact-heap.js';
import { ContactTimers } from '../../src/core/contact-timers.js';
import { CustomerHistory } from '../../src/core/customer-history.js';
import { IdleList } from '../../src/core/idle-list.js';
import { RankTree } from '../../src/core/rank-tree.js';
import { RoutingState } from '../../src/core/routing-state.js';
import { TimerHeap } from '../../src/core/timer-heap.js';
import { round } from '../lib/latency.js';
import { AgentHeavy } from './agent-heavy.js';
import { CONTACT_WARM, ContactHeavy, type DecisionHook } from './contact-heavy.js';

const { values } = parseArgs({
  options: {
    child: { type: 'string' },
    shape: { type: 'string', default: 'both' },
    decisions: { type: 'string', default: '20000' },
    out: { type: 'string' },
    keep: { type: 'string' },
    warm: { type: 'string', default: String(CONTACT_WARM) },
    'warm-other': { type: 'boolean', default: false },
  },
});
const DECISIONS = Number(values.decisions);

/** What one child writes: per decision, arrays indexed by decision. */
interface RunFile {
  readonly shape: string;
  readonly ns?: number[];
  /** Per decision, the wall time (ns) of a fixed memory-bound probe run right after it (clean runs). */
  readonly probe?: number[];
  readonly gc?: number[];
  readonly events?: string[];
  readonly counts?: Record<string, number[]>;
  readonly gcs?: { kind: number; ms: number; end: number }[];
  /** Decisions since the last GC ended (Infinity before the first). */
  readonly sinceGc?: number[];
}

// ---- counters (count runs only) -------------------------------------------------

const COUNTERS = [
  'heapPush',
  'heapPop',
  'heapSize',
  'live',
  'walk',
  'listEpoch',
  'fullCheck',
  'classAt',
  'classes',
  'classHeapOps',
  'rankOps',
  'history',
] as const;
type Counter = (typeof COUNTERS)[number];
const C: Record<Counter, number> = Object.fromEntries(COUNTERS.map((k) => [k, 0])) as Record<Counter, number>;
let timerHeap: TimerHeap<never> | null = null;
let state: RoutingState | null = null;
const lists = new Set<IdleList<never>>();

/** Wraps `proto[name]` so that each call first runs `count(this, args)`. */
function wrap<T extends object>(proto: T, name: string, count: (self: never, args: unknown[]) => void): void {
  const p = proto as Record<string, unknown>;
  const orig = p[name] as (...a: unknown[]) => unknown;
  p[name] = function (this: never, ...args: unknown[]) {
    count(this, args);
    return orig.apply(this, args);
  };
}

function installCounters(): void {
  wrap(TimerHeap.prototype, 'push', (self) => {
    C.heapPush++;
    timerHeap = self;
  });
  wrap(TimerHeap.prototype, 'pop', (self) => {
    C.heapPop++;
    timerHeap = self;
  });
  wrap(ContactTimers.prototype, 'live', () => C.live++);
  wrap(IdleList.prototype, 'idxAt', (self) => {
    C.walk++;
    lists.add(self);
  });
  wrap(ContactClass.prototype, 'matches', (self: ContactClass, args) => {
    if (self.compatAt((args[0] as { idx: number }).idx) === 0) C.fullCheck++;
  });
  wrap(RoutingState.prototype, 'classAt', (self) => {
    C.classAt++;
    state = self;
  });
  for (const m of ['push', 'remove']) wrap(ContactHeap.prototype, m, () => C.classHeapOps++);
  for (const m of ['insert', 'remove', 'removeNode']) wrap(RankTree.prototype, m, () => C.rankOps++);
  wrap(CustomerHistory.prototype, 'append', () => C.history++);
}

/** Levels read at each decision's end (not deltas). */
function levels(): void {
  C.heapSize = timerHeap?.size ?? 0;
  C.classes = state?.classList.length ?? 0;
  let e = 0;
  for (const l of lists) e += l.epoch;
  C.listEpoch = e;
}

// ---- a fixed amount of work: the machine's own tail ---------------------------

/** A pointer chase through 32 MiB (a random cycle): each call takes the next 150 hops, nearly all cache misses. */
const CHASE = (() => {
  const n = 1 << 23;
  const next = new Int32Array(n);
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let x = 12345;
  for (let i = n - 1; i > 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  for (let i = 0; i < n; i++) next[order[i]!] = order[(i + 1) % n]!;
  return next;
})();
let chaseAt = 0;
function probe(): number {
  const t0 = performance.now();
  let p = chaseAt;
  for (let k = 0; k < 150; k++) p = CHASE[p]!;
  chaseAt = p;
  return (performance.now() - t0) * 1e6;
}

// ---- a child run ---------------------------------------------------------------

async function child(mode: 'clean' | 'count', shape: 'contact' | 'agent', out: string): Promise<void> {
  if (mode === 'count') installCounters();
  const ns: number[] = [];
  const probes: number[] = [];
  const starts: number[] = [];
  const events: string[] = [];
  const counts: Record<string, number[]> = Object.fromEntries(COUNTERS.map((k) => [k, []]));
  const before: Record<string, number> = { ...C };
  const hook: DecisionHook = (t, t0, es: readonly CoreEvent[]) => {
    ns.push(t);
    starts.push(t0);
    events.push(es.map((e) => e.type).join(','));
    if (mode === 'clean') probes.push(probe());
    if (mode === 'count') {
      levels();
      for (const k of COUNTERS) {
        const level = k === 'heapSize' || k === 'classes';
        counts[k]!.push(level ? C[k] : C[k] - before[k]!);
        before[k] = C[k];
      }
    }
  };
  if (values['warm-other'] && shape === 'contact') {
    // The warm decisions on another router, dropped before the timed one is built: warms the code, not the data.
    const other = new ContactHeavy(Router, { warmDecisions: Number(values.warm) });
    other.step();
  }
  // Counters of the set-up are not the first decision's.
  const run =
    shape === 'contact'
      ? new ContactHeavy(Router, { onDecision: hook, warmDecisions: values['warm-other'] ? 0 : Number(values.warm) })
      : new AgentHeavy(Router, { onDecision: hook });
  levels();
  Object.assign(before, C);
  const gcs: PerformanceEntry[] = [];
  const obs = new PerformanceObserver((list) => gcs.push(...list.getEntries()));
  obs.observe({ entryTypes: ['gc'] });
  // Marks the timed phase in a --trace-gc log.
  console.log('core-tail: timed phase starts');
  for (let d = 0; d < DECISIONS; d++) {
    run.step();
    // Lets the observer collect GC entries (its buffer is read between turns of the loop).
    if (d % 1000 === 999) await yieldLoop();
  }
  await yieldLoop();
  console.log('core-tail: timed phase ends');
  obs.disconnect();
  // A decision overlapped by a GC: 1 scavenge, 2 other (mark-compact, incremental marking...).
  const gc = ns.map((t, i) => {
    const a = starts[i]!;
    const b = a + t / 1e6;
    const hit = gcs.find((g) => g.startTime < b && g.startTime + g.duration > a);
    if (hit === undefined) return 0;
    return (hit as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind === 1 ? 1 : 2;
  });
  const ends = gcs.map((g) => g.startTime + g.duration).sort((x, y) => x - y);
  let g = -1;
  let last = -1;
  const sinceGc = starts.map((t0, i) => {
    while (g + 1 < ends.length && ends[g + 1]! <= t0) {
      g++;
      last = i;
    }
    return last < 0 ? 1e9 : i - last;
  });
  const file: RunFile =
    mode === 'clean'
      ? {
          shape,
          ns,
          probe: probes,
          gc,
          events,
          sinceGc,
          gcs: gcs.map((x) => ({ kind: (x as { detail?: { kind?: number } }).detail?.kind ?? 0, ms: x.duration, end: x.startTime + x.duration })),
        }
      : { shape, events, counts };
  writeFileSync(out, JSON.stringify(file));
}

// ---- the report ----------------------------------------------------------------

const pct = (x: number): string => `${round(100 * x, 1)} %`;
const mean = (xs: readonly number[]): number => (xs.length === 0 ? NaN : xs.reduce((a, b) => a + b, 0) / xs.length);
function quant(xs: readonly number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
/** Indexes of the slowest `frac` of decisions. */
function slowest(ns: readonly number[], frac: number): Set<number> {
  const idx = ns.map((_, i) => i).sort((a, b) => ns[b]! - ns[a]!);
  return new Set(idx.slice(0, Math.max(1, Math.round(frac * ns.length))));
}

function report(shape: string, a: RunFile, b: RunFile, c: RunFile, traceGc: string): void {
  const nsA = a.ns!;
  const nsB = b.ns!;
  const n = nsA.length;
  const us = (x: number): number => round(x / 1000, 2);
  console.log(`\n== ${shape === 'contact' ? 'contact-heavy (finishWrapUp)' : 'agent-heavy (createContact)'}: ${n} decisions`);
  console.log(
    `run A p50 ${us(quant(nsA, 0.5))} / p99 ${us(quant(nsA, 0.99))} / p99.9 ${us(quant(nsA, 0.999))} µs; run B p50 ${us(quant(nsB, 0.5))} / p99 ${us(quant(nsB, 0.99))} µs`,
  );
  // The same decision's time in both runs: min(A, B) is its work without most of the machine's noise.
  const both = nsA.map((x, i) => Math.min(x, nsB[i]!));
  console.log(
    `min(A, B) per decision (its work, noise mostly removed): p50 ${us(quant(both, 0.5))} / p99 ${us(quant(both, 0.99))} / p99.9 ${us(quant(both, 0.999))} µs`,
  );
  const slowA = slowest(nsA, 0.01);
  const all = new Set(nsA.map((_, i) => i));
  const slowB1 = slowest(nsB, 0.01);
  const slowB2 = slowest(nsB, 0.02);
  const in1 = [...slowA].filter((i) => slowB1.has(i)).length / slowA.size;
  const in2 = [...slowA].filter((i) => slowB2.has(i)).length / slowA.size;
  const pr = a.probe!;
  console.log(
    `a fixed probe (150 cache-missing loads) after each decision, run A: p50 ${us(quant(pr, 0.5))} / p99 ${us(quant(pr, 0.99))} µs (p99/p50 ${round(quant(pr, 0.99) / quant(pr, 0.5), 2)}; decisions' p99/p50 ${round(quant(nsA, 0.99) / quant(nsA, 0.5), 2)}, min(A, B)'s ${round(quant(both, 0.99) / quant(both, 0.5), 2)})`,
  );
  const tenthP99 = (xs: readonly number[]): string =>
    Array.from({ length: 10 }, (_, k) => us(quant(xs.slice((k * n) / 10, ((k + 1) * n) / 10), 0.99))).join(' ');
  console.log(`p99 by tenth of the run (µs): run A ${tenthP99(nsA)}; min(A, B) ${tenthP99(both)}`);
  console.log(`run A's slowest 1 % that are also run B's slowest 1 %: ${pct(in1)}, slowest 2 %: ${pct(in2)} (by chance: 1 %, 2 %)`);
  const gcOf = (s: Set<number>, kind: number): number => [...s].filter((i) => a.gc![i] === kind).length / s.size;
  console.log(
    `GC overlapping a decision: slowest 1 % scavenge ${pct(gcOf(slowA, 1))}, other ${pct(gcOf(slowA, 2))}; all decisions scavenge ${pct(gcOf(all, 1))}, other ${pct(gcOf(all, 2))}; GCs in run A's timed phase: ${a.gcs!.length} (scavenges ${a.gcs!.filter((g) => g.kind === 1).length}, mean ${round(mean(a.gcs!.map((g) => g.ms)), 2)} ms)`,
  );
  console.log(`--trace-gc (run A, timed phase): ${traceGc}`);
  // After a scavenge the survivors have moved: the next decisions miss the caches more.
  for (const k of [1, 10, 100, 500]) {
    const near = (s: Set<number>): number => [...s].filter((i) => a.sinceGc![i]! < k).length / s.size;
    const t = nsA.filter((_, i) => a.sinceGc![i]! < k);
    console.log(
      `  within ${k} decisions after a GC: ${pct(near(slowA))} of run A's slowest 1 %, ${pct(near(all))} of all (their p50 ${t.length ? us(quant(t, 0.5)) : '-'} µs)`,
    );
  }
  // Where in the run the slowest 1 % fall (tenths of the run).
  const tenths = Array.from({ length: 10 }, (_, k) => [...slowA].filter((i) => Math.floor((10 * i) / n) === k).length);
  console.log(`run A's slowest 1 % by tenth of the run: ${tenths.join(' ')}`);
  // The tail of the work: decisions slow in min(A, B).
  const slowW = slowest(both, 0.01);
  const median = new Set(
    both
      .map((_, i) => i)
      .sort((x, y) => both[x]! - both[y]!)
      .slice(Math.floor(0.25 * n), Math.floor(0.75 * n)),
  );
  const sig = (s: Set<number>): string => {
    const m = new Map<string, number>();
    for (const i of s) m.set(a.events![i]!, (m.get(a.events![i]!) ?? 0) + 1);
    return [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, 4)
      .map(([k, v]) => `${pct(v / s.size)} [${k}]`)
      .join('; ');
  };
  console.log(`events of the slowest 1 % by min(A, B): ${sig(slowW)}`);
  console.log(`events of the middle 50 %:               ${sig(median)}`);
  console.log(`counters (count run), mean per decision: slowest 1 % by min(A, B) | middle 50 % | all`);
  for (const k of COUNTERS) {
    const xs = c.counts![k]!;
    const m = (s: Set<number>): number => round(mean([...s].map((i) => xs[i]!)), 2);
    console.log(`  ${k.padEnd(13)} ${String(m(slowW)).padStart(12)} ${String(m(median)).padStart(12)} ${String(m(all)).padStart(12)}`);
  }
  // Latency by the counter that varies most with it.
  for (const k of ['walk', 'heapPop', 'fullCheck', 'classAt', 'live'] as const) {
    const xs = c.counts![k]!;
    const edges = [0, 1, 10, 100, 1000, 3000, Infinity];
    const cells: string[] = [];
    for (let e = 0; e + 1 < edges.length; e++) {
      const idx = xs.map((_, i) => i).filter((i) => xs[i]! >= edges[e]! && xs[i]! < edges[e + 1]!);
      if (idx.length === 0) continue;
      const t = idx.map((i) => both[i]!);
      cells.push(`[${edges[e]}, ${edges[e + 1]}) n=${idx.length} p50 ${us(quant(t, 0.5))} p99 ${us(quant(t, 0.99))}`);
    }
    console.log(`  by ${k}: ${cells.join(' | ')}`);
  }
}

async function main(): Promise<void> {
  if (values.child !== undefined) {
    await child(values.child as 'clean' | 'count', values.shape as 'contact' | 'agent', values.out!);
    return;
  }
  const self = fileURLToPath(import.meta.url);
  const dir = values.keep ?? mkdtempSync(path.join(os.tmpdir(), 'core-tail-'));
  mkdirSync(dir, { recursive: true });
  const shapes = values.shape === 'both' ? ['contact', 'agent'] : [values.shape!];
  console.log(
    `bench:core-tail  ${DECISIONS} decisions/shape, load ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, node ${process.version}, ${os.cpus()[0]?.model ?? '?'}`,
  );
  try {
    for (const shape of shapes) {
      const runOf = (mode: string, tag: string, flags: string[] = []): { file: RunFile; stdout: string } => {
        const out = path.join(dir, `${shape}-${tag}.json`);
        const stdout = execFileSync(
          process.execPath,
          [
            ...flags,
            self,
            '--child',
            mode,
            '--shape',
            shape,
            '--decisions',
            String(DECISIONS),
            '--warm',
            values.warm!,
            ...(values['warm-other'] ? ['--warm-other'] : []),
            '--out',
            out,
          ],
          {
            encoding: 'utf8',
            maxBuffer: 1 << 28,
          },
        );
        return { file: JSON.parse(readFileSync(out, 'utf8')) as RunFile, stdout };
      };
      const a = runOf('clean', 'a', ['--trace-gc']);
      const b = runOf('clean', 'b');
      const c = runOf('count', 'c');
      const timed = a.stdout.split('core-tail: timed phase starts')[1]?.split('core-tail: timed phase ends')[0] ?? '';
      const lines = timed.split('\n').filter((l) => /Scavenge|Mark-Compact|Mark-Sweep/.test(l));
      const ms = lines.map((l) => Number(/([\d.]+) \/ [\d.]+ ms/.exec(l)?.[1] ?? NaN)).filter((x) => !Number.isNaN(x));
      const traceGc = `${lines.length} GCs (${lines.filter((l) => l.includes('Scavenge')).length} scavenges), pauses ${ms.length > 0 ? `${round(Math.min(...ms), 2)}–${round(Math.max(...ms), 2)} ms` : '-'}`;
      if (c.file.events!.some((e, i) => e !== a.file.events![i])) throw new Error('the count run made other decisions than the clean run');
      report(shape, a.file, b.file, c.file, traceGc);
    }
  } finally {
    if (values.keep === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
