/**
 * A contact-center day at volume over real sockets (issue 24, "Proof"):
 * the real server and the SDK, the core's clock moved by hand through a
 * virtual day of contacts: 20,000 in the suite (a minute of CPU: the suite
 * must stay within CI's 15 minutes on 2 cores), 300,000 with
 * `npm run test:day` (the figure: 3 to 4 minutes of one core,
 * 2 GB), any count with `DAY_CONTACTS`.
 *
 * Agents take contacts in waves spread over the day: the integration
 * creates a wave, each agent accepts its offers, the integration reports
 * the customer connected, holds some, ends them in two halves, the agents
 * finish wrap-up in two halves, and some customers answer the survey;
 * the clock moves on between these steps, so every contact has its own
 * wait, talk, hold and wrap-up time, known to the test. Requests go out a
 * wave at a time (thousands in flight), protobuf frames.
 *
 * Then: the day's export (`GET /v1/interactions`, NDJSON streamed, and
 * page by page with its cursor through `switchboard export`) has one
 * record per contact, each with the times the test drove and talk + hold +
 * wrap-up within handle time for each agent; the per-agent figures
 * supervisors are shown (snapshot pages, `GET /v1/agent-figures`) equal
 * those recomputed from the export; a survey answered a day later counts;
 * a customer returning on day 6 is a repeat (FCR window 7 days), on day 9
 * no longer.
 */
import t from 'tap';
import { PassThrough } from 'node:stream';
import type { SwitchboardClient } from '../../src/client/client.js';
import { runExport } from '../../src/cli/export-command.js';
import { AgentFigures, type AgentFigureSet } from '../../src/record/agent-figures.js';
import type { InteractionRecord } from '../../src/record/interaction-record.js';
import { ManualClock } from '../fixtures/manual-clock.js';
import { startServer } from '../fixtures/server.js';

t.setTimeout(900_000);

const N = Number(process.env['DAY_CONTACTS'] ?? 20_000);
const DAY = 24 * 3600_000;
const AGENTS = 120;
/** Chats an agent holds at once: the agents hold a wave (and the day's repeats) with room to spare. */
const CHATS = 50;
/** Contacts a wave: the requests in flight at once; at most 150 waves so that each has its minutes of the day. */
const WAVE = Number(process.env['DAY_WAVE'] ?? Math.max(2000, Math.ceil(N / 150)));
const WAVES = Math.ceil(N / WAVE);
/** The virtual time a wave has (22 hours for the day: a day that loses an hour to daylight saving keeps it whole). */
const PERIOD = Math.floor((22 * 3600_000) / WAVES);
const REASONS = [
  { id: 'too-long', about: 'policy' },
  { id: 'rude', about: 'agent' },
  { id: 'broken', about: 'product' },
] as const;

const agentIds = Array.from({ length: AGENTS }, (_, i) => `agent-${String(i).padStart(3, '0')}`);
const config = {
  queues: [{ id: 'sales', channels: ['chat'], offerTimeoutSeconds: 3600, wrapUpSeconds: 3600, dispositions: ['resolved', 'refund'] }],
  agents: Object.fromEntries(agentIds.map((id) => [id, { languages: ['en'], capacity: { chat: CHATS }, queues: ['sales'] }])),
  survey: { reasons: REASONS.map((r) => ({ ...r, reopens: false })) },
  records: { maxBytes: 2 * 1024 ** 3 },
  allowProfileAtLogin: false,
  gateway: {
    reconnectGraceSeconds: 60,
    idleTimeoutSeconds: 0,
    ratePerSecond: 1e9,
    rateBurst: 1e9,
    maxBufferedBytes: 256 * 1024 ** 2,
    resumeMaxEvents: 10_000,
  },
};

/** A small seeded generator (mulberry32): the same day every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Resolves once `n` calls to `hit` were made. */
function countdown(n: number): { hit: () => void; done: Promise<void> } {
  let resolve!: () => void;
  const done = new Promise<void>((r) => (resolve = r));
  let left = n;
  if (left <= 0) resolve();
  return {
    hit: () => {
      if (--left === 0) resolve();
    },
    done,
  };
}

/** `p`, or a failure naming `what` after a minute (not a sleep: the test fails rather than hangs). */
async function within<T>(p: Promise<T>, what: string, ms = 60_000): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

/** Local midnight `days` after today's: the floor's day (`floorStats.dayStartsAt` 00:00, local time). */
function midnight(days: number): number {
  const d = new Date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + days).getTime();
}

/** The per-agent figures the records give (the same sums supervisors are shown). */
const FIGURE_KEYS = ['handled', 'talkMs', 'holdMs', 'wrapUpMs', 'handleMs', 'transfers', 'escalations', 'repeats', 'surveyYes', 'surveyNo'] as const;
type Shown = Partial<Record<(typeof FIGURE_KEYS)[number], number>> & {
  agentId?: string;
  handledByChannel?: Record<string, number>;
  surveyNoByCategory?: Record<string, number>;
};
function comparable(f: Readonly<AgentFigureSet> | Shown | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of FIGURE_KEYS) out[k] = Number(f?.[k] ?? 0);
  out['handledByChannel'] = { ...f?.handledByChannel };
  out['surveyNoByCategory'] = { ...f?.surveyNoByCategory };
  return out;
}

t.test('day at volume - a day of contacts over sockets: one record each, figures equal the export, repeats and surveys across the week', async (t) => {
  const clock = new ManualClock();
  // The day is one floor day in the future (the host's own timers, on the wall clock, stay idle).
  const D0 = midnight(2);
  clock.set(D0 + 60_000);
  const s = await startServer('uws', (process.env['DAY_ENCODING'] ?? 'json') as 'json', config, { clock });
  t.teardown(() => s.close());
  const started = performance.now();
  const cpu0 = process.cpuUsage();

  const ivr = await s.client('integration', 'ivr', { requestTimeoutMs: 120_000 });
  const agents: SwitchboardClient[] = [];
  for (const id of agentIds) {
    const a = await s.client('agent', id, { requestTimeoutMs: 120_000 });
    await a.login({ presence: 'available' });
    agents.push(a);
  }

  // What the test drove, per contact (index i, external id `d-<i>`): times and who.
  const id = new Array<string>(N);
  const agentOf = new Int16Array(N).fill(-1);
  const acceptedAt = new Float64Array(N);
  const connectedAt = new Float64Array(N);
  const holdMs = new Float64Array(N);
  const endedAt = new Float64Array(N);
  const releasedAt = new Float64Array(N);
  // An offer may come before the reply to its creation: kept by contact id.
  const offeredTo = new Map<string, number>();
  let offers: { hit: () => void; done: Promise<void> } = countdown(0);
  agents.forEach((a, k) =>
    a.on('offer', (o) => {
      offeredTo.set(o.contact.id, k);
      offers.hit();
    }),
  );

  const rnd = random(24);
  const between = (lo: number, hi: number) => Math.round(lo + rnd() * (hi - lo));
  const POOL = Math.max(1, Math.floor((N * 2) / 3));
  const customerOf = (i: number) => (i === 0 ? 'returning' : `k-${Math.floor(rnd() * POOL)}`);
  let surveysYes = 0;
  let surveysNo = 0;

  for (let w = 0; w < WAVES; w++) {
    const lo = w * WAVE;
    const hi = Math.min(N, lo + WAVE);
    const wave = Array.from({ length: hi - lo }, (_, k) => lo + k);
    clock.set(D0 + 60_000 + w * PERIOD);
    offers = countdown(wave.length);
    const created = await Promise.all(
      wave.map((i) =>
        ivr.request('createContact', { externalId: `d-${i}`, queueId: 'sales', channel: 'chat', language: 'en', customer: { id: customerOf(i) } }),
      ),
    );
    created.forEach((c, k) => (id[lo + k] = c.contact.id));
    await within(offers.done, `the offers of wave ${w}`);
    for (const i of wave) {
      agentOf[i] = offeredTo.get(id[i]!) ?? -1;
      offeredTo.delete(id[i]!);
    }

    clock.advance(between(5_000, 30_000));
    await Promise.all(wave.map((i) => agents[agentOf[i]!]!.request('accept', { contactId: id[i]! })));
    for (const i of wave) acceptedAt[i] = clock.now();

    // Half are reported connected a little later (talk counts from then; for the others from the accept).
    const connected = wave.filter((i) => i % 2 === 0);
    clock.advance(between(1_000, 10_000));
    await Promise.all(connected.map((i) => ivr.request('connected', { contactId: id[i]! })));
    for (const i of connected) connectedAt[i] = clock.now();

    // One in five is put on hold for a while (connected or not).
    const held = wave.filter((i) => i % 10 === 1 || i % 10 === 4);
    clock.advance(between(30_000, 150_000));
    await Promise.all(held.map((i) => ivr.request('hold', { contactId: id[i]! })));
    const hold = between(5_000, 60_000);
    clock.advance(hold);
    await Promise.all(held.map((i) => ivr.request('unhold', { contactId: id[i]! })));
    for (const i of held) holdMs[i] = hold;

    // Ended in two halves, wrapped up in the other order: each contact its own talk and wrap-up.
    const first = wave.filter((i) => i % 2 === 0);
    const second = wave.filter((i) => i % 2 === 1);
    clock.advance(between(30_000, 150_000));
    await Promise.all(first.map((i) => ivr.request('end', { contactId: id[i]! })));
    for (const i of first) endedAt[i] = clock.now();
    clock.advance(between(1_000, 30_000));
    await Promise.all(second.map((i) => ivr.request('end', { contactId: id[i]! })));
    for (const i of second) endedAt[i] = clock.now();
    clock.advance(between(10_000, 60_000));
    await Promise.all(second.map((i) => agents[agentOf[i]!]!.request('finishWrapUp', { contactId: id[i]!, disposition: 'resolved' })));
    for (const i of second) releasedAt[i] = clock.now();
    clock.advance(between(1_000, 30_000));
    await Promise.all(first.map((i) => agents[agentOf[i]!]!.request('finishWrapUp', { contactId: id[i]!, disposition: i % 3 === 0 ? 'refund' : 'resolved' })));
    for (const i of first) releasedAt[i] = clock.now();

    // One in five answers the survey at once (contact 0 a day later, below).
    clock.advance(between(1_000, 60_000));
    await Promise.all(
      wave
        .filter((i) => i % 5 === 4)
        .map((i) => {
          const helpful = rnd() < 0.7;
          if (helpful) surveysYes++;
          else surveysNo++;
          return ivr.request('survey', helpful ? { contactId: id[i]!, helpful } : { contactId: id[i]!, helpful, reason: REASONS[i % REASONS.length]!.id });
        }),
    );
  }
  const drove = performance.now() - started;
  const cpu = process.cpuUsage(cpu0);
  t.comment(
    `${N.toLocaleString('en')} contacts in ${WAVES} waves of ${WAVE} over sockets in ${(drove / 1000).toFixed(1)} s (${Math.round(N / (drove / 1000))} contacts/s), CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s (${Math.round((cpu.user + cpu.system) / N)} µs a contact)`,
  );
  t.equal(s.server.router.contacts().next().done, true, 'every contact closed');

  const sue = await s.token('supervisor', 'sue');
  const base = `http://127.0.0.1:${s.server.port}`;
  const range = `from=${D0}&to=${D0 + DAY}`;
  const store = s.server.records!;
  t.match(store.stats(), { records: N, dropped: 0 }, 'the store kept every record');

  // The day's export, streamed: one record per contact, with the times the test drove.
  const exportStarted = performance.now();
  const res = await fetch(`${base}/v1/interactions?${range}`, { headers: { authorization: `Bearer ${sue}` } });
  t.equal(res.status, 200);
  const fromExport = new AgentFigures();
  const order: string[] = [];
  const seen = new Uint8Array(N);
  const problems: string[] = [];
  const problem = (what: string) => {
    if (problems.length < 10) problems.push(what);
  };
  let rest = '';
  const decoder = new TextDecoder();
  const take = (line: string) => {
    const r = JSON.parse(line) as InteractionRecord;
    order.push(r.contactId);
    fromExport.add(r);
    const i = Number(r.externalId?.slice(2));
    if (!(i >= 0 && i < N) || id[i] !== r.contactId) return problem(`a record of an unknown contact ${r.contactId} (${r.externalId})`);
    if (seen[i] !== 0) return problem(`a second record of ${r.contactId}`);
    seen[i] = 1;
    const h = r.agents[0];
    if (r.outcome !== 'handled' || r.agents.length !== 1 || h === undefined) return problem(`${r.contactId}: ${r.outcome}, ${r.agents.length} agents`);
    if (h.agentId !== agentIds[agentOf[i]!]) problem(`${r.contactId}: handled by ${h.agentId}, offered to ${agentIds[agentOf[i]!]}`);
    if (h.talkMs + h.holdMs + h.wrapUpMs > h.handleMs)
      problem(`${r.contactId}: talk ${h.talkMs} + hold ${h.holdMs} + wrap-up ${h.wrapUpMs} > handle ${h.handleMs}`);
    const want = {
      acceptedAt: acceptedAt[i],
      connectedAt: connectedAt[i] === 0 ? null : connectedAt[i],
      endedAt: endedAt[i],
      releasedAt: releasedAt[i],
      holdMs: holdMs[i],
      talkMs: endedAt[i]! - (connectedAt[i] || acceptedAt[i]!) - holdMs[i]!,
      wrapUpMs: releasedAt[i]! - endedAt[i]!,
      handleMs: releasedAt[i]! - acceptedAt[i]!,
    };
    for (const [k, v] of Object.entries(want)) {
      if (h[k as keyof typeof want] !== v) problem(`${r.contactId}: ${k} ${h[k as keyof typeof want]}, driven ${v}`);
    }
    if (r.closedAt !== releasedAt[i] || r.waitMs !== acceptedAt[i]! - r.createdAt || r.createdAt < D0) {
      problem(`${r.contactId}: created ${r.createdAt}, closed ${r.closedAt}, wait ${r.waitMs}`);
    }
  };
  for await (const chunk of res.body!) {
    const text = rest + decoder.decode(chunk as Uint8Array, { stream: true });
    const lines = text.split('\n');
    rest = lines.pop()!;
    for (const line of lines) if (line !== '') take(line);
  }
  if (rest !== '') take(rest);
  t.same(problems, [], 'every record as driven: its agent, its times, talk + hold + wrap-up within handle time');
  t.equal(order.length, N, 'one record per contact');
  t.equal(seen.indexOf(0), -1, 'none missing');
  t.comment(`export streamed and checked in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s`);

  // Page by page with its cursor (`switchboard export`): the same records in the same order.
  const out = new PassThrough();
  let paged = 0;
  let samePlace = 0;
  let tail = '';
  out.on('data', (d: Buffer) => {
    const lines = (tail + d.toString()).split('\n');
    tail = lines.pop()!;
    for (const line of lines) {
      const m = /"contactId":"([^"]+)"/.exec(line);
      if (m?.[1] === order[paged]) samePlace++;
      paged++;
    }
  });
  let err = '';
  const code = await runExport(['--url', base, '--from', String(D0), '--to', String(D0 + DAY), '--page', '10000'], {
    stdout: out,
    stderr: { write: (x: string) => (err += x) },
    env: { SWITCHBOARD_TOKEN: sue },
  });
  t.equal(code, 0, err);
  t.equal(paged, N, `switchboard export, 10,000 a page: every record (${err.trim()})`);
  t.equal(samePlace, N, 'in the order of the stream');

  // The figures supervisors are shown: the snapshot's (the day) and a chosen window's, equal to the export's.
  const sup = await s.client('supervisor', 'sue', { requestTimeoutMs: 120_000 });
  const snap = await sup.subscribe({ pageSize: 1000 });
  const shown = new Map((snap.agentFigures ?? []).map((f) => [f.agentId, f as Shown]));
  t.equal(fromExport.agents.size, AGENTS, 'every agent handled contacts');
  t.same(
    agentIds.map((a) => comparable(shown.get(a))),
    agentIds.map((a) => comparable(fromExport.agents.get(a))),
    "the snapshot's day figures equal those recomputed from the export, agent by agent",
  );
  const total = (k: 'handled' | 'repeats' | 'surveyYes') => [...fromExport.agents.values()].reduce((n, f) => n + f[k], 0);
  t.equal(total('handled'), N);
  t.ok(total('repeats') > 0, `repeats within the day (${total('repeats')})`);
  t.equal(total('surveyYes'), surveysYes, 'every "yes"');
  const windowFigures = async (): Promise<Map<string, Shown>> => {
    const r = await fetch(`${base}/v1/agent-figures?${range}`, { headers: { authorization: `Bearer ${sue}` } });
    const body = (await r.json()) as { records: number; agents: Shown[] };
    t.equal(body.records, N, 'the window holds the day');
    return new Map(body.agents.map((f) => [f.agentId!, f]));
  };
  const window = await windowFigures();
  t.same(
    agentIds.map((a) => comparable(window.get(a))),
    agentIds.map((a) => comparable(fromExport.agents.get(a))),
    "GET /v1/agent-figures over the day equals the export's",
  );
  t.equal(
    [...fromExport.agents.values()].reduce((n, f) => n + Object.values(f.surveyNoByCategory).reduce((a, b) => a + b, 0), 0),
    surveysNo,
    'every "no", by category',
  );

  // A day later, contact 0's customer answers the survey: it counts, for the agent who handled it.
  const agent0 = agentIds[agentOf[0]!]!;
  clock.set(D0 + DAY + 3 * 3600_000);
  await ivr.survey(id[0]!, false, 'rude');
  const after = await windowFigures();
  t.equal(
    Number(after.get(agent0)?.surveyNo ?? 0),
    Number(window.get(agent0)?.surveyNo ?? 0) + 1,
    'a survey answered a day later counts in the day it belongs to',
  );
  const page = await fetch(`${base}/v1/interactions?${range}&limit=${WAVE}`, { headers: { authorization: `Bearer ${sue}` } });
  const record0 = (await page.text())
    .split('\n')
    .filter((l) => l.includes(id[0]!))
    .map((l) => JSON.parse(l) as InteractionRecord)[0];
  t.match(record0?.survey, { helpful: false, reason: 'rude', category: 'agent', agentId: agent0 }, 'and is on its record');
  const nextDay = await sup.subscribe({ pageSize: 1000 });
  t.match(
    nextDay.agentFigures?.find((f) => f.agentId === agent0),
    { surveyNo: 1, surveyNoByCategory: { agent: 1 } },
    "and in the snapshot's figures of the day it was given",
  );

  // Day 6: the first customer is back, a repeat of contact 0 (FCR window 7 days); on day 9 no longer.
  clock.set(D0 + 5 * DAY + 3600_000);
  const back = await ivr.createContact({ externalId: 'back-6', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'returning' } });
  t.equal(back.contact.repeatOf, id[0], 'a customer returning on day 6 is a repeat');
  await ivr.abandon(back.contact.id);
  clock.set(D0 + 8 * DAY + 3600_000);
  const late = await ivr.createContact({ externalId: 'back-9', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'returning' } });
  t.equal(late.contact.repeatOf, undefined, 'on day 9, past the window: not a repeat');
  await ivr.abandon(late.contact.id);
  t.comment(`the whole test: ${((performance.now() - started) / 1000).toFixed(1)} s`);
});
