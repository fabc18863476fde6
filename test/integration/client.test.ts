import t, { type Test } from 'tap';
import { WebSocketServer } from 'ws';
import { SwitchboardClient } from '../../src/client/client.js';

/** A server that upgrades anything and then says nothing, not even pongs. */
async function silentServer(t: Test): Promise<string> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, autoPong: false, handleProtocols: (p) => [...p][0] ?? false });
  await new Promise((resolve) => wss.once('listening', resolve));
  t.teardown(() => {
    for (const c of wss.clients) c.terminate();
    wss.close();
  });
  const addr = wss.address();
  return `ws://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}`;
}

t.test('client - a request without a reply times out', async (t) => {
  const url = await silentServer(t);
  const c = await SwitchboardClient.connect({ url, role: 'agent', token: 'x', reconnect: false, heartbeatIntervalMs: 0 });
  await t.rejects(c.request('ping', {}, { timeoutMs: 100 }), { code: 'DEADLINE_EXCEEDED' });
  await c.close();
});

t.test('client - a silent server is detected by heartbeat and the client reconnects', async (t) => {
  const url = await silentServer(t);
  let tokens = 0;
  const c = await SwitchboardClient.connect({
    url,
    role: 'agent',
    token: () => `token-${++tokens}`,
    heartbeatIntervalMs: 100,
    reconnect: { initialDelayMs: 20, maxDelayMs: 50 },
  });
  const down = new Promise<{ willReconnect: boolean }>((resolve) => c.onLifecycle('disconnected', resolve));
  const back = new Promise<{ attempt: number }>((resolve) => c.onLifecycle('reconnected', resolve));
  t.equal((await down).willReconnect, true);
  t.equal((await back).attempt, 1);
  t.equal(tokens, 2, 'a fresh token for the new connection');
  await c.close();
});

t.test('client - reconnecting stops on a refused static token', async (t) => {
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    handleProtocols: (p) => [...p][0] ?? false,
    verifyClient: (_info, cb) => cb(accepting, 401, 'Unauthorized'),
  });
  let accepting = true;
  await new Promise((resolve) => wss.once('listening', resolve));
  t.teardown(() => wss.close());
  const addr = wss.address();
  const c = await SwitchboardClient.connect({
    url: `ws://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}`,
    role: 'agent',
    token: 'static',
    reconnect: { initialDelayMs: 10, maxDelayMs: 20 },
  });
  accepting = false;
  const errors: Error[] = [];
  c.onLifecycle('error', (e) => errors.push(e.error));
  for (const ws of wss.clients) ws.terminate();
  for (const deadline = Date.now() + 60_000; errors.length === 0 && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 20));
  await new Promise((r) => setTimeout(r, 200));
  t.equal(errors.length, 1, 'one attempt, then it gives up');
  t.match(errors[0], { status: 401, code: 'UNAUTHENTICATED' });
  t.notOk(c.connected);
  await c.close();
});
