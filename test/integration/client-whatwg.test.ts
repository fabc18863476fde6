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
import { until } from '../fixtures/until.js';

const whatwg = WebSocket as unknown as WebSocketConstructor;

/**
 * `ws` as a WHATWG socket that counts the frames the client sends: while the
 * test asks nothing, those are the heartbeat's `ping` requests (a browser has
 * no ping frame).
 */
function countingSends(): { socket: WebSocketConstructor; sent: () => number } {
  let sent = 0;
  class Counting extends WebSocket {
    override send(...args: any[]): void {
      sent++;
      (super.send as (...a: unknown[]) => void)(...args);
    }
  }
  return { socket: Counting as unknown as WebSocketConstructor, sent: () => sent };
}

for (const encoding of ENCODINGS) {
  t.test(`client (WHATWG socket, ${encoding}) - works a contact, survives a drop and resumes`, async (t) => {
    const ts = await startServer('ws', encoding);
    t.teardown(() => ts.close());
    const counting = countingSends();
    // A heartbeat a busy machine can keep (a reply must come within one interval), yet a few rounds in seconds.
    const agent = await ts.client('agent', 'alice', {
      webSocket: counting.socket,
      reconnect: { initialDelayMs: 20, maxDelayMs: 50 },
      heartbeatIntervalMs: 1000,
    });
    const ivr = await ts.client('integration', 'ivr');
    const offered = agent.waitFor('offer');
    await agent.login({ presence: 'available' });
    const { contact } = await ivr.createContact({ externalId: 'x1', queueId: 'sales', channel: 'chat', language: 'en', customer: { id: 'c1', tier: 'prime' } });
    t.equal((await offered).contact.id, contact.id, 'offer received');
    await agent.accept(contact.id);
    // Heartbeat by `ping` requests: a few rounds pass without dropping the connection
    // (a third ping goes out only if the second was answered).
    const before = counting.sent();
    await until('three heartbeats', () => counting.sent() >= before + 3 || !agent.connected);
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
