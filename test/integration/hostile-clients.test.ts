/**
 * Hostile or merely greedy clients, over real sockets on both transports
 * (issue #20): errors that name their request, limits per principal and per
 * address, close codes, a busy port, slowloris, and the small refusals.
 * Bounded in time and in count (the machine is small and shared).
 */
import { connect as tcpConnect, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import t, { type Test } from 'tap';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config/schema.js';
import { ListenError } from '../../src/gateway/listen-error.js';
import type { Encoding } from '../../src/protocol/messages.js';
import { createServer, type ServerOptions, type TransportName } from '../../src/server.js';
import { Recorder } from '../fixtures/recorder.js';
import { delay, SECRET, startServer, testConfig, TRANSPORTS, type TestServer } from '../fixtures/server.js';

const chat = (externalId: string, extra: Record<string, unknown> = {}) => ({
  externalId,
  queueId: 'sales',
  channel: 'chat',
  language: 'en',
  customer: { id: `cust-${externalId}` },
  ...extra,
});

async function serve(t: Test, transport: TransportName, config: unknown = testConfig(), extra: Partial<ServerOptions> = {}, encoding: Encoding = 'json') {
  const s = await startServer(transport, encoding, config, extra);
  t.teardown(() => s.close());
  return s;
}

/** Opens a raw WebSocket (upgrade by hand) and resolves with the socket once upgraded. */
function rawSocket(port: number, token: string, path = '/v1/integration'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = tcpConnect(port, '127.0.0.1');
    let head = '';
    const onData = (d: Buffer) => {
      head += d.toString('latin1');
      if (!head.includes('\r\n\r\n')) return;
      sock.off('data', onData);
      if (head.startsWith('HTTP/1.1 101')) resolve(sock);
      else reject(new Error(head.split('\r\n')[0]));
    };
    sock.on('data', onData);
    sock.on('error', reject);
    sock.write(
      `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer ${token}\r\n\r\n`,
    );
  });
}

/** A client frame: masked unless told otherwise. */
function frame(opcode: number, payload: Buffer, masked = true): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0x80 | opcode, (masked ? 0x80 : 0) | len]) : Buffer.alloc(4);
  if (len >= 126) {
    head[0] = 0x80 | opcode;
    head[1] = (masked ? 0x80 : 0) | 126;
    head.writeUInt16BE(len, 2);
  }
  if (!masked) return Buffer.concat([head, payload]);
  const key = randomBytes(4);
  const body = Buffer.from(payload);
  for (let i = 0; i < body.length; i++) body[i]! ^= key[i % 4]!;
  return Buffer.concat([head, key, body]);
}

/** What the server sends until it closes (or `ms` pass): the close frame's code, if one came. */
function closeCodeOf(sock: Socket, ms = 5000): Promise<number | 'no close frame' | 'still open'> {
  return new Promise((resolve) => {
    let buf = Buffer.alloc(0);
    const timer = setTimeout(() => {
      sock.destroy();
      resolve('still open');
    }, ms);
    sock.on('data', (d: Buffer) => (buf = Buffer.concat([buf, d])));
    sock.on('close', () => {
      clearTimeout(timer);
      // Frames from the server are unmasked; find the close frame (opcode 8).
      for (let i = 0; i + 1 < buf.length;) {
        const op = buf[i]! & 0x0f;
        let len = buf[i + 1]! & 0x7f;
        let at = i + 2;
        if (len === 126) {
          len = buf.readUInt16BE(i + 2);
          at = i + 4;
        }
        if (op === 8) return resolve(len >= 2 ? buf.readUInt16BE(at) : 1005);
        i = at + len;
      }
      resolve('no close frame');
    });
    sock.on('error', () => {});
  });
}

for (const transport of TRANSPORTS) {
  t.test(`${transport} - an oversized request is refused at once, by its id, and the socket stays`, async (t) => {
    const s = await serve(t, transport);
    const ivr = await s.client('integration', 'ivr', { requestTimeoutMs: 20_000 });
    // RESOURCE_EXHAUSTED, not DEADLINE_EXCEEDED: the reply named the request (no timeout).
    await t.rejects(ivr.createContact(chat('big', { context: { notes: 'n'.repeat(100 * 1024) } })), { code: 'RESOURCE_EXHAUSTED' });
    const agent = await s.client('agent', 'alice', { requestTimeoutMs: 20_000 });
    await agent.login();
    await t.rejects(agent.recordWrapUp('c-1', undefined, 'w'.repeat(100 * 1024)), { code: 'RESOURCE_EXHAUSTED' }, 'wrap-up notes too');
    t.ok(await ivr.request('ping', {}));
  });

  t.test(`${transport} - close codes: 1009 past the hard cap, with a close frame; 1007 and 1002 on ws`, async (t) => {
    const s = await serve(t, transport);
    const token = await s.token('integration', 'ivr');
    const big = await rawSocket(s.server.port, token);
    const bigCode = closeCodeOf(big);
    const payload = Buffer.alloc(300_000, 0x41);
    const head = Buffer.alloc(14);
    head[0] = 0x81;
    head[1] = 0x80 | 127;
    head.writeBigUInt64BE(BigInt(payload.length), 2);
    const key = randomBytes(4);
    key.copy(head, 10);
    for (let i = 0; i < payload.length; i++) payload[i]! ^= key[i % 4]!;
    big.write(Buffer.concat([head, payload]));
    t.equal(await bigCode, 1009, 'too big: 1009');

    const utf = await rawSocket(s.server.port, token);
    const utfCode = closeCodeOf(utf);
    utf.write(frame(1, Buffer.from([0x7b, 0xff, 0xfe, 0x7d])));
    const unmasked = await rawSocket(s.server.port, token);
    const unmaskedCode = closeCodeOf(unmasked, 3000);
    unmasked.write(frame(1, Buffer.from('{"id":"1","ping":{}}'), false));
    if (transport === 'ws') {
      t.equal(await utfCode, 1007, 'invalid UTF-8: 1007');
      t.equal(await unmaskedCode, 1002, 'an unmasked client frame: 1002');
    } else {
      // uWebSockets.js fails these connections in native code, without a close
      // frame, and reads an unmasked frame as masked (in its latest release too):
      // recorded here so that a change shows.
      t.equal(await utfCode, 'no close frame', 'uws: invalid UTF-8 drops the connection (known limitation)');
      t.equal(await unmaskedCode, 'still open', 'uws: an unmasked frame is taken as masked (known limitation)');
    }
  });

  t.test(`${transport} - a port another process holds is refused, with the same error on both transports`, async (t) => {
    const s = await serve(t, transport);
    for (const other of TRANSPORTS) {
      const second = createServer({ config: parseConfig(testConfig()), port: s.server.port, host: '127.0.0.1', transport: other, tokenSecret: SECRET });
      const err = await second.then(
        async (srv) => {
          await srv.close();
          return undefined;
        },
        (e: unknown) => e,
      );
      t.ok(err instanceof ListenError, `${other} after ${transport}: refused`);
      t.match((err as ListenError).message, `cannot listen on 127.0.0.1:${s.server.port}: the port is in use by another process`);
    }
  });

  t.test(`${transport} - limits: sockets per principal and in all, upgrades per address, HTTP creates per integration`, async (t) => {
    const s = await serve(
      t,
      transport,
      testConfig(
        {},
        {
          maxSocketsPerPrincipal: 2,
          maxSockets: 4,
          upgradesPerSecondPerAddress: 0.5,
          upgradeBurstPerAddress: 8,
          httpCreatesPerSecond: 0.5,
          httpCreateBurst: 2,
        },
      ),
    );
    await s.client('integration', 'ivr');
    await s.client('integration', 'ivr');
    await t.rejects(s.client('integration', 'ivr'), { status: 429, code: 'UNAVAILABLE' }, 'a third socket of one principal');
    await s.client('supervisor', 'sam');
    await s.client('supervisor', 'sue');
    await t.rejects(s.client('supervisor', 'sid'), { status: 429, code: 'UNAVAILABLE' }, 'past the sockets of the server');
    // 6 upgrades so far from 127.0.0.1 (burst 8): two more, then refused before the token is read.
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        await new Promise<number>((resolve) => {
          const ws = new WebSocket(`${s.url}/v1/agent`, { headers: { authorization: 'Bearer nope' } });
          ws.once('unexpected-response', (_q, res) => {
            resolve(res.statusCode ?? 0);
            ws.terminate();
          });
          ws.once('error', () => resolve(0));
        }),
      );
    }
    t.same(statuses, [401, 401, 429], 'upgrade attempts per address');
    const http = s.url.replace('ws://', 'http://');
    const token = await s.token('integration', 'mailer');
    const codes: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${http}/v1/contacts`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(chat(`h-${i}`, { channel: 'email' })),
      });
      codes.push(res.status);
    }
    t.same(codes, [201, 201, 429], 'HTTP creates per integration');
  });

  t.test(`${transport} - refused credentials are logged a few a second, with a count of the rest`, async (t) => {
    const lines: { msg?: string; suppressed?: number }[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _e, done) {
        for (const l of chunk.toString().split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l) as { msg?: string });
        done();
      },
    });
    const s = await serve(t, transport, testConfig(), { logger: pino({ level: 'warn' }, sink) });
    const http = s.url.replace('ws://', 'http://');
    for (let i = 0; i < 60; i++) await fetch(`${http}/v1/contacts`, { method: 'POST', headers: { authorization: 'Bearer nope' }, body: '{}' });
    for (const end = Date.now() + 60_000; !lines.some((l) => l.msg?.startsWith('auth failures not logged') === true) && Date.now() < end;) await delay(20);
    const logged = lines.filter((l) => l.msg === 'auth failed');
    const suppressed = lines.reduce((n, l) => n + (l.suppressed ?? 0), 0);
    t.ok(logged.length < 60, `${logged.length} lines for 60 failures`);
    t.equal(logged.length + suppressed, 60, 'every failure logged or counted');
  });

  t.test(`${transport} - a slowloris request is closed after about 10 s`, async (t) => {
    const s = await serve(t, transport);
    const sock = tcpConnect(s.server.port, '127.0.0.1');
    sock.on('error', () => {});
    sock.write('GET /healthz HTTP/1.1\r\nHost: x\r\n');
    const started = Date.now();
    const drip = setInterval(() => sock.write('X-Drip: 1\r\n'), 1000);
    await new Promise<void>((resolve) => sock.on('close', () => resolve()));
    clearInterval(drip);
    const seconds = (Date.now() - started) / 1000;
    // The upper bound only says it was closed at all: a busy machine's timers fire late.
    t.ok(seconds > 5 && seconds < 120, `closed after ${seconds.toFixed(1)} s`);
  });

  t.test(`${transport} - small refusals: bodies that are not objects, __proto__ skills, another profile, text limits`, async (t) => {
    const s = await serve(t, transport, testConfig({ allowProfileAtLogin: true }));
    const ivr = await s.client('integration', 'ivr');
    const sup = await s.client('supervisor', 'sam');
    for (const [c, raw] of [
      [ivr, '{"id":"p1","ping":[1,2]}'],
      [sup, '{"id":"s1","subscribe":[]}'],
    ] as const) {
      const reply = new Promise<string>((resolve) => c.onLifecycle('error', (e) => resolve((e.error as unknown as { code: string }).code)));
      c.sendRaw(raw);
      t.equal(await Promise.race([reply, delay(30_000).then(() => 'no reply')]), 'INVALID_ARGUMENT', `${raw} is refused`);
    }
    await t.rejects(
      ivr.createContact(chat('pr', { skills: JSON.parse('{"__proto__":2}') as Record<string, number> })),
      { code: 'INVALID_ARGUMENT' },
      '__proto__ skill',
    );

    const profile = { skills: { billing: 2 }, languages: ['en'], capacity: { chat: 2 }, queues: ['sales'] };
    const alice = await s.client('agent', 'alice');
    await alice.login({ profile });
    const again = await s.client('agent', 'alice');
    t.equal((await again.login({ profile: { ...profile, skills: { billing: 2 } } })).resumed, true, 'the same profile again resumes');
    await t.rejects(again.login({ profile: { ...profile, skills: { billing: 5 } } }), { code: 'FAILED_PRECONDITION' }, 'another profile is refused');
    t.equal(s.server.router.agent('alice')?.skills['billing'], 2, 'and changes nothing');

    const { contact } = await ivr.createContact(chat('txt'));
    const a = new Recorder(again);
    await again.setPresence('available');
    await a.next('offer');
    await again.accept(contact.id);
    await again.complete(contact.id);
    const emoji = '😀'.repeat(4096); // 4,096 characters, 8,192 UTF-16 units
    await again.recordWrapUp(contact.id, undefined, emoji);
    await t.rejects(again.recordWrapUp(contact.id, undefined, `${emoji}x`), { code: 'INVALID_ARGUMENT' }, '4,097 characters');
  });

  t.test(`${transport} - HTTP: 405 with Allow, HEAD as GET, 426 on a WebSocket path, any case of JSON, a differing retry flagged`, async (t) => {
    const s = await serve(t, transport);
    const http = s.url.replace('ws://', 'http://');
    const del = await fetch(`${http}/healthz`, { method: 'DELETE' });
    t.equal(del.status, 405);
    t.equal(del.headers.get('allow'), 'GET, HEAD');
    const get = await fetch(`${http}/v1/contacts`);
    t.equal(get.status, 405);
    t.equal(get.headers.get('allow'), 'POST');
    const head = await fetch(`${http}/healthz`, { method: 'HEAD' });
    t.equal(head.status, 200, 'HEAD /healthz');
    t.equal(await head.text(), '', 'without a body');
    t.equal((await fetch(`${http}/v1/agent`)).status, 426, 'a plain GET on a WebSocket path');
    const token = await s.token('integration', 'mailer');
    const post = (body: unknown, type = 'Application/JSON; charset=UTF-8') =>
      fetch(`${http}/v1/contacts`, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': type }, body: JSON.stringify(body) });
    t.equal((await post(chat('m-1', { channel: 'email' }))).status, 201, 'the media type in any case');
    t.equal((await post(chat('m-2', { channel: 'email' }), 'text/json')).status, 415);
    const same = await post(chat('m-1', { channel: 'email' }));
    t.equal(same.status, 200);
    t.equal(same.headers.get('switchboard-retry-differs'), null, 'a true retry is not flagged');
    const differs = await post(chat('m-1', { channel: 'email', priority: 3 }));
    t.equal(differs.status, 200, 'a retry with other fields is still a retry');
    t.equal(differs.headers.get('switchboard-retry-differs'), 'true', 'but flagged');
    t.equal(((await differs.json()) as { retryDiffers?: boolean }).retryDiffers, true);
    const ivr = await s.client('integration', 'ivr');
    await ivr.createContact(chat('w-1'));
    t.notOk((await ivr.createContact(chat('w-1'))).retryDiffers);
    t.equal((await ivr.createContact(chat('w-1', { context: { other: 1 } }))).retryDiffers, true, 'over the socket too');
  });
}

t.test('ws/proto - a __proto__ key in a binary frame is refused, not dropped', async (t) => {
  const s: TestServer = await serve(t, 'ws', testConfig(), {}, 'proto');
  const ivr = await s.client('integration', 'ivr');
  await t.rejects(
    ivr.createContact(chat('pp', { skills: JSON.parse('{"__proto__":2}') as Record<string, number> })),
    { code: 'INVALID_ARGUMENT' },
    'refused with the request id',
  );
});
