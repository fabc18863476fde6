/**
 * Investigations: loaded with `node --import` into the server and the client
 * processes when bench:e2e runs with `--stall-log <dir>` (see e2e-bench.ts).
 * Records, on the machine-wide monotonic clock (`process.hrtime`, the clock
 * the bench's offer timestamps use), each GC pause (`perf_hooks` gc entries)
 * and each event-loop stall (a 1-ms interval that fired more than 4 ms late:
 * the thread was busy or not scheduled), and writes them to
 * `<dir>/stalls-<pid>.txt` as `<start ms> <duration ms> <kind>` lines, with
 * one `sync` line pairing the monotonic clock with `Date.now()` (to place
 * wall-clock log lines). `slow-offers.ts` lines them up with the slow offers.
 * Main thread only: a worker's stalls are not the event loop's.
 */
import { appendFileSync } from 'node:fs';
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { nowMs, STALL_LOG_ENV } from './workload.js';

const dir = process.env[STALL_LOG_ENV];
const STALL_MS = 4;

const KIND: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'gc-minor',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'gc-major',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'gc-incremental',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'gc-weakcb',
};

if (dir !== undefined && dir !== '' && isMainThread) {
  const role = process.argv.some((a) => a.endsWith('switchboard.js')) ? 'server' : process.argv.some((a) => a.includes('echo-server')) ? 'echo' : 'client';
  const rows: string[] = [`${nowMs().toFixed(3)} ${Date.now()} sync ${role}`];
  new PerformanceObserver((list) => {
    // Entries arrive after the fact: place them by their distance from now.
    const mono = nowMs();
    const now = performance.now();
    for (const e of list.getEntries()) {
      const kind = (e as unknown as { detail?: { kind?: number } }).detail?.kind ?? -1;
      rows.push(`${(mono - (now - e.startTime)).toFixed(3)} ${e.duration.toFixed(3)} ${KIND[kind] ?? 'gc'}`);
    }
  }).observe({ entryTypes: ['gc'] });
  let last = nowMs();
  setInterval(() => {
    const t = nowMs();
    if (t - last > STALL_MS) rows.push(`${last.toFixed(3)} ${(t - last).toFixed(3)} stall`);
    last = t;
  }, 1).unref();
  const flush = (): void => {
    if (rows.length === 0) return;
    appendFileSync(`${dir}/stalls-${process.pid}.txt`, `${rows.join('\n')}\n`);
    rows.length = 0;
  };
  setInterval(flush, 2000).unref();
  process.on('exit', flush);
}
