/**
 * A `bench:chaos` client process: logs in its share of the agents
 * (`AgentPool`, every client with all the servers' URLs), works every offer
 * until told to finish, then reports what its agents saw and how busy the
 * process was (CPU, event-loop delay: whether one process drives its
 * agents without becoming the bottleneck).
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { AgentPool } from '../../test/harness/cluster-workload.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

const send = (m: FromWorker): void => {
  process.send?.(m);
};

let pool: AgentPool | null = null;
let since = { cpu: process.cpuUsage(), at: performance.now() };
const delay = monitorEventLoopDelay({ resolution: 10 });

process.on('message', (m: ToWorker) => {
  void handle(m).catch((e: unknown) => send({ type: 'error', message: (e as Error).stack ?? String(e) }));
});
process.on('disconnect', () => process.exit(0));

async function handle(m: ToWorker): Promise<void> {
  if (m.type === 'start') {
    const t0 = performance.now();
    const span = m.handleMaxMs - m.handleMinMs;
    pool = await AgentPool.start({
      urls: m.urls,
      secret: m.secret,
      agents: m.agents,
      handleMs: () => m.handleMinMs + Math.random() * span,
      loginConcurrency: 25,
    });
    since = { cpu: process.cpuUsage(), at: performance.now() };
    delay.enable();
    send({ type: 'ready', loginMs: Math.round(performance.now() - t0) });
    return;
  }
  if (pool === null) throw new Error('finish before start');
  delay.disable();
  const cpu = process.cpuUsage(since.cpu);
  const report: FromWorker = {
    type: 'done',
    received: [...pool.received],
    reconnects: pool.reconnects,
    failedRequests: pool.failedRequests,
    log: pool.log.slice(-10),
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    wallSeconds: (performance.now() - since.at) / 1000,
    loopDelayP99Ms: delay.percentile(99) / 1e6,
    loopDelayMaxMs: delay.max / 1e6,
  };
  await pool.close();
  send(report);
}
