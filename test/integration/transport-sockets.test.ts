/**
 * The transport adapters on their own, below the gateway: what uWS and `ws`
 * must guarantee whatever the handler does (see src/gateway/transport.ts).
 */
import { connect as tcpConnect } from 'node:net';
import t, { type Test } from 'tap';
import WebSocket from 'ws';
import type { Connection, Transport, TransportHandler } from '../../src/gateway/transport.js';
import { UwsTransport } from '../../src/gateway/uws/uws-transport.js';
import { WsTransport } from '../../src/gateway/ws/ws-transport.js';

const LIMITS = { maxPayloadBytes: 64 * 1024, maxBufferedBytes: 1024 * 1024, idleTimeoutSeconds: 0, maxHttpBodyBytes: 1024 };
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
/** Waits (a minute at most: a busy machine) until `done()` holds. */
async function until(done: () => boolean): Promise<void> {
  for (const deadline = Date.now() + 60_000; !done() && Date.now() < deadline;) await new Promise((r) => setTimeout(r, 10));
}

interface Echo {
  conn: Connection;
}

type Upgrades = 'sync' | 'async';

/**
 * Accepts every upgrade, at once (as the gateway does) or after an
 * asynchronous step (as other handlers may), echoes each message; `onOpen`
 * runs in `open`.
 */
function echoHandler(onOpen: (conn: Connection) => void = () => {}, upgrades: Upgrades = 'sync'): TransportHandler<null, Echo> & { closes: number[] } {
  const closes: number[] = [];
  return {
    closes,
    upgrade() {
      const accept = { accept: true, context: null } as const;
      return upgrades === 'sync' ? accept : nextTurn().then(() => accept);
    },
    open(conn) {
      onOpen(conn);
      return { conn };
    },
    message(s, data, isBinary) {
      s.conn.send(isBinary ? new Uint8Array(data) : Buffer.from(data).toString('utf8'));
    },
    close(_s, code) {
      closes.push(code);
    },
    async http() {
      return { status: 404, body: '' };
    },
  };
}

async function serve(t: Test, transport: Transport, handler: TransportHandler<null, Echo>): Promise<number> {
  const port = await transport.listen('127.0.0.1', 0, handler, LIMITS);
  t.teardown(() => transport.close());
  return port;
}

/** Opens `n` sockets at once, each sending one frame as soon as it is open; counts echoes and early closes. */
async function burst(port: number, n: number): Promise<{ echoed: number; closedEarly: number[] }> {
  let echoed = 0;
  const closedEarly: number[] = [];
  await Promise.all(
    Array.from(
      { length: n },
      (_, i) =>
        new Promise<void>((resolve) => {
          const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
          let replied = false;
          ws.once('open', () => ws.send(`hello ${i}`));
          ws.on('message', () => {
            replied = true;
            echoed++;
            ws.close();
          });
          ws.on('error', () => {});
          ws.on('close', (code) => {
            if (!replied) closedEarly.push(code);
            resolve();
          });
        }),
    ),
  );
  return { echoed, closedEarly };
}

for (const upgrades of ['sync', 'async'] as const) {
  t.test(`uws transport - what the handler allocates in open never closes a socket upgraded (${upgrades})`, async (t) => {
    // Small native allocations filled with 0x10 (uWS's "Connection: close" bit):
    // in uWebSockets.js 20.30 they land in the memory an asynchronous upgrade freed
    // and made uWS close every such socket right after its 101 (1006), when `open`
    // ran inside the upgrade.
    const keep: Buffer[] = [];
    const handler = echoHandler(() => {
      for (let i = 1; i <= 40; i++) keep.push(Buffer.allocUnsafeSlow(i * 8).fill(0x10));
      setImmediate(() => (keep.length = 0));
    }, upgrades);
    const port = await serve(t, new UwsTransport(), handler);
    const r = await burst(port, 200);
    t.same(r.closedEarly, [], 'no socket closed before its reply');
    t.equal(r.echoed, 200);
  });
}

t.test('uws transport - an upgrade without Connection: Upgrade is refused, never opened then closed', async (t) => {
  let opened = 0;
  const port = await serve(
    t,
    new UwsTransport(),
    echoHandler(() => opened++),
  );
  const head = await new Promise<string>((resolve) => {
    const sock = tcpConnect(port, '127.0.0.1');
    let text = '';
    sock.on('data', (d: Buffer) => (text += d.toString('latin1')));
    sock.on('close', () => resolve(text));
    sock.on('error', () => {});
    sock.write(
      'GET / HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: close\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
  });
  t.match(head, /^HTTP\/1\.1 400 /, '400, not 101');
  t.equal(opened, 0);
});

/** The status line and body of a refused upgrade, read off the raw socket. */
function refusedUpgrade(port: number): Promise<string> {
  return new Promise<string>((resolve) => {
    const sock = tcpConnect(port, '127.0.0.1');
    let text = '';
    sock.on('data', (d: Buffer) => (text += d.toString('latin1')));
    sock.on('close', () => resolve(text));
    sock.on('error', () => {});
    sock.write(
      'GET /x HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
        'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    );
  });
}

for (const [name, make] of [
  ['uws', () => new UwsTransport()],
  ['ws', () => new WsTransport()],
] as const) {
  for (const upgrades of ['sync', 'async'] as const) {
    t.test(`${name} transport - many sockets opened at once each get their reply (${upgrades} upgrades)`, async (t) => {
      const port = await serve(
        t,
        make(),
        echoHandler(() => {}, upgrades),
      );
      const r = await burst(port, 300);
      t.same(r.closedEarly, []);
      t.equal(r.echoed, 300);
    });

    t.test(`${name} transport - a refused upgrade gets its status and body, and closes (${upgrades})`, async (t) => {
      const handler = echoHandler(() => t.fail('never opened'), upgrades);
      const refusal = { accept: false, status: 403, body: '{"error":{"code":"PERMISSION_DENIED","message":"no"}}' } as const;
      handler.upgrade = () => (upgrades === 'sync' ? refusal : nextTurn().then(() => refusal));
      const port = await serve(t, make(), handler);
      const text = await refusedUpgrade(port);
      t.match(text, /^HTTP\/1\.1 403 /);
      t.match(text, /content-type: application\/json/i);
      t.ok(text.endsWith(refusal.body), 'the body');
    });

    t.test(`${name} transport - a socket the handler closes in open is closed once, with its session (${upgrades})`, async (t) => {
      const handler = echoHandler((conn) => {
        conn.send('bye');
        conn.close(4002, 'not here');
      }, upgrades);
      const sessions: Echo[] = [];
      const open = handler.open.bind(handler);
      handler.open = (conn, ctx) => {
        const s = open(conn, ctx);
        sessions.push(s);
        return s;
      };
      const closedWith: Echo[] = [];
      handler.close = (s, code) => {
        closedWith.push(s);
        handler.closes.push(code);
      };
      const port = await serve(t, make(), handler);
      const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
      const got: string[] = [];
      ws.on('message', (d: Buffer) => got.push(d.toString('utf8')));
      const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
      t.equal(code, 4002);
      t.same(got, ['bye'], 'the frame sent before the close arrives');
      await until(() => closedWith.length > 0);
      t.equal(closedWith.length, 1, 'the handler is told once');
      t.equal(closedWith[0], sessions[0], 'with the session open returned');
    });
  }

  t.test(`${name} transport - an upgrade handler that throws refuses that socket only`, async (t) => {
    const handler = echoHandler();
    const accept = handler.upgrade.bind(handler);
    let calls = 0;
    handler.upgrade = (req) => {
      if (++calls === 1) throw new Error('boom');
      return accept(req);
    };
    const port = await serve(t, make(), handler);
    const text = await refusedUpgrade(port);
    t.notMatch(text, /^HTTP\/1\.1 101 /, 'no upgrade');
    const r = await burst(port, 3);
    t.equal(r.echoed, 3, 'the next sockets are served');
  });

  t.test(`${name} transport - a handler whose open throws drops that socket only`, async (t) => {
    let calls = 0;
    const handler = echoHandler(() => {
      if (++calls === 1) throw new Error('boom');
    });
    const port = await serve(t, make(), handler);
    const first = await burst(port, 1);
    t.equal(first.echoed, 0, 'the socket is not served');
    t.equal(first.closedEarly.length, 1, 'it is closed');
    const r = await burst(port, 3);
    t.equal(r.echoed, 3, 'the next sockets are served');
  });

  t.test(`${name} transport - frames of one turn keep their order and boundaries, to the socket served and to others`, async (t) => {
    const conns: Connection[] = [];
    const handler = echoHandler((conn) => conns.push(conn));
    // The first socket's message makes frames for both sockets in one turn.
    handler.message = (s, data) => {
      const text = Buffer.from(data).toString('utf8');
      for (let i = 0; i < 50; i++) for (const c of conns) c.send(`${text}-${i}`);
      s.conn.send(new Uint8Array([1, 2, 3]));
      conns[1]?.close(4000, 'done');
    };
    const port = await serve(t, make(), handler);
    const open = () =>
      new Promise<{ ws: WebSocket; got: (string | number[])[]; closed: Promise<number> }>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/`, { perMessageDeflate: false });
        const got: (string | number[])[] = [];
        ws.on('message', (d: Buffer, isBinary: boolean) => got.push(isBinary ? [...d] : d.toString('utf8')));
        const closed = new Promise<number>((r) => ws.on('close', (code) => r(code)));
        ws.once('open', () => resolve({ ws, got, closed }));
      });
    const a = await open();
    const b = await open();
    await until(() => conns.length === 2);
    a.ws.send('m');
    t.equal(await b.closed, 4000, 'the close comes after the frames');
    const expected = Array.from({ length: 50 }, (_, i) => `m-${i}`);
    t.same(b.got, expected, 'the other socket: every frame, in order, then the close');
    await until(() => a.got.length >= 51);
    t.same(a.got, [...expected, [1, 2, 3]], 'the socket served: in order, binary kept');
    a.ws.close();
  });
}
