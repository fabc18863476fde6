/**
 * The SDK over a WHATWG WebSocket, as in a browser: the token as a
 * subprotocol, `ping` requests for liveness, a refused upgrade without a
 * status, reconnect and resume. `ws` stands in for the browser's WebSocket
 * (it implements the same constructor and `addEventListener` API).
 */
import t from 'tap';
import WebSocket from 'ws';
import { ConnectError } from '../../src/client/client.js';
import type { WebSocketConstructor } from '../../src/client/socket.js';
import { ENCODINGS, startServer } from '../fixtures/server.js';

const whatwg = WebSocket as unknown as WebSocketConstructor;

for (const encoding of ENCODINGS) {
  t.test(`client (WHATWG socket, ${encoding}) - works a contact, survives a drop and resumes`, async (t) => {
    const ts = await startServer('ws', encoding);
    t.teardown(() => ts.close());
    const agent = await ts.client('agent', 'alice', { webSocket: whatwg, reconnect: { initialDelayMs: 20, maxDelayMs: 50 }, heartbeatIntervalMs: 50 });
    const ivr = await ts.client('integration', 'ivr');
    const offered = agent.waitFor('offer');
    await agent.login({ presence: 'available' });
    const { contact } = await ivr.createContact({ externalId: 'x1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'c1', tier: 'prime' } });
    t.equal((await offered).contact.id, contact.id, 'offer received');
    await agent.accept(contact.id);
    // Heartbeat by `ping` requests: a few rounds pass without dropping the connection.
    await new Promise((r) => setTimeout(r, 200));
    t.ok(agent.connected, 'still connected after heartbeats');

    const back = new Promise<{ login?: { resumed?: boolean; contacts?: { id: string }[] } }>((resolve) => agent.onLifecycle('reconnected', resolve));
    agent.dropConnection();
    const r = await back;
    t.equal(r.login?.resumed, true, 'the session is resumed');
    t.same(
      r.login?.contacts?.map((c) => c.id),
      [contact.id],
      'with the contact in progress',
    );
    await agent.complete(contact.id);
    await agent.finishWrapUp(contact.id, 'resolved', 'done');
    await agent.close();
    t.notOk(agent.connected);
  });
}

t.test('client (WHATWG socket) - a refused token is a ConnectError without status', async (t) => {
  const ts = await startServer('uws', 'json');
  t.teardown(() => ts.close());
  const err = await ts.client('agent', 'alice', { webSocket: whatwg, token: 'not-a-token' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  t.ok(err instanceof ConnectError, 'refused');
  t.match(err, { status: undefined, code: 'UNAVAILABLE', message: /refused or unreachable/ });
  const ok = await ts.client('agent', 'alice', { webSocket: whatwg, tokenVia: 'query' });
  t.equal((await ok.login({})).agent.id, 'alice', 'a token in the query works too');
});
