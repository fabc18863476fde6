/**
 * bench:windows: what the week-long windows cost (issue 24). Customer
 * history (the FCR window) and surveyable contacts (the survey window) are
 * bounded by time now, so at a retailer's volume they hold a week of
 * contacts: this measures the memory of one entry of each, and of a day
 * at 290,000 contacts through the simulator.
 *
 * 1. Per entry: the heap after a full GC before and after appending N
 *    entries (contact ids as the gateway makes them, `newId('c')`; one new
 *    customer each, the worst case for the customer map), history without
 *    notes, with 60-character notes on 30 % of the entries, and the survey
 *    book; beside it, the bytes each counts against its `maxBytes`.
 * 2. A day at 290,000 contacts in the simulator (M/M/c on 700 agents, a
 *    pool of 150,000 customers), heap after a full GC at each tenth of the
 *    day: with the defaults (the windows hold the day) and with the old
 *    count bounds (100,000 history entries, 20,000 surveyable contacts).
 *
 * 3. With `--store redis`: the same day with the core keeping an hour
 *    (`memoryWindowSeconds` 3600, the Redis default: the recall store keeps
 *    the rest), and the bytes Redis holds per recall key instead (its own
 *    redis-server, `used_memory` before and after N keys of each kind).
 *
 * Usage: npm run bench:windows [-- --quick]   (quick: N = 200,000 and a quarter day)
 * The last line is one JSON object with the figures.
 */
import { loadavg } from 'node:os';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parseConfig } from '../../src/config/schema.js';
import { CustomerHistory } from '../../src/core/customer-history.js';
import { agentId, contactId, queueId } from '../../src/core/ids.js';
import { SurveyBook } from '../../src/core/survey-book.js';
import { newId } from '../../src/gateway/handlers/new-id.js';
import { parseScenario } from '../../src/sim/scenario-schema.js';
import { simulate } from '../../src/sim/simulate.js';
import { Redis } from 'ioredis';
import { RedisRecall } from '../../src/store/redis/redis-recall.js';
import { RedisServer, redisServerAvailable } from '../../test/harness/redis-server.js';

const quick = process.argv.includes('--quick');
const N = quick ? 200_000 : 1_000_000;
const gc: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    v8.setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();
const heap = (): number => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const log = (s: string) => console.log(s);
const DAY = 24 * 3600_000;
const WEEK_290K = 7 * 290_000;
const WEEK_1M = 7 * 1_000_000;
const gib = (b: number) => (b / 1024 ** 3).toFixed(2);

log(
  `bench:windows${quick ? ' (quick)' : ''}  node ${process.version}, load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}`,
);

// ---- 1. per entry ---------------------------------------------------------------------------
const AGENTS = Array.from({ length: 700 }, (_, i) => agentId(`agent-${i}`));
const QUEUES = ['support-en', 'support-fr', 'billing', 'returns'].map(queueId);
const NOTE = 'refund of 20 EUR issued, customer to call back if'.padEnd(60, '.');

function perEntry(kind: 'history' | 'history+notes' | 'survey'): { bytes: number; counted: number } {
  const limits = { perCustomer: 10, maxEntries: Infinity, windowMs: 7 * DAY, maxBytes: Infinity, notesMaxBytes: Infinity };
  let history: CustomerHistory | null = kind === 'survey' ? null : new CustomerHistory(limits);
  let survey: SurveyBook | null = kind === 'survey' ? new SurveyBook({ keep: Infinity, windowMs: 7 * DAY, maxBytes: Infinity }) : null;
  // The ids are made before the baseline: a live server's contact ids exist before they enter the history too,
  // but once the contact is gone the history's reference is what keeps them, so they are counted (below).
  const before = heap();
  const t0 = Date.now();
  for (let i = 0; i < N; i++) {
    const id = contactId(newId('c'));
    const at = t0 + i * 300;
    if (history !== null) {
      history.append(`cust-${i}`, {
        contactId: id,
        queueId: QUEUES[i % 4]!,
        channel: i % 3 === 0 ? 'chat' : 'voice',
        agentId: AGENTS[i % AGENTS.length]!,
        startedAt: at - 200_000,
        endedAt: at,
        disposition: i % 5 === 0 ? 'refund' : 'resolved',
        notes: kind === 'history+notes' && i % 10 < 3 ? `${NOTE}${i}`.slice(0, 60) : null,
      });
    } else survey!.closed(id, QUEUES[i % 4]!, i % 3 === 0 ? 'chat' : 'voice', i % 4 === 0 ? 'prime' : 'standard', AGENTS[i % AGENTS.length]!, at);
  }
  const after = heap();
  const counted = history?.bytes ?? survey!.bytes;
  const size = history?.size ?? survey!.size;
  if (size !== N) throw new Error(`kept ${size} of ${N}`);
  history = null;
  survey = null;
  return { bytes: (after - before) / N, counted: counted / N };
}

log(`\n1. Memory per entry (${N.toLocaleString('en')} entries, heap after a full GC before and after; ids \`c-<uuid>\`, one new customer each):`);
log('| window | heap B/entry | counted B/entry | a week at 290,000/day | a week at 1,000,000/day |');
log('|---|---|---|---|---|');
const results: Record<string, number> = {};
for (const kind of ['history', 'history+notes', 'survey'] as const) {
  const r = perEntry(kind);
  results[`${kind}_bytes_per_entry`] = Math.round(r.bytes);
  results[`${kind}_counted_per_entry`] = Math.round(r.counted);
  log(`| ${kind} | ${r.bytes.toFixed(0)} | ${r.counted.toFixed(0)} | ${gib(r.bytes * WEEK_290K)} GiB | ${gib(r.bytes * WEEK_1M)} GiB |`);
}

// ---- 2. a day at 290,000 contacts through the simulator --------------------------------------
const PER_DAY = 290_000;
const hours = quick ? 6 : 24;
/** `windows`: the defaults; `count`: the old count bounds; `redis`: the core's hour beside a recall store (`--store redis`). */
type Books = 'windows' | 'count' | 'redis';
const config = (books: Books) =>
  parseConfig({
    queues: [{ id: 'q', channels: ['voice'], autoAccept: true, wrapUpSeconds: 0, offerTimeoutSeconds: 600 }],
    ...(books === 'count' ? { history: { maxEntries: 100_000 }, survey: { keepCompleted: 20_000 } } : {}),
    ...(books === 'redis' ? { history: { memoryWindowSeconds: 3600 }, survey: { memoryWindowSeconds: 3600 } } : {}),
  });
const scenario = (cfg: ReturnType<typeof config>) =>
  parseScenario(
    {
      name: 'a retailer-sized day',
      day: { start: '00:00', end: `${hours}:00`, intervalMinutes: 60 },
      arrivals: [{ queue: 'q', channel: 'voice', perHour: PER_DAY / 24, customers: 150_000, handle: { dist: 'exponential', mean: 180 }, patience: 'none' }],
      agents: [
        {
          group: 'agents',
          count: 700,
          profile: { languages: ['en'], capacity: { voice: 1 }, queues: ['q'] },
          shift: { start: '00:00', end: `${hours + 1}:00` },
        },
      ],
    },
    cfg,
  );

function day(books: Books): { heapMiB: number[]; contacts: number; seconds: number } {
  const cfg = config(books);
  const marks: number[] = [];
  let next = 0.1;
  const base = heap();
  const t0 = process.cpuUsage();
  let contacts = 0;
  simulate(cfg, scenario(cfg), {
    replications: 1,
    seed: 24,
    announce: false,
    onContact: () => contacts++,
    onProgress: (f) => {
      if (f + 1e-9 < next) return;
      next += 0.1;
      marks.push((heap() - base) / 1048576);
    },
  });
  const cpu = process.cpuUsage(t0);
  return { heapMiB: marks.map((m) => Number(m.toFixed(1))), contacts, seconds: (cpu.user + cpu.system) / 1e6 };
}

log(
  `\n2. A day at ${PER_DAY.toLocaleString('en')} contacts a day in the simulator (${hours} h, 700 agents, 150,000 customers): heap growth after a full GC at each tenth (MiB)`,
);
const BOOKS: Record<Books, string> = {
  windows: 'time windows (defaults)',
  count: 'old count bounds (100,000 / 20,000)',
  redis: 'with --store redis (the core keeps an hour)',
};
for (const books of ['windows', 'count', 'redis'] as const) {
  const d = day(books);
  const last = d.heapMiB.at(-1) ?? NaN;
  log(
    `- ${BOOKS[books]}: ${d.heapMiB.join(' → ')}; ${d.contacts.toLocaleString('en')} contacts in ${d.seconds.toFixed(1)} s CPU, ${((last * 1048576) / d.contacts).toFixed(0)} B a contact at the end`,
  );
  const key = books === 'windows' ? 'windows' : books === 'count' ? 'count_bounds' : 'redis';
  results[`day_heap_mib_${key}`] = last;
  results[`day_contacts_${key}`] = d.contacts;
}

// ---- 3. with --store redis: what Redis holds instead --------------------------------------------
if (redisServerAvailable()) {
  const K = quick ? 20_000 : 200_000;
  const server = await RedisServer.start({ appendonly: false });
  const conn = new Redis(server.url());
  try {
    const recall = new RedisRecall({ redis: conn, domain: 'bench' });
    const used = async (): Promise<number> => Number(/used_memory:(\d+)/.exec(await conn.info('memory'))![1]);
    const perKey = async (write: (i: number) => void): Promise<number> => {
      const before = await used();
      for (let i = 0; i < K; i++) {
        write(i);
        if (i % 5000 === 4999) await recall.flush();
      }
      await recall.flush();
      return ((await used()) - before) / K;
    };
    const t0 = Date.now();
    const latest = await perKey((i) =>
      recall.latestHandled(
        `cust-${i}`,
        {
          contactId: contactId(newId('c')),
          queueId: QUEUES[i % 4]!,
          channel: 'voice',
          agentId: AGENTS[i % AGENTS.length]!,
          startedAt: t0 - 200_000,
          endedAt: t0 + i,
          disposition: 'resolved',
          notes: null,
        },
        7 * DAY,
      ),
    );
    const survey = await perKey((i) =>
      recall.completed(
        newId('c'),
        {
          queueId: QUEUES[i % 4]!,
          channel: 'voice',
          tier: 'standard',
          agentId: AGENTS[i % AGENTS.length]!,
          closedAt: t0 + i,
          helpful: null,
          customerId: `cust-${i}`,
          language: 'en',
          skills: { billing: 3 },
          ownerIntegration: 'ivr',
        },
        7 * DAY,
      ),
    );
    results['redis_latest_bytes_per_key'] = Math.round(latest);
    results['redis_survey_bytes_per_key'] = Math.round(survey);
    log(`\n3. With --store redis, Redis holds the week instead (${K.toLocaleString('en')} keys each, used_memory before and after):`);
    log('| key | Redis B/key | a week at 290,000/day | a week at 1,000,000/day |');
    log('|---|---|---|---|');
    log(`| recall:last (per customer; at most one a contact) | ${latest.toFixed(0)} | ${gib(latest * WEEK_290K)} GiB | ${gib(latest * WEEK_1M)} GiB |`);
    log(`| recall:survey (per contact) | ${survey.toFixed(0)} | ${gib(survey * WEEK_290K)} GiB | ${gib(survey * WEEK_1M)} GiB |`);
  } finally {
    conn.disconnect();
    await server.cleanup();
  }
} else log('\n3. skipped: no redis-server');
console.log(JSON.stringify({ bench: 'windows', quick, n: N, ...results, load_average: loadavg().map((x) => Number(x.toFixed(2))) }));
