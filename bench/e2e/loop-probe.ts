/**
 * Loaded with `node --import` into the server, which writes to the file
 * bench:e2e names in its child's environment (see e2e-bench.ts): how long the event loop stayed busy,
 * i.e. the longest any one request (a snapshot page included), timer or
 * collection held the routing thread. Every second it appends
 * `<monotonic ms> <max ms> <p99 ms> <p99.9 ms>` of the last second's event-loop
 * delay (`monitorEventLoopDelay`, 1-ms resolution: a 1-ms timer that fires
 * late by as much as the thread was busy) and starts over, then the most
 * CPU time the process spent between two firings of a 1-ms timer (a turn's
 * CPU, ms): unlike the delay it does not grow while the machine runs other
 * processes instead of the server, so on a busy shared machine it still says
 * how long a turn's own work was (it counts V8's helper threads too: an
 * upper bound).
 */
import { appendFileSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { isMainThread } from 'node:worker_threads';
import { LOOP_PROBE_ENV, nowMs } from './workload.js';

const file = process.env[LOOP_PROBE_ENV];

if (file !== undefined && file !== '' && isMainThread) {
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  let last = process.cpuUsage();
  let cpuMaxUs = 0;
  setInterval(() => {
    const now = process.cpuUsage();
    const us = now.user - last.user + now.system - last.system;
    last = now;
    if (us > cpuMaxUs) cpuMaxUs = us;
  }, 1).unref();
  setInterval(() => {
    if (h.count > 0) {
      const ms = (ns: number): string => (ns / 1e6).toFixed(2);
      appendFileSync(file, `${nowMs().toFixed(0)} ${ms(h.max)} ${ms(h.percentile(99))} ${ms(h.percentile(99.9))} ${(cpuMaxUs / 1000).toFixed(2)}\n`);
    }
    h.reset();
    cpuMaxUs = 0;
  }, 1000).unref();
}
