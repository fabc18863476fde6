/**
 * A follower applies the gateway's admission limits to the sockets it relays,
 * as the leader does to its own (issue 20): upgrade attempts per address
 * (before the token is read), sockets per principal and in all on the
 * process, and the warn lines of refused credentials at most a few a second.
 * The leader then checks its limits over every process's sockets: a
 * principal's sockets spread over two processes count together (the
 * relayed one past the limit is closed with 1013, try again later). Two
 * servers in this process on one real Redis, real sockets.
 */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import t from 'tap';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config/schema.js';
import { CloseCode } from '../../src/protocol/close-codes.js';
import { createServer, type SwitchboardServer } from '../../src/server.js';
import { RedisServer, redisServerAvailable } from '../fixtures/redis-server.js';
import { SECRET, testConfig } from '../fixtures/server.js';

if (!redisServerAvailable()) {
  t.plan(0, 'redis-server not found (CI installs it)');
  process.exit(0);
}

async function until(cond: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

type Outcome = { readonly status: number } | { readonly closed: number; readonly reason: string } | { readonly open: WebSocket };

/** Opens a raw socket: its upgrade's refusal status, or the socket once it has stayed open `settleMs`, or its close. */
function open(url: string, token: string, settleMs = 0): Promise<Outcome> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, { headers: { authorization: `Bearer ${token}` } });
    ws.once('unexpected-response', (_q, res) => {
      resolve({ status: res.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('error', () => resolve({ status: 0 }));
    ws.once('close', (code, reason) => resolve({ closed: code, reason: reason.toString() }));
    ws.once('open', () => {
      if (settleMs === 0) resolve({ open: ws });
      else setTimeout(() => resolve({ open: ws }), settleMs);
    });
  });
}

function logSink(): { lines: { msg?: string; suppressed?: number }[]; sink: Writable } {
  const lines: { msg?: string; suppressed?: number }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      for (const l of chunk.toString().split('\n')) if (l.trim() !== '') lines.push(JSON.parse(l) as { msg?: string });
      done();
    },
  });
  return { lines, sink };
}

t.test('cluster admission - a follower applies the limits; the leader counts every process', async (t) => {
  const redis = await RedisServer.start({ appendonly: false });
  t.teardown(() => redis.cleanup());
  const limits = { maxSocketsPerPrincipal: 2, maxSockets: 6, upgradesPerSecondPerAddress: 0.5, upgradeBurstPerAddress: 80 };
  const start = (sink: Writable): Promise<SwitchboardServer> =>
    createServer({
      config: parseConfig(testConfig({}, limits)),
      port: 0,
      store: redis.url(),
      tokenSecret: SECRET,
      leaseTtlMs: 2000,
      web: false,
      logger: pino({ level: 'warn' }, sink),
    });
  const leaderLog = logSink();
  const leader = await start(leaderLog.sink);
  t.teardown(() => leader.close());
  await until(() => leader.node?.role === 'leader', 'the first process leads');
  const followerLog = logSink();
  const follower = await start(followerLog.sink);
  t.teardown(() => follower.close());
  await until(() => follower.node?.role === 'follower', 'the second process follows a known leader');

  const sockets: WebSocket[] = [];
  t.teardown(() => sockets.forEach((s) => s.terminate()));
  const at = (s: SwitchboardServer) => `ws://127.0.0.1:${s.port}/v1/integration`;
  const ivr = await follower.tokens.sign({ role: 'integration', id: 'ivr' });
  const keep = (o: Outcome): Outcome => {
    if ('open' in o) sockets.push(o.open);
    return o;
  };

  // Per principal on the follower itself: its upgrade refuses the third socket (429), as the leader's would.
  t.ok('open' in keep(await open(at(follower), ivr, 300)), 'first ivr socket on the follower');
  t.ok('open' in keep(await open(at(follower), ivr, 300)), 'second ivr socket on the follower');
  t.same(await open(at(follower), ivr), { status: 429 }, 'a third ivr socket is refused by the follower');

  // Across processes: one on the leader and one on the follower fill the principal's two; the
  // follower sees only its own socket and upgrades, the leader refuses to open the relayed one.
  const mailer = await follower.tokens.sign({ role: 'integration', id: 'mailer' });
  t.ok('open' in keep(await open(at(leader), mailer, 300)), 'a mailer socket on the leader');
  t.ok('open' in keep(await open(at(follower), mailer, 300)), 'a mailer socket on the follower');
  for (const s of sockets.splice(-1)) s.close();
  await until(() => leader.node?.term?.gateway.connectionCount === 3, 'the leader counts 3 sockets (2 relayed, 1 its own)');
  t.ok('open' in keep(await open(at(leader), mailer, 300)), 'mailer again on the leader (its second)');
  const third = await open(at(follower), mailer, 5000);
  t.match(third, { closed: CloseCode.tryAgainLater, reason: /at most 2 sockets per principal/ }, 'the relayed third is closed by the leader (1013)');

  // Upgrade attempts per address on the follower, before the token is read; and its auth-failure log is rate-limited.
  const statuses: number[] = [];
  for (let i = 0; i < 90; i++) {
    const o = await open(at(follower), 'nope');
    statuses.push('status' in o ? o.status : -1);
  }
  t.ok(
    statuses.slice(0, 60).every((s) => s === 401),
    'bad tokens get 401 within the burst',
  );
  t.equal(statuses.at(-1), 429, 'past the burst of upgrade attempts from one address: 429 before the token is read');
  const failures = statuses.filter((s) => s === 401).length;
  await until(
    () => followerLog.lines.filter((l) => l.msg === 'auth failed').length + followerLog.lines.reduce((n, l) => n + (l.suppressed ?? 0), 0) >= failures,
    'every refused credential logged or counted on the follower',
  );
  const logged = followerLog.lines.filter((l) => l.msg === 'auth failed').length;
  t.ok(logged < failures, `the follower logged ${logged} lines for ${failures} refused credentials`);
  t.equal(logged + followerLog.lines.reduce((n, l) => n + (l.suppressed ?? 0), 0), failures, 'and counted the rest');
  t.ok(
    followerLog.lines.some((l) => l.msg === 'connection refused'),
    'the refused sockets are logged on the follower',
  );
});
