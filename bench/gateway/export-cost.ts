/**
 * bench:export-cost: what streaming a day of interaction records costs the
 * server (issue 24): its heap while `GET /v1/interactions` streams N
 * records (memory store, NDJSON and CSV, read by `curl` in another process
 * at its own pace), and the event loop's longest turn meanwhile against
 * the same server idle (the loop is where routing runs: a long turn is a
 * routing stall).
 *
 * Usage: npm run bench:export-cost [-- --quick]   (quick: 50,000 records; full: 300,000, a day at 290,000)
 * The last line is one JSON object with the figures.
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseConfig } from '../../src/config/schema.js';
import type { InteractionRecord } from '../../src/record/interaction-record.js';
import { MemoryRecordStore } from '../../src/record/record-store.js';
import { createServer } from '../../src/server.js';

const quick = process.argv.includes('--quick');
const N = quick ? 50_000 : 300_000;
const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();
const mib = (b: number) => (b / 1048576).toFixed(1);
const log = (s: string) => console.log(s);

/** A record as a handled, transferred, surveyed call leaves it (about 1 KB of JSON). */
function record(i: number, at: number): InteractionRecord {
  const a1 = `agent-${i % 700}`;
  const a2 = `agent-${(i + 7) % 700}`;
  return {
    contactId: `c-${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`,
    externalId: `call-${i}`,
    integration: 'pbx',
    customerId: `cust-${i % 150_000}`,
    tier: i % 4 === 0 ? 'prime' : 'standard',
    channel: 'voice',
    language: 'en',
    outcome: 'handled',
    createdAt: at - 400_000,
    closedAt: at,
    waitMs: 20_000,
    redirectedFrom: null,
    queues: [
      { queueId: 'support', at: at - 400_000 },
      { queueId: 'billing', at: at - 200_000 },
    ],
    offers: [
      { agentId: a1, at: at - 380_000, outcome: 'accepted', endedAt: at - 379_000 },
      { agentId: a2, at: at - 200_000, outcome: 'accepted', endedAt: at - 199_000 },
    ],
    agents: [
      {
        agentId: a1,
        acceptedAt: at - 379_000,
        connectedAt: at - 378_000,
        endedAt: at - 200_000,
        releasedAt: at - 200_000,
        talkMs: 160_000,
        holdMs: 18_000,
        wrapUpMs: 0,
        handleMs: 179_000,
      },
      {
        agentId: a2,
        acceptedAt: at - 199_000,
        connectedAt: at - 198_000,
        endedAt: at - 30_000,
        releasedAt: at,
        talkMs: 168_000,
        holdMs: 0,
        wrapUpMs: 30_000,
        handleMs: 199_000,
      },
    ],
    transfers: [
      {
        at: at - 200_000,
        fromAgentId: a1,
        fromQueueId: 'support',
        toQueueId: 'billing',
        toAgentId: null,
        mode: 'blind',
        escalation: null,
        hasNotes: true,
        by: a1,
      },
    ],
    disposition: 'refund',
    hasNotes: true,
    callback: null,
    followUpOf: null,
    followUps: [],
    repeatOf: null,
    repeatOfAgentId: null,
    handoff: null,
    survey: { at, helpful: i % 5 !== 0, reason: i % 5 === 0 ? 'too-long' : null, category: null, agentId: a2 },
    supervisorActions: [],
  };
}

const config = parseConfig({
  queues: [
    { id: 'support', channels: ['voice'] },
    { id: 'billing', channels: ['voice'] },
  ],
  tokenSecret: 'bench-secret-0123456789abcdef',
  records: { maxBytes: 2 * 1024 ** 3 },
});
const t0 = Date.now() - 24 * 3600_000;
const store = new MemoryRecordStore({ retentionMs: 7 * 24 * 3600_000, now: () => Date.now(), maxBytes: 2 * 1024 ** 3 });
for (let i = 0; i < N; i++) store.closed(record(i, t0 + Math.floor((i * 24 * 3600_000) / N)));
const server = await createServer({ config, port: 0, records: store, web: false });
const token = await server.tokens.sign({ role: 'supervisor', id: 'bench' });

log(
  `bench:export-cost${quick ? ' (quick)' : ''}  node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
log(`${N.toLocaleString('en')} records in the memory store, ${mib(store.stats().bytes ?? 0)} MiB`);

/** Runs curl on the export while sampling the heap and the loop's delay. */
async function measure(
  path: string | null,
): Promise<{ seconds: number; bytes: number; maxLoopMs: number; p99LoopMs: number; heapBaseMiB: number; heapPeakMiB: number; heapAfterMiB: number }> {
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  const h = monitorEventLoopDelay({ resolution: 1 });
  h.enable();
  const started = performance.now();
  let bytes = 0;
  if (path === null) await new Promise((r) => setTimeout(r, 3000));
  else {
    const out = await new Promise<string>((resolve, reject) => {
      const p = spawn('curl', [
        '-sS',
        '-o',
        '/dev/null',
        '-w',
        '%{size_download}',
        '-H',
        `Authorization: Bearer ${token}`,
        `http://127.0.0.1:${server.port}${path}`,
      ]);
      let s = '';
      p.stdout.on('data', (d: Buffer) => (s += d.toString()));
      p.on('error', reject);
      p.on('close', (code) => (code === 0 ? resolve(s) : reject(new Error(`curl exited ${code}`))));
    });
    bytes = Number(out);
  }
  const seconds = (performance.now() - started) / 1000;
  h.disable();
  clearInterval(sampler);
  gc();
  const after = process.memoryUsage().heapUsed;
  return {
    seconds,
    bytes,
    maxLoopMs: h.max / 1e6,
    p99LoopMs: h.percentile(99) / 1e6,
    heapBaseMiB: base / 1048576,
    heapPeakMiB: peak / 1048576,
    heapAfterMiB: after / 1048576,
  };
}

const out: Record<string, unknown> = { bench: 'export-cost', quick, records: N };
log('\n| run | s | MiB sent | heap before MiB | heap peak MiB (garbage included) | heap after GC MiB | loop p99 ms | loop max ms |');
log('|---|---|---|---|---|---|---|---|');
for (const [name, path] of [
  ['idle (3 s)', null],
  ['NDJSON, streamed', `/v1/interactions?from=0`],
  ['CSV, streamed', `/v1/interactions?from=0&format=csv`],
] as const) {
  const r = await measure(path);
  log(
    `| ${name} | ${r.seconds.toFixed(1)} | ${mib(r.bytes)} | ${r.heapBaseMiB.toFixed(1)} | ${r.heapPeakMiB.toFixed(1)} | ${r.heapAfterMiB.toFixed(1)} | ${r.p99LoopMs.toFixed(1)} | ${r.maxLoopMs.toFixed(1)} |`,
  );
  const key = name.split(/[ ,]/)[0]!.toLowerCase();
  out[`${key}_seconds`] = Number(r.seconds.toFixed(2));
  out[`${key}_heap_peak_growth_mib`] = Number((r.heapPeakMiB - r.heapBaseMiB).toFixed(1));
  out[`${key}_heap_after_gc_growth_mib`] = Number((r.heapAfterMiB - r.heapBaseMiB).toFixed(1));
  out[`${key}_loop_max_ms`] = Number(r.maxLoopMs.toFixed(1));
  out[`${key}_mib_sent`] = Number(mib(r.bytes));
}
await server.close();
console.log(JSON.stringify({ ...out, load_average: loadavg().map((x) => Number(x.toFixed(2))) }));
