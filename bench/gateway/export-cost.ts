/**
 * bench:export-cost: what streaming interaction records costs the server
 * (issue 24): its heap and RSS while `GET /v1/interactions` streams N
 * records (memory store, NDJSON and CSV, read by `curl` in another process
 * at its own pace), the event loop's longest turn meanwhile, and routing
 * meanwhile (a probe integration creates a contact every 10 ms, its agent
 * is offered it: the time from the create to the offer), against the same
 * server idle (the loop is where routing runs: a long turn is a routing
 * stall).
 *
 * Usage: npm run bench:export-cost [-- --quick] [-- --records N]
 *   default 1,000,000 records (a day at 1,000,000 contacts: the volume the windows are sized for);
 *   --quick 50,000; --records 300000 for the earlier figures (a day at 290,000).
 * The last line is one JSON object with the figures.
 */
import { spawn } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseConfig } from '../../src/config/schema.js';
import { toCsvRow, type InteractionRecord } from '../../src/record/interaction-record.js';
import { MemoryRecordStore } from '../../src/record/memory-record-store.js';
import { createServer } from '../../src/server.js';
import { SwitchboardClient } from '../../src/client/client.js';
import { Latency } from '../lib/latency.js';
import { plainRecord } from '../../test/harness/interaction-record.js';

const quick = process.argv.includes('--quick');
const recordsArg = process.argv.indexOf('--records');
const N = recordsArg > 0 ? Number(process.argv[recordsArg + 1]) : quick ? 50_000 : 1_000_000;
if (!(N >= 1)) throw new Error('--records takes a count');
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
  return plainRecord(`c-${i.toString(16).padStart(8, '0')}-0000-4000-8000-000000000000`, at, {
    externalId: `call-${i}`,
    integration: 'pbx',
    customerId: `cust-${i % 150_000}`,
    tier: i % 4 === 0 ? 'prime' : 'standard',
    channel: 'voice',
    createdAt: at - 400_000,
    waitMs: 20_000,
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
    survey: { at, helpful: i % 5 !== 0, reason: i % 5 === 0 ? 'too-long' : null, category: null, agentId: a2 },
  });
}

const MAX_BYTES = 4 * 1024 ** 3;
const config = parseConfig({
  queues: [
    { id: 'support', channels: ['voice'] },
    { id: 'billing', channels: ['voice'] },
    { id: 'probe', channels: ['chat'], wrapUpSeconds: 0 },
  ],
  agents: { 'probe-agent': { languages: ['en'], capacity: { chat: 100 }, queues: ['probe'] } },
  tokenSecret: 'bench-secret-0123456789abcdef',
  records: { maxBytes: MAX_BYTES },
  gateway: { ratePerSecond: 10_000, rateBurst: 10_000 },
});
const t0 = Date.now() - 24 * 3600_000;
const store = new MemoryRecordStore({ retentionMs: 7 * 24 * 3600_000, now: () => Date.now(), maxBytes: MAX_BYTES });
// Filling is timed record by record: what a contact's close costs the loop (the longest: the store's growth, the collector).
const fill = new Latency();
for (let i = 0; i < N; i++) {
  const r = record(i, t0 + Math.floor((i * 24 * 3600_000) / N));
  const started = performance.now();
  store.closed(r);
  fill.record((performance.now() - started) * 1e6);
}
const server = await createServer({ config, port: 0, records: store, web: false });
const token = await server.tokens.sign({ role: 'supervisor', id: 'bench' });
// Only the day's records go out (the probe's contacts close after it).
const day = `from=${t0}&to=${t0 + 24 * 3600_000}`;

/** Routing meanwhile: a contact every 10 ms, the time from its create to its agent's offer (same process: it waits for the same loop). */
const connect = async (role: 'agent' | 'integration', id: string) =>
  SwitchboardClient.connect({
    url: `ws://127.0.0.1:${server.port}`,
    role,
    token: await server.tokens.sign({ role, id }),
    reconnect: false,
    requestTimeoutMs: 60_000,
  });
const probeAgent = await connect('agent', 'probe-agent');
const probeIvr = await connect('integration', 'probe');
await probeAgent.login({ presence: 'available' });
const sentAt = new Map<string, number>();
let offerLatency = new Latency();
let probeSeq = 0;
probeAgent.on('offer', (o) => {
  // The offer carries the customer (its id is the probe's external id), not the external id.
  const at = sentAt.get(o.contact.customer?.id ?? '');
  sentAt.delete(o.contact.customer?.id ?? '');
  if (at !== undefined) offerLatency.record((performance.now() - at) * 1e6);
  void probeAgent
    .accept(o.contact.id)
    .then(() => probeIvr.end(o.contact.id))
    .catch(() => {});
});
const probe = setInterval(() => {
  const externalId = `probe-${probeSeq++}`;
  sentAt.set(externalId, performance.now());
  probeIvr.createContact({ externalId, queueId: 'probe', channel: 'chat', language: 'en', customer: { id: externalId } }).catch(() => {});
}, 10);

log(
  `bench:export-cost${quick ? ' (quick)' : ''}  node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);
log(`${N.toLocaleString('en')} records in the memory store, ${mib(store.stats().bytes ?? 0)} MiB; machine ${cpus()[0]?.model ?? '?'}, ${cpus().length} cores`);
log(
  `filling: closed() p50 ${fill.us(50).toFixed(1)} / p99 ${fill.us(99).toFixed(1)} µs, longest ${(fill.maxUs / 1000).toFixed(1)} ms; layout ${JSON.stringify(store.layout())}`,
);

interface Run {
  seconds: number;
  bytes: number;
  maxLoopMs: number;
  p99LoopMs: number;
  heapBaseMiB: number;
  heapPeakMiB: number;
  heapAfterMiB: number;
  rssBaseMiB: number;
  rssPeakMiB: number;
  rssAfterMiB: number;
  offers: number;
  offerP50Ms: number;
  offerP99Ms: number;
  offerMaxMs: number;
}

/** Runs curl on the export while sampling the heap, the RSS, the loop's delay and the probe's offers. */
async function measure(path: string | null): Promise<Run> {
  gc();
  // Contacts created before the collection (which holds the loop for a second on this heap) are not counted.
  sentAt.clear();
  const base = process.memoryUsage();
  let peak = base.heapUsed;
  let rssPeak = base.rss;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    peak = Math.max(peak, m.heapUsed);
    rssPeak = Math.max(rssPeak, m.rss);
  }, 20);
  const h = monitorEventLoopDelay({ resolution: 1 });
  offerLatency = new Latency();
  h.enable();
  const started = performance.now();
  let bytes = 0;
  if (path === null) await new Promise((r) => setTimeout(r, 5000));
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
  const offers = offerLatency;
  gc();
  const after = process.memoryUsage();
  return {
    seconds,
    bytes,
    maxLoopMs: h.max / 1e6,
    p99LoopMs: h.percentile(99) / 1e6,
    heapBaseMiB: base.heapUsed / 1048576,
    heapPeakMiB: peak / 1048576,
    heapAfterMiB: after.heapUsed / 1048576,
    rssBaseMiB: base.rss / 1048576,
    rssPeakMiB: rssPeak / 1048576,
    rssAfterMiB: after.rss / 1048576,
    offers: offers.count,
    offerP50Ms: offers.us(50) / 1000,
    offerP99Ms: offers.us(99) / 1000,
    offerMaxMs: offers.maxUs / 1000,
  };
}

/**
 * The work of one streamed page, what one turn of the loop does while exporting (the handler's
 * step: 100 records as stored for NDJSON, 25 parsed and laid out for CSV), timed page by page
 * over the whole day, alone.
 */
async function pageWork(format: 'ndjson' | 'csv'): Promise<{ pages: number; p50Ms: number; p99Ms: number; maxMs: number }> {
  gc();
  const l = new Latency();
  const q = { from: t0, to: t0 + 24 * 3600_000 };
  let cursor: string | null = null;
  do {
    const started = performance.now();
    if (format === 'csv') {
      const page = await store.page(q, cursor, 25);
      page.records.map(toCsvRow).join('');
      cursor = page.next;
    } else {
      const page = await store.pageJson(q, cursor, 100);
      void page.chunks.length;
      cursor = page.next;
    }
    l.record((performance.now() - started) * 1e6);
  } while (cursor !== null);
  return { pages: l.count, p50Ms: l.us(50) / 1000, p99Ms: l.us(99) / 1000, maxMs: l.maxUs / 1000 };
}

const out: Record<string, unknown> = {
  bench: 'export-cost',
  quick,
  records: N,
  fill_p99_us: Number(fill.us(99).toFixed(1)),
  fill_max_ms: Number((fill.maxUs / 1000).toFixed(1)),
};
log(
  '\n| run | s | MiB sent | heap before / peak (garbage included) / after GC MiB | RSS before / peak / after MiB | loop p99 ms | loop max ms | offers | offer p50 / p99 / max ms |',
);
log('|---|---|---|---|---|---|---|---|---|');
const f = (x: number) => x.toFixed(1);
for (const [name, path, key] of [
  ['idle (5 s)', null, 'idle'],
  ['NDJSON, streamed', `/v1/interactions?${day}`, 'ndjson'],
  ['CSV, streamed', `/v1/interactions?${day}&format=csv`, 'csv'],
  // One page answered whole: read a few records a turn too (it was one turn: tens of ms).
  ['NDJSON, one page of 10,000', `/v1/interactions?${day}&limit=10000`, 'ndjson_page'],
  ['CSV, one page of 10,000', `/v1/interactions?${day}&format=csv&limit=10000`, 'csv_page'],
] as const) {
  const r = await measure(path);
  log(
    `| ${name} | ${f(r.seconds)} | ${mib(r.bytes)} | ${f(r.heapBaseMiB)} / ${f(r.heapPeakMiB)} / ${f(r.heapAfterMiB)} | ${f(r.rssBaseMiB)} / ${f(r.rssPeakMiB)} / ${f(r.rssAfterMiB)} | ${f(r.p99LoopMs)} | ${f(r.maxLoopMs)} | ${r.offers} | ${f(r.offerP50Ms)} / ${f(r.offerP99Ms)} / ${f(r.offerMaxMs)} |`,
  );
  out[`${key}_seconds`] = Number(r.seconds.toFixed(2));
  out[`${key}_heap_peak_growth_mib`] = Number((r.heapPeakMiB - r.heapBaseMiB).toFixed(1));
  out[`${key}_heap_after_gc_growth_mib`] = Number((r.heapAfterMiB - r.heapBaseMiB).toFixed(1));
  out[`${key}_rss_base_mib`] = Number(r.rssBaseMiB.toFixed(1));
  out[`${key}_rss_peak_growth_mib`] = Number((r.rssPeakMiB - r.rssBaseMiB).toFixed(1));
  out[`${key}_rss_after_growth_mib`] = Number((r.rssAfterMiB - r.rssBaseMiB).toFixed(1));
  out[`${key}_loop_p99_ms`] = Number(r.p99LoopMs.toFixed(1));
  out[`${key}_loop_max_ms`] = Number(r.maxLoopMs.toFixed(1));
  out[`${key}_offer_p99_ms`] = Number(r.offerP99Ms.toFixed(1));
  out[`${key}_offer_max_ms`] = Number(r.offerMaxMs.toFixed(1));
  out[`${key}_mib_sent`] = Number(mib(r.bytes));
}
clearInterval(probe);
log('\n| one step, alone (NDJSON 100 records, CSV 25) | steps | work p50 ms | p99 ms | max ms |');
log('|---|---|---|---|---|');
for (const format of ['ndjson', 'csv'] as const) {
  const w = await pageWork(format);
  log(`| ${format} | ${w.pages} | ${w.p50Ms.toFixed(2)} | ${w.p99Ms.toFixed(2)} | ${w.maxMs.toFixed(1)} |`);
  out[`${format}_page_work_p99_ms`] = Number(w.p99Ms.toFixed(2));
  out[`${format}_page_work_max_ms`] = Number(w.maxMs.toFixed(1));
}
await probeIvr.close();
await probeAgent.close();
await server.close();
console.log(JSON.stringify({ ...out, load_average: loadavg().map((x) => Number(x.toFixed(2))) }));
