/**
 * The SDK holds a request made while it reconnects: it waits for the
 * session to resume (logged in again) and is sent then, within its
 * timeout, so an integration's create or an agent's accept made during a
 * drop or a move to another process is not lost to `NOT_CONNECTED`. A
 * client that will not reconnect (reconnect off, closed by its user, no
 * session in time) fails such a request with `NOT_CONNECTED`.
 */
import t from 'tap';
import { SwitchboardError } from '../../src/core/errors.js';
import { startServer } from '../fixtures/server.js';
import { until } from '../fixtures/until.js';

const config = {
  queues: [{ id: 'sales', channels: ['chat'], offerTimeoutSeconds: 60, wrapUpSeconds: 0 }],
  agents: { ann: { skills: {}, languages: ['en'], capacity: { chat: 4 }, queues: ['sales'] } },
  allowProfileAtLogin: false,
};
const chat = (externalId: string) => ({ externalId, queueId: 'sales', channel: 'chat' as const, language: 'en', customer: { id: `cu-${externalId}` } });
const reconnect = { initialDelayMs: 300, maxDelayMs: 300 };

const reasonOf = async (p: Promise<unknown>): Promise<string | undefined> =>
  p.then(
    () => 'resolved',
    (e: unknown) => (e instanceof SwitchboardError ? e.reason : String(e)),
  );

t.test('held requests - made during a drop, sent once the session resumed; the contact is created once and offered', async (t) => {
  const s = await startServer('uws', 'json', config);
  t.teardown(() => s.close());
  const ann = await s.client('agent', 'ann', { reconnect });
  const ivr = await s.client('integration', 'ivr', { reconnect });
  const offers: string[] = [];
  ann.on('offer', (o) => offers.push(o.contact.id));
  await ann.login({ presence: 'available' });

  ivr.dropConnection();
  await until('the integration saw its socket drop', () => !ivr.connected);
  const created = await ivr.createContact(chat('x-1'));
  t.ok(ivr.connected, 'sent once reconnected');
  await until('the offer', () => offers.length === 1);
  t.equal(offers[0], created.contact.id, 'the contact created is offered');

  // An agent's accept made while its socket is down goes out after its login resumed.
  ann.dropConnection();
  await until('the agent saw its socket drop', () => !ann.connected);
  await ann.accept(created.contact.id);
  const sup = await s.client('supervisor', 'sup');
  const snap = await sup.subscribe();
  t.equal(snap.contacts?.find((c) => c.id === created.contact.id)?.state, 'active', 'accepted after the resume');
  t.equal(snap.contacts?.length, 1, 'one contact: the create was sent once');
});

t.test('held requests - no reconnect, closed by the user, or no session in time: NOT_CONNECTED', async (t) => {
  const s = await startServer('uws', 'json', config);
  t.teardown(() => s.close());

  const plain = await s.client('integration', 'plain');
  plain.dropConnection();
  await until('dropped', () => !plain.connected);
  t.equal(await reasonOf(plain.createContact(chat('x-2'))), 'NOT_CONNECTED', 'reconnect off: at once');

  const closing = await s.client('integration', 'closing', { reconnect: { initialDelayMs: 60_000, maxDelayMs: 60_000 } });
  closing.dropConnection();
  await until('dropped', () => !closing.connected);
  const held = reasonOf(closing.createContact(chat('x-3')));
  await closing.close();
  t.equal(await held, 'NOT_CONNECTED', 'closed by its user while held');

  const waiting = await s.client('integration', 'waiting', { reconnect: { initialDelayMs: 60_000, maxDelayMs: 60_000 } });
  waiting.dropConnection();
  await until('dropped', () => !waiting.connected);
  const started = Date.now();
  t.equal(await reasonOf(waiting.request('createContact', chat('x-4'), { timeoutMs: 300 })), 'NOT_CONNECTED', 'no session within the timeout');
  t.ok(Date.now() - started >= 250, 'failed at its timeout, not before');
  await waiting.close();

  const sup = await s.client('supervisor', 'sup');
  t.equal((await sup.subscribe()).contacts?.length ?? 0, 0, 'nothing created');
});
