/**
 * The SDK's side of spreading clients (close 4010, the target URL as the
 * reason): it reconnects there, stays there across later drops, and goes
 * back to its configured URL when the target cannot be reached.
 */
import t, { type Test } from 'tap';
import { WebSocketServer, type WebSocket } from 'ws';
import { SwitchboardClient } from '../../src/client/client.js';
import { CloseCode } from '../../src/protocol/close-codes.js';
import { freePort } from '../harness/redis-server.js';

interface Fake {
  readonly url: string;
  readonly sockets: WebSocket[];
}

async function fakeServer(t: Test): Promise<Fake> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, handleProtocols: (p) => [...p][0] ?? false });
  await new Promise((resolve) => wss.once('listening', resolve));
  const sockets: WebSocket[] = [];
  wss.on('connection', (ws) => sockets.push(ws));
  t.teardown(() => {
    for (const c of wss.clients) c.terminate();
    wss.close();
  });
  const addr = wss.address();
  return { url: `ws://127.0.0.1:${typeof addr === 'object' && addr !== null ? addr.port : 0}`, sockets };
}

async function until(ok: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 30_000; !ok();) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const reconnect = { initialDelayMs: 10, maxDelayMs: 20 };

t.test('client - a move reconnects to the hinted URL and stays there', async (t) => {
  const a = await fakeServer(t);
  const b = await fakeServer(t);
  const c = await SwitchboardClient.connect({ url: a.url, role: 'supervisor', token: 'x', reconnect, heartbeatIntervalMs: 0 });
  t.teardown(() => c.close());
  await until(() => a.sockets.length === 1);
  a.sockets[0]!.close(CloseCode.moveTo, b.url);
  await until(() => b.sockets.length === 1 && c.connected);
  t.equal(c.currentUrl, b.url, 'on the hinted process');
  b.sockets[0]!.terminate();
  await until(() => b.sockets.length === 2 && c.connected);
  t.equal(a.sockets.length, 1, 'a later drop reconnects where it was moved to');
});

t.test('client - a move to an unreachable URL falls back to the configured one', async (t) => {
  const a = await fakeServer(t);
  const dead = `ws://127.0.0.1:${await freePort()}`;
  const c = await SwitchboardClient.connect({ url: a.url, role: 'supervisor', token: 'x', reconnect, heartbeatIntervalMs: 0 });
  t.teardown(() => c.close());
  const errors: Error[] = [];
  c.onLifecycle('error', (e) => errors.push(e.error));
  await until(() => a.sockets.length === 1);
  a.sockets[0]!.close(CloseCode.moveTo, dead);
  await until(() => a.sockets.length === 2 && c.connected);
  t.equal(errors.length, 1, 'one failed attempt at the hinted URL');
  t.equal(c.currentUrl, a.url, 'back on the configured URL');
});

t.test('client - a move whose reason is not a ws URL is an ordinary reconnect', async (t) => {
  const a = await fakeServer(t);
  const c = await SwitchboardClient.connect({ url: a.url, role: 'supervisor', token: 'x', reconnect, heartbeatIntervalMs: 0 });
  t.teardown(() => c.close());
  await until(() => a.sockets.length === 1);
  a.sockets[0]!.close(CloseCode.moveTo, 'http://elsewhere.example');
  await until(() => a.sockets.length === 2 && c.connected);
  t.equal(c.currentUrl, a.url);
});
