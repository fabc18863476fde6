/**
 * The wallboard's queue counts (web/src/supervisor/floor.ts) fed by a real
 * supervisor socket whose snapshot comes in pages of two: from the first
 * page on, every queue counts every contact the server holds (the first
 * page's totals stand in for the contacts not listed yet), through events
 * and each later page, and once the last page is in, from the listed
 * contacts alone, the same numbers. Both encodings.
 */
import t from 'tap';
import type { SnapshotMsg } from '../../src/protocol/messages.js';
import { Floor } from '../../web/src/supervisor/floor.js';
import { ENCODINGS, startServer, testConfig } from '../fixtures/server.js';

for (const encoding of ENCODINGS) {
  t.test(`${encoding} - wallboard: queue counts are the true totals while the snapshot pages in`, async (t) => {
    const s = await startServer('uws', encoding, testConfig());
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    const create = (i: number, queueId: string, channel = 'chat') =>
      ivr.createContact({ externalId: `p-${i}`, queueId, channel, language: 'en', customer: { id: `cust-${i}` } });
    for (let i = 0; i < 7; i++) await create(i, 'sales');
    for (let i = 7; i < 10; i++) await create(i, 'billing');
    const cb = (await create(10, 'billing', 'voice')).contact.id;
    await ivr.requestCallback(cb, '+15550100');

    const sup = await s.client('supervisor', 'sam');
    const floor = new Floor(undefined);
    const applied: string[] = [];
    sup.on('*', ({ kind, payload }, meta) => {
      floor.apply(kind, payload, meta.at);
      applied.push(kind);
    });
    const counts = () => Object.fromEntries(floor.stats(Date.now()).map((q) => [q.id, { waiting: q.waiting, callbacks: q.callbacks }]));
    const truth = { sales: { waiting: 7, callbacks: 0 }, billing: { waiting: 4, callbacks: 1 } };

    const first = await sup.request('subscribe', { pageSize: 2 });
    floor.load(first);
    t.ok((first.contacts?.length ?? 0) < 11, 'the first page lists only some contacts');
    t.same(counts(), truth, 'the first page: every contact counted');
    t.equal(floor.contactsTotal, 11, 'the board knows how many are still to list');

    // A new contact while pages come: counted once, from its event.
    await create(11, 'sales');
    const truth2 = { ...truth, sales: { waiting: 8, callbacks: 0 } };
    let cursor = first.nextCursor;
    let pages = 0;
    while (cursor !== undefined) {
      const page: SnapshotMsg = await sup.request('snapshotPage', { cursor });
      floor.addPage(page);
      pages++;
      if (page.nextCursor !== undefined && applied.includes('contactCreated')) t.same(counts(), truth2, `after page ${pages}`);
      cursor = page.nextCursor;
    }
    t.ok(pages >= 5, 'several pages');
    t.ok(applied.includes('contactCreated'), 'the new contact came as an event');
    t.same(counts(), truth2, 'every page in: the same counts, from the listed contacts');
    t.equal(floor.contactsTotal, undefined, 'nothing left to list');
    t.equal(floor.contacts.size, 12);
  });
}
