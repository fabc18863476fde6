/**
 * Hours of operation over real sockets: a closed queue refuses a new contact
 * with FAILED_PRECONDITION and its next opening, on the WebSocket (SDK, both
 * encodings) and over HTTP; supervisors see it closed in the snapshot; a
 * closed queue with a redirect sends the contact on.
 */
import t from 'tap';
import { QueueClosedError } from '../../src/core/errors.js';
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
  t.match(body.error, { code: 'FAILED_PRECONDITION', opensAt });
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
