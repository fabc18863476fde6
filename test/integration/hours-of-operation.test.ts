/**
 * Hours of operation over real sockets: a closed queue refuses a new contact
 * with FAILED_PRECONDITION and its next opening, on the WebSocket (SDK, both
 * encodings) and over HTTP; supervisors see it closed in the snapshot; a
 * closed queue with a redirect sends the contact on.
 */
import t from 'tap';
import { QueueClosedError } from '../../src/core/errors.js';
import { Router } from '../../src/core/router.js';
import { parseConfig } from '../../src/config/schema.js';
import { Recorder } from '../fixtures/recorder.js';
import { ENCODINGS, startServer, testConfig } from '../fixtures/server.js';

const DAY = 86_400_000;
const allDay = ['00:00-24:00'];
const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `sales` open all week except today and tomorrow (UTC holidays): closed now at any hour, opening at midnight after tomorrow. */
function closedConfig(): { config: unknown; opensAt: number } {
  const now = Date.now();
  const today = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate());
  const base = testConfig() as { queues: Record<string, unknown>[] };
  const hours = {
    timeZone: 'UTC',
    weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
    holidays: [{ date: ymd(today), name: 'Inventory' }, { date: ymd(today + DAY) }],
  };
  return {
    config: {
      ...base,
      queues: [
        { ...base.queues[0], hours },
        base.queues[1],
        { id: 'late', channels: ['chat'], hours: { ...hours, whenClosed: { action: 'redirect', queueId: 'sales' } } },
        { id: 'night', channels: ['chat'], hours: { ...hours, whenClosed: { action: 'redirect', queueId: 'billing' } } },
        { id: 'calls', channels: ['voice'], hours: { ...hours, whenClosed: { action: 'callback' } } },
      ],
    },
    // Tomorrow's holiday could have become today's if the test started just before midnight: either way it opens then.
    opensAt: today + 2 * DAY,
  };
}

const chat = (externalId: string, queueId = 'sales') => ({
  externalId,
  queueId,
  channel: 'chat',
  language: 'en',
  customer: { id: 'cust-1', tier: 'standard' },
});

for (const encoding of ENCODINGS) {
  t.test(`ws/${encoding} - a closed queue refuses a new contact with its next opening`, async (t) => {
    const { config, opensAt } = closedConfig();
    const s = await startServer('ws', encoding, config);
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    const sup = await s.client('supervisor', 'sue');
    let caught: unknown;
    try {
      await ivr.createContact(chat('x-1'));
    } catch (err) {
      caught = err;
    }
    t.ok(caught instanceof QueueClosedError, 'the SDK rejects with QueueClosedError');
    t.equal((caught as QueueClosedError).code, 'FAILED_PRECONDITION');
    t.equal((caught as QueueClosedError).opensAt, opensAt, 'with the next opening');
    t.equal((caught as QueueClosedError).reason, 'QUEUE_CLOSED', 'the stable reason');
    t.same((caught as QueueClosedError).params, { queue: 'sales', opensAt: String(opensAt) }, 'and its params');
    t.match((caught as Error).message, /queue sales is closed \(Inventory\) until \d{4}-\d\d-\d\dT00:00\+00:00 \(UTC\)/);

    const snap = await sup.subscribe();
    t.match(
      snap.queues?.find((q) => q.id === 'sales'),
      { closed: true, closedUntil: opensAt },
      'the supervisor snapshot shows the queue closed until its opening',
    );
    t.equal(snap.contacts?.length ?? 0, 0, 'nothing was created');
  });
}

t.test('http - a closed queue refuses POST /v1/contacts with 400-class FAILED_PRECONDITION and opensAt', async (t) => {
  const { config, opensAt } = closedConfig();
  const s = await startServer('uws', 'json', config);
  t.teardown(() => s.close());
  const token = await s.token('integration', 'mailer');
  const res = await fetch(`${s.url.replace('ws://', 'http://')}/v1/contacts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(chat('h-1')),
  });
  const body = (await res.json()) as { error: { code: string; opensAt?: number } };
  t.equal(res.status >= 400 && res.status < 500, true, `a client error (${res.status})`);
  t.match(body.error, { code: 'FAILED_PRECONDITION', opensAt, reason: 'QUEUE_CLOSED', params: { queue: 'sales', opensAt: String(opensAt) } });
});

t.test('ws/json - a redirect to a queue closed as well is refused; to an open queue it is created there', async (t) => {
  const { config } = closedConfig();
  const s = await startServer('ws', 'json', config);
  t.teardown(() => s.close());
  const ivr = await s.client('integration', 'ivr');
  // late redirects to sales, closed too: refused, with the closed queue named.
  await t.rejects(ivr.createContact(chat('r-1', 'late')), { code: 'FAILED_PRECONDITION', message: /queue late is closed/ });
  // night redirects to billing (no hours: always open): created there.
  const r = await ivr.createContact(chat('r-2', 'night'));
  t.equal(r.contact.queueId, 'billing');
  t.equal(r.closedUntil, undefined, 'the queue it waits in is open');
});

t.test('ws/proto - a call to a closed queue with callbacks is scheduled at the opening, and says so', async (t) => {
  const { config, opensAt } = closedConfig();
  const s = await startServer('ws', 'proto', config);
  t.teardown(() => s.close());
  const ivr = await s.client('integration', 'ivr');
  const before = Date.now();
  const r = await ivr.createContact({ ...chat('cb-1', 'calls'), channel: 'voice' });
  t.match(r.contact, { state: 'scheduled', deadline: opensAt, firstArrival: opensAt });
  t.ok(r.contact.callback, 'a callback');
  t.equal(r.closedUntil, opensAt, 'closed until the opening');
  t.ok(r.estimatedWaitSeconds! >= Math.floor((opensAt - before) / 1000) - 60, `the estimate counts the wait until the opening (${r.estimatedWaitSeconds} s)`);
  const p = await ivr.position(r.contact.id);
  t.match(p, { state: 'scheduled', closedUntil: opensAt });
});

for (const encoding of ENCODINGS) {
  t.test(`ws/${encoding} - a contact left waiting with nobody to serve after closing is told: closed until the opening`, async (t) => {
    // The router's clock starts on Friday 2026-03-06 at 16:59:30 in Toronto and runs with the wall clock,
    // plus what the test adds to pass the 17:00 closing; the next opening is Monday 09:00 EDT.
    const nineToFive = ['09:00-17:00'];
    const hours = { timeZone: 'America/Toronto', weekly: { mon: nineToFive, tue: nineToFive, wed: nineToFive, thu: nineToFive, fri: nineToFive } };
    const base = testConfig() as { queues: Record<string, unknown>[] };
    const config = { ...base, queues: [{ ...base.queues[0], hours }, ...base.queues.slice(1)] };
    const start = Date.now();
    let skip = 0;
    const clock = { now: () => Date.parse('2026-03-06T21:59:30Z') + (Date.now() - start) + skip };
    const s = await startServer('ws', encoding, config, { router: new Router(parseConfig(config).core, clock) });
    t.teardown(() => s.close());
    const ivr = await s.client('integration', 'ivr');
    const i = new Recorder(ivr);
    const created = await ivr.createContact(chat('late-1'));
    t.equal(created.waitStatus, 'no_agents', 'open, nobody signed in');
    skip = 60_000;
    // Any command flushes the router; the push compares what the integration was told with the state now.
    const bob = await s.client('agent', 'bob');
    await bob.login({ presence: 'away', reason: 'break' });
    const pushed = await i.next('contactWaitUpdated', (p) => p.contactId === created.contact.id, 15_000);
    t.equal(pushed.waitStatus, 'closed', 'pushed: closed');
    t.equal(pushed.closedUntil, Date.parse('2026-03-09T13:00:00Z'), 'until Monday 09:00 EDT');
    t.equal(pushed.estimatedWaitSeconds ?? 0, 0, 'no number (proto3 leaves a 0 out)');
    const asked = await ivr.position(created.contact.id);
    t.match(asked, { state: 'waiting', waitStatus: 'closed', closedUntil: Date.parse('2026-03-09T13:00:00Z') });
    t.equal(asked.estimatedWaitSeconds ?? 0, 0, 'asked: no number either');
  });
}
