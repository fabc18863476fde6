/**
 * `GET /v1/interactions` over real sockets (uws and ws) from a memory store
 * whose records span many small slabs (record-slabs.ts): the NDJSON export,
 * streamed and page by page, is the records' bytes as stored (multi-byte
 * text, survey rewrites out of place, a record larger than a slab), and the
 * CSV export has one row a record.
 */
import t, { type Test } from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import type { InteractionRecord } from '../../src/record/interaction-record.js';
import { MemoryRecordStore } from '../../src/record/memory-record-store.js';
import { createServer, type TransportName } from '../../src/server.js';
import { plainRecord } from '../harness/interaction-record.js';

const rec = (i: number): InteractionRecord =>
  plainRecord(`c-${i}`, 1000 + i, {
    externalId: `x-${i}`,
    integration: 'ivr',
    customerId: `k-${i % 17}`,
    language: 'fr',
    queues: [{ queueId: i % 3 === 0 ? 'billing' : 'sales', at: 1000 + i }],
    // Multi-byte text, and every 500th record larger than a slab.
    disposition: i % 500 === 7 ? `très long ✓ ${'é'.repeat(3000)}` : `réglé ✓ ${i}`,
  });

const N = 3000;

async function run(t: Test, transport: TransportName): Promise<void> {
  const store = new MemoryRecordStore({ retentionMs: 1e14, now: () => Date.now(), maxBytes: 1e9, slabBytes: 4096 });
  const want: InteractionRecord[] = [];
  for (let i = 0; i < N; i++) {
    want.push(rec(i));
    store.closed(rec(i));
  }
  for (let i = 0; i < N; i += 97) {
    const survey = { at: 5000 + i, helpful: i % 2 === 0, reason: i % 2 === 0 ? null : 'trop long', category: null, agentId: 'a1' };
    store.surveyed(`c-${i}`, survey);
    want[i] = { ...want[i]!, survey };
  }
  t.ok(store.layout().slabs > 100, `${store.layout().slabs} slabs`);
  const config = parseConfig({ queues: [{ id: 'sales', channels: ['chat'] }], tokenSecret: 'test-secret-0123456789abcdef' });
  const server = await createServer({ config, port: 0, records: store, web: false, transport });
  t.teardown(() => server.close());
  const token = await server.tokens.sign({ role: 'supervisor', id: 'sue' });
  const get = (q: string) => fetch(`http://127.0.0.1:${server.port}/v1/interactions?from=0&to=100000${q}`, { headers: { authorization: `Bearer ${token}` } });
  const lines = (text: string) => text.split('\n').filter((l) => l !== '');

  const streamed = await get('');
  t.equal(streamed.status, 200);
  t.equal(streamed.headers.get('content-type'), 'application/x-ndjson');
  const text = await streamed.text();
  t.same(
    lines(text).map((l) => JSON.parse(l) as InteractionRecord),
    want,
    'streamed NDJSON: every record once, in order, as stored',
  );
  t.ok(text.endsWith('}\n'), 'the last line ends with its newline');

  const paged: InteractionRecord[] = [];
  let cursor = '';
  let pages = 0;
  for (;;) {
    const res = await get(`&limit=700${cursor}`);
    t.equal(res.status, 200);
    paged.push(...lines(await res.text()).map((l) => JSON.parse(l) as InteractionRecord));
    pages++;
    const next = res.headers.get('switchboard-next-cursor');
    if (next === null) break;
    cursor = `&cursor=${next}`;
  }
  t.equal(pages, Math.ceil(N / 700));
  t.same(paged, want, 'page by page: the same records');

  const billing = await get('&queue=billing');
  t.same(
    lines(await billing.text()).map((l) => (JSON.parse(l) as InteractionRecord).contactId),
    want.filter((r) => r.queues[0]!.queueId === 'billing').map((r) => r.contactId),
    'filtered by queue',
  );

  const csv = await (await get('&format=csv')).text();
  const rows = csv.trimEnd().split('\n');
  t.equal(rows.length, N + 1, 'CSV: a header and a row a record');
  t.match(rows[8], /très long ✓ é/, 'multi-byte text intact in CSV');

  // Paged CSV is read a few records a turn (interactions-export.ts): the pages
  // joined are the streamed rows, with or without a filter.
  const csvPages = async (q: string): Promise<{ text: string; pages: number }> => {
    let text = '';
    let after = '';
    for (let n = 1; ; n++) {
      const res = await get(`&format=csv&limit=70${q}${after}`);
      t.equal(res.status, 200);
      text += await res.text();
      const next = res.headers.get('switchboard-next-cursor');
      if (next === null) return { text, pages: n };
      after = `&cursor=${next}`;
    }
  };
  const whole = await csvPages('');
  t.equal(whole.text, csv, 'CSV page by page (70 a page) joined: the streamed CSV, the header once');
  t.equal(whole.pages, Math.ceil(N / 70), 'full pages of 70');
  const billingCsv = await csvPages('&queue=billing');
  t.equal(billingCsv.text, await (await get('&format=csv&queue=billing')).text(), 'filtered, page by page: the streamed rows');
}

t.test('export from slabs - uws', (t) => run(t, 'uws'));
t.test('export from slabs - ws', (t) => run(t, 'ws'));
