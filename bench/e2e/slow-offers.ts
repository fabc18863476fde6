/**
 * Investigations: which stalls the slow offers of a bench:e2e load phase fell
 * into. Reads a directory written by a run with `--stall-log <dir>`
 * (best with `--only uws|redis`: one load phase) and prints
 * - for the offers slower than `--min` ms (default 5) of the last load phase:
 *   how many overlapped a GC pause or an event-loop stall of which process
 *   (server, each agent process, the integration), or a store compaction;
 * - each process's pauses and stalls during that phase;
 * - the `--top` (default 5) 100-ms windows with the most slow offers, with
 *   every pause and stall of 1 ms or more around them.
 *
 *   node dist/bench/e2e/slow-offers.js <dir> [--min 10] [--top 5]
 *
 * All times are CLOCK_MONOTONIC ms (`process.hrtime`), shared by every
 * process of the machine. What it showed in session 5 (bench/RESULTS.md):
 * slow offers come in bursts, and the biggest bursts lined up with the
 * server's full collections, in which every process stalled at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Span {
  readonly who: string;
  readonly start: number;
  readonly ms: number;
  readonly kind: string;
}
interface Slow {
  readonly t: number;
  readonly ms: number;
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { min: { type: 'string', default: '5' }, top: { type: 'string', default: '5' } },
});
const dir = positionals[0];
if (dir === undefined) throw new Error('usage: slow-offers.js <dir> [--min ms] [--top n]');
const MIN = Number(values.min);
const TOP = Number(values.top);
const lines = (f: string): string[] =>
  readFileSync(`${dir}/${f}`, 'utf8')
    .split('\n')
    .filter((l) => l !== '');

const files = readdirSync(dir);
const phases = files.includes('phases.txt') ? lines('phases.txt').map((l) => Number(l.split(' ')[0])) : [];
const loadStart = phases.at(-1) ?? 0;

// Slow offers of the last load phase (intended send time at or after its start).
const slow: Slow[] = [];
const agentPids = new Set<string>();
for (const f of files) {
  const m = /^slow-offers-(\d+)\.txt$/.exec(f);
  if (m === null) continue;
  agentPids.add(m[1]!);
  for (const l of lines(f)) {
    const [t, ms] = l.split(' ').map(Number) as [number, number];
    if (t >= loadStart && ms > MIN) slow.push({ t, ms });
  }
}
slow.sort((a, b) => a.t - b.t);

// Pauses and stalls; the server is the one that started last before the phase.
const spans: Span[] = [];
const servers: { pid: string; since: number; wall: number }[] = [];
let agentNo = 0;
const names = new Map<string, string>();
for (const f of files.sort()) {
  const m = /^stalls-(\d+)\.txt$/.exec(f);
  if (m === null) continue;
  const pid = m[1]!;
  const rows = lines(f);
  const [since, wall, , role] = rows[0]!.split(' ');
  if (role === 'server') servers.push({ pid, since: Number(since), wall: Number(wall) });
  else if (role === 'client') names.set(pid, agentPids.has(pid) ? `agents-${++agentNo}` : 'integration');
  for (const l of rows.slice(1)) {
    const [start, ms, kind] = l.split(' ');
    spans.push({ who: pid, start: Number(start), ms: Number(ms), kind: kind! });
  }
}
const server = servers.filter((s) => s.since <= loadStart).sort((a, b) => b.since - a.since)[0];
if (server !== undefined) {
  names.set(server.pid, 'server');
  // Store compactions from the server's log, placed on the monotonic clock through its sync line.
  if (files.includes('server-out.txt')) {
    for (const l of lines('server-out.txt')) {
      if (!l.includes('"store compacted"')) continue;
      const j = JSON.parse(l) as { time: string; totalMs: number };
      const end = server.since + (Date.parse(j.time) - server.wall);
      spans.push({ who: server.pid, start: end - j.totalMs, ms: j.totalMs, kind: 'compaction' });
    }
  }
}
const phaseEnd = slow.at(-1)?.t ?? loadStart;
const inPhase = spans.filter((s) => names.has(s.who) && s.start + s.ms >= loadStart && s.start <= phaseEnd + 1000);
const label = (s: Span): string => `${names.get(s.who)}:${s.kind}`;

console.log(`${slow.length} offers slower than ${MIN} ms in the load phase that began at ${loadStart.toFixed(0)} (monotonic ms)`);
const causes = new Map<string, number>();
for (const o of slow) {
  const hits = inPhase.filter((s) => s.ms >= 1.5 && s.start < o.t + o.ms && s.start + s.ms > o.t);
  const key = hits.length === 0 ? '(nothing recorded)' : [...new Set(hits.map(label))].sort().join(' + ');
  causes.set(key, (causes.get(key) ?? 0) + 1);
}
console.log('\nslow offers by what overlapped them:');
for (const [k, n] of [...causes].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(6)}  ${k}`);

console.log('\npauses and stalls during the phase (count, total ms, max ms, over 4 ms):');
const per = new Map<string, { n: number; total: number; max: number; over4: number }>();
for (const s of inPhase) {
  const k = label(s);
  const v = per.get(k) ?? { n: 0, total: 0, max: 0, over4: 0 };
  v.n++;
  v.total += s.ms;
  v.max = Math.max(v.max, s.ms);
  if (s.ms > 4) v.over4++;
  per.set(k, v);
}
for (const [k, v] of [...per].sort())
  console.log(`  ${k.padEnd(28)} ${String(v.n).padStart(5)} ${v.total.toFixed(0).padStart(7)} ${v.max.toFixed(1).padStart(7)} ${String(v.over4).padStart(5)}`);

const buckets = new Map<number, Slow[]>();
for (const o of slow) {
  const b = Math.floor((o.t - loadStart) / 100);
  const list = buckets.get(b);
  if (list === undefined) buckets.set(b, [o]);
  else list.push(o);
}
const sizes = [...buckets.values()].map((b) => b.length).sort((a, b) => b - a);
console.log(`\n${buckets.size} windows of 100 ms hold them; the largest: ${sizes.slice(0, 12).join(' ')}`);
for (const [b, os] of [...buckets].sort((x, y) => y[1].length - x[1].length).slice(0, TOP)) {
  const from = loadStart + b * 100;
  console.log(`\nwindow at +${(b / 10).toFixed(1)} s: ${os.length} slow offers, the slowest ${Math.max(...os.map((o) => o.ms)).toFixed(1)} ms`);
  for (const s of inPhase.filter((x) => x.ms >= 1 && x.start + x.ms > from - 30 && x.start < from + 130).sort((x, y) => x.start - y.start)) {
    console.log(`  +${((s.start - loadStart) / 1000).toFixed(3)} s  ${s.ms.toFixed(1).padStart(6)} ms  ${label(s)}`);
  }
}
