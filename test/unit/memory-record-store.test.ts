/**
 * The memory record store's records held off the V8 heap (record-slabs.ts):
 * slab boundaries, survey rewrites, the byte bound and retention freeing
 * slabs, cursors while the head moves, and ids sharing a hash.
 */
import t from 'tap';
import type { InteractionRecord } from '../../src/record/interaction-record.js';
import { ENTRY_OVERHEAD, MemoryRecordStore } from '../../src/record/memory-record-store.js';
import type { RecordStore } from '../../src/record/record-store.js';
import { EntryIndex, IdTable, idHash } from '../../src/record/record-slabs.js';
import { plainRecord } from '../harness/interaction-record.js';

const rec = plainRecord;

/** Every record of the range, page by page (`limit` a page), parsed, and as the NDJSON pages' bytes. */
async function all(
  store: RecordStore,
  limit: number,
  from = 0,
  to = 1e15,
): Promise<{ records: InteractionRecord[]; ndjson: InteractionRecord[]; chunks: number }> {
  const records: InteractionRecord[] = [];
  let cursor: string | null = null;
  do {
    const p = await store.page({ from, to }, cursor, limit);
    records.push(...p.records);
    cursor = p.next;
  } while (cursor !== null);
  const bytes: Buffer[] = [];
  let chunks = 0;
  do {
    const p = await store.pageJson({ from, to }, cursor, limit);
    t.equal(
      p.chunks.reduce((n, c) => n + Buffer.from(c).toString().split('\n').length - 1, 0),
      p.count,
      'a JSON page holds `count` lines',
    );
    bytes.push(...p.chunks.map((c) => Buffer.from(c)));
    chunks += p.chunks.length;
    cursor = p.next;
  } while (cursor !== null);
  const text = Buffer.concat(bytes).toString();
  const ndjson =
    text === ''
      ? []
      : text
          .replace(/\n$/, '')
          .split('\n')
          .map((l) => JSON.parse(l) as InteractionRecord);
  return { records, ndjson, chunks };
}

t.test('a record larger than a slab has a slab of its own; records around it stay in order', async (t) => {
  const store = new MemoryRecordStore({ retentionMs: 1e12, now: () => 0, maxBytes: 1e9, slabBytes: 1024 });
  store.closed(rec('small-1', 1));
  const big = rec('big', 2, { disposition: 'é'.repeat(3000) });
  store.closed(big);
  store.closed(rec('small-2', 3));
  const { records, ndjson } = await all(store, 10);
  t.same(records, [rec('small-1', 1), big, rec('small-2', 3)]);
  t.same(ndjson, records, 'the NDJSON bytes are the same records');
  t.equal(store.layout().slabs, 2, 'the small ones share a slab, the big one has its own');
});

t.test('records spanning many slabs: multi-byte text, contiguous records sent as one slice', async (t) => {
  const store = new MemoryRecordStore({ retentionMs: 1e12, now: () => 0, maxBytes: 1e9, slabBytes: 2048 });
  const want: InteractionRecord[] = [];
  for (let i = 0; i < 200; i++) {
    const r = rec(`c${i}`, i, { disposition: `réclamation ✓ ${'x'.repeat(i % 50)}` });
    want.push(r);
    store.closed(r);
  }
  t.ok(store.layout().slabs > 10, `${store.layout().slabs} slabs`);
  for (const limit of [1, 7, 100, 1000]) {
    const { records, ndjson, chunks } = await all(store, limit);
    t.same(records, want, `pages of ${limit}: every record once, in order`);
    t.same(ndjson, want, `NDJSON pages of ${limit}`);
    if (limit === 1000) t.ok(chunks <= store.layout().slabs, `one slice a slab (${chunks} slices)`);
  }
  // A time range starts and ends where it should, across slabs.
  const mid = await all(store, 9, 50, 150);
  t.same(
    mid.records.map((r) => r.contactId),
    want.slice(50, 150).map((r) => r.contactId),
  );
  t.same(mid.ndjson, mid.records);
});

t.test('a survey rewrite appends the new version; its old bytes stay counted until their slab goes', async (t) => {
  let now = 0;
  const store = new MemoryRecordStore({ retentionMs: 1000, now: () => now, maxBytes: 1e9, slabBytes: 1024 });
  for (let i = 0; i < 20; i++) store.closed(rec(`c${i}`, i));
  const before = store.stats().bytes!;
  const survey = { at: 50, helpful: false, reason: 'too-long', category: null, agentId: 'a1' };
  store.surveyed('c3', survey);
  const { records, ndjson } = await all(store, 5);
  t.equal(records.length, 20, 'still one record a contact');
  t.same(records[3], { ...rec('c3', 3), survey }, 'the new version in its place');
  t.same(ndjson[3], records[3]);
  t.same(ndjson.slice(4), records.slice(4), 'the records after it unchanged');
  const line = Buffer.byteLength(JSON.stringify({ ...rec('c3', 3), survey })) + 1;
  t.equal(store.stats().bytes, before + line, 'the new line is counted, the old one still held');
  const again = { ...survey, helpful: true, reason: null };
  store.surveyed('c3', again);
  t.same((await store.page({ from: 3, to: 4 }, null, 10)).records, [{ ...rec('c3', 3), survey: again }], 'a second answer replaces the first');
  store.surveyed('nobody', survey);
  t.equal(store.stats().records, 20, 'an unknown contact changes nothing');
  // Past the retention everything goes, slabs with the dead versions too.
  now = 10_000;
  store.closed(rec('late', 10_000));
  t.equal(store.stats().records, 1);
  t.equal(store.stats().bytes, Buffer.byteLength(JSON.stringify(rec('late', 10_000))) + 1 + ENTRY_OVERHEAD, 'nothing left counted but the late record');
  t.equal(store.layout().slabs, 1, 'only the slab being filled is held');
});

t.test('the byte bound drops the oldest first, counts them, and frees their slabs', async (t) => {
  const maxBytes = 20_000;
  const store = new MemoryRecordStore({ retentionMs: 1e12, now: () => 0, maxBytes, slabBytes: 4096 });
  const line = Buffer.byteLength(JSON.stringify(rec('c00000', 0))) + 1 + ENTRY_OVERHEAD;
  let over = 0;
  for (let i = 0; i < 5000; i++) {
    store.closed(rec(`c${String(i).padStart(5, '0')}`, i));
    if (i % 100 === 0) store.surveyed(`c${String(i).padStart(5, '0')}`, { at: i, helpful: true, reason: null, category: null, agentId: 'a1' });
    if (store.stats().bytes! > maxBytes) over++;
  }
  t.equal(over, 0, 'always within the bound (dead versions counted)');
  const st = store.stats();
  t.equal(st.records + st.dropped, 5000, 'every record is held or counted as dropped');
  t.ok(st.records >= Math.floor((maxBytes * 0.7) / line), `${st.records} records held`);
  // Held slabs: about what the bound holds (dead versions included), not the 5000 records' worth.
  t.ok(store.layout().slabs <= Math.ceil(maxBytes / 4096) + 2, `${store.layout().slabs} slabs held`);
  const { records } = await all(store, 100);
  t.equal(records.length, st.records);
  t.equal(records.at(-1)!.contactId, 'c04999', 'the newest kept');
  t.equal(records[0]!.contactId, `c${String(5000 - st.records).padStart(5, '0')}`, 'the oldest dropped');
});

t.test('cursors are sequence numbers: stable while the head moves and index chunks are shed', async (t) => {
  let now = 0;
  const store = new MemoryRecordStore({ retentionMs: 100, now: () => now, maxBytes: 1e9, slabBytes: 512, indexChunk: 4 });
  for (let i = 0; i < 40; i++) store.closed(rec(`c${i}`, i));
  const p = await store.page({ from: 0, to: 1000 }, null, 10);
  t.equal(p.records.at(-1)!.contactId, 'c9');
  const chunksBefore = store.layout().indexChunks;
  now = 125; // c0..c24 expire
  const next = await store.page({ from: 0, to: 1000 }, p.next, 5);
  t.same(
    next.records.map((r) => r.contactId),
    ['c25', 'c26', 'c27', 'c28', 'c29'],
    'a cursor into expired records resumes at the oldest kept',
  );
  t.ok(store.layout().indexChunks < chunksBefore, `index chunks shed: ${chunksBefore} -> ${store.layout().indexChunks}`);
  const rest = await store.page({ from: 0, to: 1000 }, next.next, 100);
  t.same(
    rest.records.map((r) => r.contactId),
    Array.from({ length: 10 }, (_, i) => `c${30 + i}`),
    'and goes on where it was',
  );
  for (let i = 40; i < 200; i++) store.closed(rec(`c${i}`, 100 + i));
  now = 250; // up to c49 (at 149) expire
  const old = await store.pageJson({ from: 0, to: 1e9 }, next.next, 3);
  t.equal(old.count, 3);
  t.match(Buffer.from(old.chunks[0]!).toString(), /^\{"contactId":"c50",/, 'the old cursor, far behind the head, starts at the oldest kept');
  await t.rejects(store.page({ from: 0, to: 1e9 }, 'x', 3), /cursor/, 'a cursor not given by the store is refused');
});

t.test('surveys find their record when ids share a hash', async (t) => {
  // Two ids with the same 32-bit hash (found by the birthday bound: a few 100,000 tries).
  const seen = new Map<number, string>();
  let pair: [string, string] | undefined;
  for (let i = 0; pair === undefined; i++) {
    const id = `id-${i}`;
    const h = idHash(id);
    const other = seen.get(h);
    if (other !== undefined) pair = [other, id];
    else seen.set(h, id);
  }
  const [a, b] = pair;
  t.equal(idHash(a), idHash(b));
  const store = new MemoryRecordStore({ retentionMs: 1e12, now: () => 0, maxBytes: 1e9, slabBytes: 4096 });
  for (let i = 0; i < 3000; i++) store.closed(rec(i === 1000 ? a : i === 2000 ? b : `x${i}`, i));
  const sa = { at: 1, helpful: true, reason: null, category: null, agentId: 'A' };
  const sb = { at: 2, helpful: false, reason: 'rude', category: null, agentId: 'B' };
  store.surveyed(b, sb);
  store.surveyed(a, sa);
  const { records } = await all(store, 500);
  t.same(records[1000]!.survey, sa);
  t.same(records[2000]!.survey, sb);
  t.equal(records.filter((r) => r.survey !== null).length, 2, 'no other record touched');
});

t.test('filters: a queue named only in another field does not match; the scan stays bounded', async (t) => {
  const store = new MemoryRecordStore({ retentionMs: 1e12, now: () => 0, maxBytes: 1e9, slabBytes: 1024 });
  store.closed(rec('c0', 0, { disposition: 'billing' }));
  store.closed(rec('c1', 1, { queues: [{ queueId: 'billing', at: 1 }] }));
  for (let i = 2; i < 100; i++) store.closed(rec(`c${i}`, i));
  store.closed(
    rec('c100', 100, {
      agents: [{ agentId: 'ann', acceptedAt: 100, connectedAt: 100, endedAt: 100, releasedAt: 100, talkMs: 0, holdMs: 0, wrapUpMs: 0, handleMs: 0 }],
    }),
  );
  const q = { from: 0, to: 1000, queue: 'billing' };
  t.same(
    (await store.page(q, null, 10)).records.map((r) => r.contactId),
    ['c1'],
  );
  const j = await store.pageJson(q, null, 10);
  t.equal(j.count, 1);
  t.match(Buffer.concat(j.chunks).toString(), /^\{"contactId":"c1",/);
  // A page of 1 looks at 8 entries at most, and says where to go on.
  const first = await store.page({ from: 0, to: 1000, agent: 'ann' }, null, 1);
  t.same(first.records, []);
  t.equal(first.next, '8');
  let cursor: string | null = first.next;
  const found: string[] = [];
  while (cursor !== null) {
    const p = await store.page({ from: 0, to: 1000, agent: 'ann' }, cursor, 1);
    found.push(...p.records.map((r) => r.contactId));
    cursor = p.next;
  }
  t.same(found, ['c100']);
});

t.test('every record kept can be surveyed, through the id table growing, rebuilt and dropped from', async (t) => {
  const store = new MemoryRecordStore({ retentionMs: 1e12, now: () => 0, maxBytes: 1_500_000, slabBytes: 65536 });
  for (let i = 0; i < 20_000; i++) store.closed(rec(`c${i}`, i));
  const held = store.stats().records;
  t.ok(store.stats().dropped > 0 && held > 2000, `${held} held, ${store.stats().dropped} dropped`);
  const survey = { at: 1, helpful: true, reason: null, category: null, agentId: 'a1' };
  for (let i = 0; i < 20_000; i++) store.surveyed(`c${i}`, survey);
  const { records } = await all(store, 10_000);
  t.equal(records.length, store.stats().records);
  t.equal(records.filter((r) => r.survey === null).length, 0, 'every record kept found by its id');
  t.equal(records.at(-1)!.contactId, 'c19999');
});

t.test('id table: probe runs across the end of the table, removals shift them back, growth copies by steps (against a model)', async (t) => {
  for (const window of [600, 800, 3000]) {
    const ix = new EntryIndex(256);
    const idOf: number[] = [];
    let probe = -1;
    const table = new IdTable(ix, (seq) => idOf[seq] === probe);
    // Every id's home is one of the last 8 or first 8 of 1,024 slots: one run wrapping around (in a larger table, a few).
    const hash = (n: number) => ((1016 + (n % 16)) & 1023) + 1024 * n;
    let x = 7;
    const random = () => (x = (Math.imul(x, 1103515245) + 12345) >>> 1);
    let wrong = 0;
    let growing = 0;
    for (let seq = 0; seq < 8000; seq++) {
      const n = random() % (window * 1.5);
      idOf.push(n);
      table.add(hash(n), ix.push(seq, 0, 0, 1, hash(n)));
      if (table.growing) growing++;
      if (ix.end - ix.head > window) {
        table.remove(ix.hash(ix.head), ix.head);
        ix.shift();
      }
      for (let k = 0; k < 5; k++) {
        const m = random() % (window * 1.5);
        let want = -1;
        for (let s = ix.end - 1; s >= ix.head; s--)
          if (idOf[s] === m) {
            want = s;
            break;
          }
        probe = m;
        if (table.find(hash(m)) !== want) wrong++;
      }
    }
    t.equal(table.size, window, `${window} live`);
    t.equal(wrong, 0, `window ${window}: every lookup finds the newest kept entry of its id, or none`);
    if (window === 600) t.equal(table.bytes, 4096, 'never grown: 600 live in 1,024 slots');
    else if (window === 800) t.equal(table.bytes, 8192, 'grown once, removals during the copy (800 live reached 32 adds into it)');
    else {
      t.equal(table.bytes, 16384, 'grown twice: 3,000 live in 4,096 slots');
      t.ok(growing > 50, `lookups answered while growing (${growing} adds)`);
    }
  }
});

t.test('id table: an entry removed while the table grows is gone from both tables', async (t) => {
  const ix = new EntryIndex(4096);
  let probe = -1;
  const table = new IdTable(ix, (seq) => seq === probe);
  for (let seq = 0; seq < 769; seq++) table.add(seq * 7919, ix.push(seq, 0, 0, 1, seq * 7919));
  t.ok(table.growing, 'the 769th entry started a growth');
  probe = 0;
  t.equal(table.find(0), 0, 'found while growing');
  table.remove(ix.hash(0), 0);
  ix.shift();
  t.equal(table.find(0), -1, 'removed from the old table too');
  t.equal(table.size, 768);
});
