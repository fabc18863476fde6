/**
 * What bench:e2e reads of the server besides its replies: its collections
 * and event-loop delay from its /metrics, and the per-second loop probe
 * (loop-probe.ts) it writes to a file.
 */
import { readFileSync } from 'node:fs';
import { LOOP_PROBE_ENV } from './workload.js';

/** Pauses of one kind of collection: how many, and their total in ms. */
export interface GcReading {
  readonly minor: { readonly count: number; readonly ms: number };
  readonly major: { readonly count: number; readonly ms: number };
  /** The server's event-loop delay since the previous read of /metrics (prom-client resets it at each), ms. */
  readonly loopP99Ms: number;
  readonly loopMaxMs: number;
}

/** Reads `nodejs_gc_duration_seconds` (prom-client's default metrics) from the server's /metrics. */
export async function readGc(port: number): Promise<GcReading | null> {
  try {
    const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    const read = (kind: string) => {
      const sum = new RegExp(`^nodejs_gc_duration_seconds_sum\\{kind="${kind}"\\} (\\S+)$`, 'm').exec(text);
      const count = new RegExp(`^nodejs_gc_duration_seconds_count\\{kind="${kind}"\\} (\\S+)$`, 'm').exec(text);
      return { count: Number(count?.[1] ?? 0), ms: Number(sum?.[1] ?? 0) * 1000 };
    };
    const lag = (name: string) => Number(new RegExp(`^nodejs_eventloop_lag_${name}_seconds (\\S+)$`, 'm').exec(text)?.[1] ?? NaN) * 1000;
    return { minor: read('minor'), major: read('major'), loopP99Ms: lag('p99'), loopMaxMs: lag('max') };
  } catch {
    return null;
  }
}

export const gcDelta = (a: GcReading | null, b: GcReading | null): GcReading | null =>
  a === null || b === null
    ? null
    : {
        minor: { count: b.minor.count - a.minor.count, ms: b.minor.ms - a.minor.ms },
        major: { count: b.major.count - a.major.count, ms: b.major.ms - a.major.ms },
        loopP99Ms: b.loopP99Ms,
        loopMaxMs: b.loopMaxMs,
      };

/** The server's event-loop delay per second (loop-probe.ts), over a window of monotonic ms: the longest turn, and the worst second's p99. */
export interface LoopReading {
  readonly maxMs: number;
  readonly p99Ms: number;
  /** The most CPU time of one turn (between two firings of a 1-ms timer), ms: what the server's own work held the loop for. */
  readonly cpuMaxMs: number;
  readonly seconds: number;
}

export function loopDuring(fromMs: number, toMs: number): LoopReading | null {
  const file = process.env[LOOP_PROBE_ENV] ?? '';
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return null;
  }
  let maxMs = 0;
  let p99Ms = 0;
  let cpuMaxMs = 0;
  let seconds = 0;
  for (const line of text.split('\n')) {
    const [t, max, p99, , cpu] = line.split(' ').map(Number);
    if (t === undefined || max === undefined || p99 === undefined || !(t > fromMs && t <= toMs + 1000)) continue;
    maxMs = Math.max(maxMs, max);
    p99Ms = Math.max(p99Ms, p99);
    if (cpu !== undefined && Number.isFinite(cpu)) cpuMaxMs = Math.max(cpuMaxMs, cpu);
    seconds++;
  }
  return seconds === 0 ? null : { maxMs, p99Ms, cpuMaxMs, seconds };
}
