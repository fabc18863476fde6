/**
 * The interaction record over real sockets: contacts handled, surveyed and
 * abandoned through the SDK leave one record each, exported by
 * `GET /v1/interactions` as NDJSON and CSV, streamed and page by page, with
 * the memory store and with Redis (a `redis://` store).
 */
import t, { type Test } from 'tap';
import type { InteractionRecord } from '../../src/record/interaction-record.js';
import type { TransportName } from '../../src/server.js';
import type { Encoding } from '../../src/protocol/messages.js';
import { Recorder } from '../fixtures/recorder.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { SECRET, startServer, type TestServer } from '../fixtures/server.js';
import { runExport } from '../../src/cli/export-command.js';
import { figuresOf } from '../../src/record/agent-figures.js';
import { PassThrough } from 'node:stream';
import { workflowConfig } from '../fixtures/workflow-conformance.js';

const chat = (externalId: string, customer: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  queueId: 'sales',
  channel: 'chat' as const,
  language: 'en',
  customer: { id: customer, tier: 'standard' },
  ...extra,
});

async function get(s: TestServer, path: string, token?: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${s.server.port}${path}`, { headers: token === undefined ? headers : { ...headers, authorization: `Bearer ${token}` } });
}

const ndjson = (text: string): InteractionRecord[] =>
  text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as InteractionRecord);

/** Waits until the export holds `n` records (Redis writes after the event, once per loop turn). */
async function exported(s: TestServer, token: string, n: number, query = ''): Promise<InteractionRecord[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const res = await get(s, `/v1/interactions?from=0${query}`, token);
    const records = ndjson(await res.text());
    if (records.length >= n || Date.now() > deadline) return records;
    await s.server.records?.flush();
  }
}

async function scenario(t: Test, transport: TransportName, store?: string): Promise<void> {
  const s = await startServer(transport, 'json', workflowConfig(), store === undefined ? {} : { store });
  t.teardown(() => s.close());
  const sue = await s.token('supervisor', 'sue');
  const alice = await s.client('agent', 'alice');
  const ivr = await s.client('integration', 'ivr');
  const sup = await s.client('supervisor', 'sue');
  const supEvents = new Recorder(sup);
  const aliceEvents = new Recorder(alice);
  await sup.subscribe();
  await alice.login({ presence: 'available' });

  // Handled: offered, accepted, connected, held, ended, wrapped up with notes, surveyed "no".
  const first = await ivr.createContact(chat('ext-1', 'cust-1'));
  const id1 = first.contact.id;
  await aliceEvents.next('offer');
  await alice.accept(id1);
  await ivr.markConnected(id1);
  await ivr.hold(id1);
  await ivr.unhold(id1);
  await ivr.end(id1);
  await alice.finishWrapUp(id1, 'refund', 'refund of 20 EUR');
  await supEvents.next('contactClosed', (p) => p.contactId === id1);
  await ivr.survey(id1, false, 'not-resolved');

  // Abandoned while waiting in billing (nobody serves it).
  const second = await ivr.createContact(chat('ext-2', 'cust-2', { queueId: 'billing' }));
  const id2 = second.contact.id;
  await sup.updateContact(id2, { priority: 1 });
  await ivr.abandon(id2);
  await supEvents.next('contactAbandoned', (p) => p.contactId === id2);
  // Still waiting: no record yet.
  const third = await ivr.createContact(chat('ext-3', 'cust-3', { queueId: 'billing' }));

  const all = await exported(s, sue, 2);
  t.equal(all.length, 2, 'one record per closed contact, none for the one still waiting');
  t.notOk(
    all.some((r) => r.contactId === third.contact.id),
    'a live contact has no record',
  );
  const r1 = all.find((r) => r.contactId === id1)!;
  t.match(r1, {
    contactId: id1,
    externalId: 'ext-1',
    integration: 'ivr',
    customerId: 'cust-1',
    tier: 'standard',
    channel: 'chat',
    language: 'en',
    outcome: 'handled',
    queues: [{ queueId: 'sales' }],
    offers: [{ agentId: 'alice', outcome: 'accepted' }],
    agents: [{ agentId: 'alice' }],
    disposition: 'refund',
    hasNotes: true,
    repeatOf: null,
  });
  t.notOk('notes' in r1, 'the notes text is not kept unless configured');
  await t.resolveMatch(
    (async () => {
      for (let i = 0; i < 100; i++) {
        const r = (await exported(s, sue, 2)).find((x) => x.contactId === id1)!;
        if (r.survey !== null) return r.survey;
        await s.server.records?.flush();
      }
      return null;
    })(),
    { helpful: false, reason: 'not-resolved', agentId: 'alice' },
    'the survey answered after the close is on the record',
  );
  const h = r1.agents[0]!;
  t.ok(h.connectedAt !== null && h.connectedAt >= h.acceptedAt, 'connected after accept');
  t.ok(h.talkMs + h.holdMs + h.wrapUpMs <= h.handleMs, 'talk + hold + wrap-up within handle time');
  t.equal(h.handleMs, h.releasedAt! - h.acceptedAt);
  t.ok(r1.closedAt >= r1.createdAt && r1.waitMs !== null && r1.waitMs <= r1.closedAt - r1.createdAt);
  const r2 = all.find((r) => r.contactId === id2)!;
  t.match(r2, { outcome: 'abandoned', externalId: 'ext-2', queues: [{ queueId: 'billing' }], agents: [], waitMs: null, survey: null });
  t.match(r2.supervisorActions, [{ action: 'contact.updated', by: 'sue' }], "a supervisor's change is recorded under their principal");
  t.same(r1.supervisorActions, [], 'none on a contact no supervisor touched');

  // Filters.
  t.same(
    (await exported(s, sue, 1, '&agent=alice')).map((r) => r.contactId),
    [id1],
    'agent= keeps the contacts the agent handled',
  );
  t.same(
    (await exported(s, sue, 1, '&queue=billing')).map((r) => r.contactId),
    [id2],
    'queue= keeps the contacts that passed through the queue',
  );
  const future = await get(s, `/v1/interactions?from=${Date.now() + 3600_000}&to=${Date.now() + 7200_000}`, sue);
  t.equal(await future.text(), '', 'nothing closed in a later window');

  // CSV, streamed.
  const csv = await get(s, '/v1/interactions?from=0&format=csv', sue);
  t.equal(csv.status, 200);
  t.match(csv.headers.get('content-type'), /^text\/csv/);
  const rows = (await csv.text()).trimEnd().split('\r\n');
  t.equal(rows.length, 3, 'a header and one row per record');
  const cols = rows[0]!.split(',');
  const row1 = rows.find((r) => r.startsWith(`${id1},`))!.split(',');
  const col = (name: string) => row1[cols.indexOf(name)];
  t.equal(col('external_id'), 'ext-1');
  t.equal(col('outcome'), 'handled');
  t.equal(col('last_agent'), 'alice');
  t.equal(col('disposition'), 'refund');
  t.equal(col('survey_helpful'), 'false');
  const viaAccept = await get(s, '/v1/interactions?from=0', sue, { accept: 'text/csv' });
  t.match(viaAccept.headers.get('content-type'), /^text\/csv/, 'Accept: text/csv picks CSV');
  await viaAccept.text();

  // Page by page with the cursor.
  const p1 = await get(s, '/v1/interactions?from=0&limit=1', sue);
  const next = p1.headers.get('switchboard-next-cursor');
  t.ok(next, 'a first page of one has a next cursor');
  t.match(p1.headers.get('link'), /rel="next"/);
  const page1 = ndjson(await p1.text());
  const p2 = await get(s, `/v1/interactions?from=0&limit=1&cursor=${encodeURIComponent(next!)}`, sue);
  const page2 = ndjson(await p2.text());
  t.same([...page1, ...page2].map((r) => r.contactId).sort(), [id1, id2].sort(), 'the pages hold every record once');
  const p3 = p2.headers.get('switchboard-next-cursor');
  if (p3 !== null) {
    const last = await get(s, `/v1/interactions?from=0&limit=1&cursor=${encodeURIComponent(p3)}`, sue);
    t.same(ndjson(await last.text()), [], 'past the last record, an empty page');
    t.equal(last.headers.get('switchboard-next-cursor'), null);
  }

  // The command line takes the same records page by page.
  const cli = async (args: string[], env: Record<string, string>) => {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d: Buffer) => (text += d.toString()));
    let err = '';
    const code = await runExport(['--url', `http://127.0.0.1:${s.server.port}`, ...args], { stdout: out, stderr: { write: (x: string) => (err += x) }, env });
    return { code, text, err };
  };
  const viaCli = await cli(['--from', '0', '--page', '1'], { SWITCHBOARD_TOKEN: sue });
  t.equal(viaCli.code, 0, viaCli.err);
  t.same(
    ndjson(viaCli.text)
      .map((r) => r.contactId)
      .sort(),
    [id1, id2].sort(),
    'switchboard export follows the cursor over every page',
  );
  t.match(viaCli.err, /exported 2 records/);
  const csvCli = await cli(['--from', '0', '--format', 'csv', '--agent', 'alice'], { SWITCHBOARD_TOKEN_SECRET: SECRET });
  t.equal(csvCli.code, 0, csvCli.err);
  t.equal(csvCli.text.trimEnd().split('\r\n').length, 2, 'CSV: a header and the one contact alice handled (token signed from the secret)');
  const denied = await cli(['--from', '0'], { SWITCHBOARD_TOKEN: await s.token('agent', 'alice') });
  t.equal(denied.code, 1);
  t.match(denied.err, /403/);
  t.equal((await cli([], {})).code, 2, 'no token: a usage error');

  // Who may ask, and bad requests.
  t.equal((await get(s, '/v1/interactions')).status, 401, 'a token is required');
  t.equal((await get(s, '/v1/interactions', await s.token('agent', 'alice'))).status, 403, 'agents may not export');
  t.equal((await get(s, '/v1/interactions', await s.token('integration', 'ivr'))).status, 403, 'integrations may not export');
  const bad = await get(s, '/v1/interactions?from=yesterday', sue);
  t.equal(bad.status, 400);
  t.match(await bad.json(), { error: { code: 'INVALID_ARGUMENT', message: /from must be/ } });
  t.equal((await get(s, '/v1/interactions?from=10&to=5', sue)).status, 400, 'from after to');
  t.equal((await get(s, '/v1/interactions?limit=0', sue)).status, 400, 'limit out of range');
  t.equal((await get(s, '/v1/interactions?format=xml', sue)).status, 400, 'unknown format');
  t.equal((await get(s, '/v1/interactions?frm=1', sue)).status, 400, 'unknown parameter');
}

/** Per-agent figures: in the snapshot (the day) and over a window, equal to those recomputed from the export. */
async function figures(t: Test, store?: string, encoding: Encoding = 'json'): Promise<void> {
  const config = {
    ...(workflowConfig() as Record<string, unknown>),
    survey: {
      reasons: [
        { id: 'too-long', about: 'policy', reopens: false },
        { id: 'rude', about: 'agent', reopens: false },
      ],
    },
  };
  const s = await startServer('uws', encoding, config, store === undefined ? {} : { store });
  t.teardown(() => s.close());
  const sue = await s.token('supervisor', 'sue');
  const alice = await s.client('agent', 'alice');
  const ivr = await s.client('integration', 'ivr');
  const sup = await s.client('supervisor', 'sue');
  const supEvents = new Recorder(sup);
  const aliceEvents = new Recorder(alice);
  await sup.subscribe();
  await alice.login({ presence: 'available' });
  const handle = async (externalId: string, customer: string, escalate = false) => {
    const c = await ivr.createContact(chat(externalId, customer));
    await aliceEvents.next('offer', (o) => o.contact.id === c.contact.id);
    await alice.accept(c.contact.id);
    await ivr.markConnected(c.contact.id);
    if (escalate) {
      await alice.escalate(c.contact.id, 'complaint');
      await ivr.abandon(c.contact.id);
      await supEvents.next('contactAbandoned', (p) => p.contactId === c.contact.id);
    } else {
      await ivr.end(c.contact.id);
      await alice.finishWrapUp(c.contact.id, 'resolved');
      await supEvents.next('contactClosed', (p) => p.contactId === c.contact.id);
    }
    return c.contact;
  };
  const first = await handle('f-1', 'cust-9');
  const pushed = await supEvents.next('agentFiguresChanged', (p) => p.agents.some((a) => a.agentId === 'alice'));
  t.match(
    pushed.agents.find((a) => a.agentId === 'alice'),
    { handled: 1, handledByChannel: { chat: 1 } },
    'supervisors are told the figures as a contact closes',
  );
  await ivr.survey(first.id, false, 'too-long');
  const afterSurvey = await supEvents.next('agentFiguresChanged', (p) => p.agents.some((a) => a.surveyNoByCategory?.['policy'] === 1));
  t.match(afterSurvey.agents[0], { agentId: 'alice', surveyNoByCategory: { policy: 1 } }, 'and as a survey answer comes');
  t.notOk(afterSurvey.agents[0]?.surveyNo, 'a "no" about a policy is not counted against the agent');
  const again = await handle('f-2', 'cust-9');
  t.equal(again.repeatOf, first.id, 'the second contact repeats the first');
  await handle('f-3', 'cust-10', true);
  await ivr.survey(again.id, false, 'rude');

  const records = await exported(s, sue, 3);
  t.equal(records.length, 3);
  t.equal(records.find((r) => r.contactId === again.id)?.repeatOfAgentId, 'alice', 'the repeat is attributed to the agent who closed the first');
  const recomputed = figuresOf(records).agents.get('alice')!;
  t.match(recomputed, { handled: 3, handledByChannel: { chat: 3 }, repeats: 1, escalations: 1, transfers: 0 });

  const snap = await sup.subscribe();
  t.equal(snap.floorStats?.agentFigures, undefined, "the first page does not carry every agent's figures");
  const day = snap.agentFigures?.find((a) => a.agentId === 'alice');
  t.ok(day, 'the snapshot (its pages) carries the day figures of alice');
  for (const k of ['handled', 'talkMs', 'holdMs', 'wrapUpMs', 'handleMs', 'transfers', 'escalations', 'repeats'] as const) {
    t.equal(day?.[k] ?? 0, recomputed[k], `day ${k} equals the export's`);
  }
  t.same(day?.handledByChannel, { chat: 3 });
  t.equal(day?.surveyNo, 1, 'only the "no" about alice counts against her');
  t.same(day?.surveyNoByCategory, { policy: 1, agent: 1 }, 'every "no" by what it was about');
  t.ok((day?.staffedMs ?? 0) >= (day?.occupiedMs ?? 0) && (day?.occupiedMs ?? 0) > 0, 'staffed and occupied time');

  // Raw pages of one item: the agents, then the figures, then the contacts, each page bounded.
  const kinds: string[] = [];
  let page = await sup.request('subscribe', { pageSize: 1 });
  t.equal(page.floorStats?.agentFigures, undefined, "no figures beside the first page's counts");
  t.equal(page.floorStats?.agents, undefined, 'nor survey counters');
  t.equal(page.agentSurveys, undefined, "nor every agent's survey answers");
  for (;;) {
    const items =
      (page.agents?.length ?? 0) +
      (page.agentFigures?.length ?? 0) +
      (page.surveyCounters?.length ?? 0) +
      (page.agentSurveys?.length ?? 0) +
      (page.contacts?.length ?? 0);
    t.ok(items <= 1, 'one item a page at most');
    for (const _ of page.agents ?? []) kinds.push('agent');
    for (const f of page.agentFigures ?? []) kinds.push(`figures:${f.agentId}:${f.handled ?? 0}`);
    for (const v of page.surveyCounters ?? []) kinds.push(`surveys:${v.agentId}:${v.no ?? 0}:${v.notAboutAgent ?? 0}`);
    for (const v of page.agentSurveys ?? []) kinds.push(`answers:${v.agentId}:${v.yes ?? 0}:${v.no ?? 0}`);
    if (page.nextCursor === undefined) break;
    page = await sup.snapshotPage(page.nextCursor);
  }
  t.same(
    kinds,
    ['agent', 'figures:alice:3', 'surveys:alice:1:1', 'answers:alice:0:1'],
    "figures, survey counters and the agents' survey answers come in pages of their own, after the agents",
  );

  const res = await get(s, '/v1/agent-figures?from=0', sue);
  t.equal(res.status, 200);
  const window = (await res.json()) as { records: number; agents: Record<string, unknown>[] };
  t.equal(window.records, 3);
  const alices = window.agents.find((a) => a['agentId'] === 'alice')!;
  for (const k of ['handled', 'talkMs', 'holdMs', 'wrapUpMs', 'handleMs', 'transfers', 'escalations', 'repeats', 'surveyYes', 'surveyNo'] as const) {
    t.equal(alices[k], recomputed[k], `window ${k} equals the export's`);
  }
  t.equal((await get(s, '/v1/agent-figures?limit=5', sue)).status, 400);
  t.equal((await get(s, '/v1/agent-figures', await s.token('agent', 'alice'))).status, 403);
}

t.test('records - memory store, uws', (t) => scenario(t, 'uws'));
t.test('figures - memory store, protobuf frames', (t) => figures(t, undefined, 'proto'));
t.test('records - memory store, ws', (t) => scenario(t, 'ws'));
t.test('records - redis store', async (t) => {
  if (!redisServerAvailable()) {
    t.fail('redis-server is not installed (.ci/run installs it)');
    return;
  }
  const redis = await RedisServer.start({ appendonly: false });
  t.teardown(() => redis.cleanup());
  await scenario(t, 'uws', redis.url());
  await figures(t, redis.url(1));
});
