/**
 * `npm run bench:relay`: how a follower's frames travel to the leader and
 * back, measured the two ways Redis offers, in one run on one private
 * redis-server: pub/sub (what `src/cluster/relay-bus.ts` uses) and Streams
 * (XADD with MAXLEN ~ on one connection, XREAD BLOCK on another).
 *
 * Each message carries its send time (same process, same clock); latency is
 * send -> receive, open loop at a fixed rate (no coordinated omission: the
 * intended send time counts), with the relay's real payload size (a JSON
 * envelope around an offer frame, ~600 bytes). Also: the most messages a
 * second each way sustains with a pipeline of sends.
 *
 * Prints a table and, last, one JSON line. `--quick` runs shorter.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { Latency, round } from '../lib/latency.js';

const quick = process.argv.includes('--quick');
const SECONDS = quick ? 3 : 10;
const ROUNDS = quick ? 1 : 2;
const RATES = [1000, 5000];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a !== null ? a.port : 0));
    });
  });
}

const payload = JSON.stringify({
  t: 'send',
  c: 17,
  b: 0,
  d: JSON.stringify({
    event: {
      seq: 42,
      at: Date.now(),
      offer: {
        contact: {
          id: 'c-5c1b1f2e-8d8c-4a0e-9f55-3f1d8f1a6c11',
          queueId: 'support-en',
          channel: 'voice',
          language: 'en-CA',
          skills: { billing: 2 },
          customer: { id: 'cust-1234567', tier: 'prime' },
          priority: 0,
          firstArrival: Date.now(),
          state: 'offered',
          agentId: 'a1234',
          externalId: 'call-987654',
          context: { ivr: 'billing', account: '0042-7781' },
        },
        expiresAt: Date.now() + 20000,
      },
    },
  }),
});

interface Way {
  readonly name: string;
  start(onMessage: (sentAt: number) => void): Promise<void>;
  send(sentAt: number): void;
  stop(): Promise<void>;
}

function pubsub(url: string): Way {
  const pub = new Redis(url);
  const sub = new Redis(url);
  return {
    name: 'pub/sub',
    async start(on) {
      sub.on('message', (_ch: string, m: string) => on(Number(m.slice(0, m.indexOf('|')))));
      await sub.subscribe('bench:relay');
    },
    send(sentAt) {
      void pub.publish('bench:relay', `${sentAt}|${payload}`);
    },
    async stop() {
      pub.disconnect();
      sub.disconnect();
    },
  };
}

function streams(url: string): Way {
  const pub = new Redis(url);
  const sub = new Redis(url);
  let running = true;
  return {
    name: 'Streams (XADD + XREAD BLOCK)',
    async start(on) {
      await pub.del('bench:relay:s');
      let last = '$';
      void (async () => {
        while (running) {
          const res = (await sub.xread('COUNT', 1000, 'BLOCK', 1000, 'STREAMS', 'bench:relay:s', last).catch(() => null)) as
            [string, [string, string[]][]][] | null;
          if (res === null) continue;
          for (const [, entries] of res) {
            for (const [id, fields] of entries) {
              last = id;
              on(Number(fields[1]));
            }
          }
        }
      })();
      await sleep(100);
    },
    send(sentAt) {
      void pub.xadd('bench:relay:s', 'MAXLEN', '~', '10000', '*', 't', String(sentAt), 'd', payload);
    },
    async stop() {
      running = false;
      await sleep(1100);
      pub.disconnect();
      sub.disconnect();
    },
  };
}

/** Open loop at `rate`/s for SECONDS; latency from the intended send time. */
async function measure(way: Way, rate: number, seconds = SECONDS): Promise<{ lat: Latency; lost: number }> {
  const lat = new Latency();
  await way.start((sentAt) => lat.record((performance.now() - sentAt) * 1e6));
  const total = rate * seconds;
  const start = performance.now() + 50;
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    const due = Math.min(total, Math.floor(((now - start) * rate) / 1000));
    for (; sent < due; sent++) way.send(start + (sent * 1000) / rate);
    await new Promise((r) => setImmediate(r));
  }
  const deadline = performance.now() + 5000;
  while (lat.count < total && performance.now() < deadline) await sleep(20);
  await way.stop();
  return { lat, lost: total - lat.count };
}

/** Closed pipeline: how many messages a second get through with 1,000 in flight. */
async function throughput(way: Way): Promise<number> {
  let received = 0;
  await way.start(() => received++);
  const n = quick ? 50_000 : 200_000;
  const t0 = performance.now();
  let sent = 0;
  while (received < n) {
    while (sent - received < 1000 && sent < n) {
      way.send(performance.now());
      sent++;
    }
    await new Promise((r) => setImmediate(r));
  }
  const secs = (performance.now() - t0) / 1000;
  await way.stop();
  return n / secs;
}

async function main(): Promise<void> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'sb-relay-bench-'));
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir], { stdio: 'ignore' });
  await sleep(300);
  const url = `redis://127.0.0.1:${port}`;
  const load = () =>
    os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const rows: { way: string; round: number; rate: number; p50: number; p99: number; p999: number; max: number; lost: number }[] = [];
  const rates: Record<string, number> = {};
  try {
    // Warm-up (JIT, connections), not recorded; then rounds in alternating order.
    for (const make of [pubsub, streams]) await measure(make(url), 2000, 1);
    for (let round = 1; round <= ROUNDS; round++) {
      const order = round % 2 === 1 ? [pubsub, streams] : [streams, pubsub];
      for (const rate of RATES) {
        for (const make of order) {
          const way = make(url);
          const { lat, lost } = await measure(way, rate);
          rows.push({ way: way.name, round, rate, p50: lat.us(50), p99: lat.us(99), p999: lat.us(99.9), max: lat.maxUs, lost });
        }
      }
    }
    for (const make of [pubsub, streams]) {
      const way = make(url);
      rates[way.name] = await throughput(way);
    }
  } finally {
    redis.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  }
  process.stdout.write(
    `\nRelay transport: one-way latency, one process, redis-server on 127.0.0.1 (no persistence), ${payload.length}-byte messages, ${SECONDS} s per rate\n` +
      `${os.cpus().length} cores, node ${process.version}, load average ${loadBefore} -> ${load()}\n\n` +
      `| way | round | msgs/s | p50 µs | p99 µs | p99.9 µs | max µs | lost |\n|---|---|---|---|---|---|---|---|\n` +
      rows
        .map((r) => `| ${r.way} | ${r.round} | ${r.rate} | ${round(r.p50, 0)} | ${round(r.p99, 0)} | ${round(r.p999, 0)} | ${round(r.max, 0)} | ${r.lost} |`)
        .join('\n') +
      `\n\nMost messages a second (1,000 in flight): ${Object.entries(rates)
        .map(([k, v]) => `${k} ${Math.round(v).toLocaleString('en')}`)
        .join(', ')}\n`,
  );
  // Medians over the rounds.
  const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const pick = (way: string, rate: number, k: 'p50' | 'p99') =>
    med(rows.filter((r) => (r.way === 'pub/sub') === (way === 'pub/sub') && r.rate === rate).map((r) => r[k]));
  const ps = [
    { p50: pick('pub/sub', 1000, 'p50'), p99: pick('pub/sub', 1000, 'p99') },
    { p50: pick('pub/sub', 5000, 'p50'), p99: pick('pub/sub', 5000, 'p99') },
  ];
  const st = [
    { p50: pick('streams', 1000, 'p50'), p99: pick('streams', 1000, 'p99') },
    { p50: pick('streams', 5000, 'p50'), p99: pick('streams', 5000, 'p99') },
  ];
  process.stdout.write(
    `${JSON.stringify({
      pubsub_p99_us_at_5000: round(ps[1]?.p99 ?? 0, 0),
      streams_p99_us_at_5000: round(st[1]?.p99 ?? 0, 0),
      pubsub_p50_us_at_1000: round(ps[0]?.p50 ?? 0, 0),
      streams_p50_us_at_1000: round(st[0]?.p50 ?? 0, 0),
      pubsub_max_msgs_per_s: Math.round(rates['pub/sub'] ?? 0),
      streams_max_msgs_per_s: Math.round(rates['Streams (XADD + XREAD BLOCK)'] ?? 0),
      loadavg: os.loadavg().map((x) => round(x, 2)),
    })}\n`,
  );
}

await main();
