/**
 * The logs of `switchboard serve`, read from the stdout of a real server
 * process: the start and configuration lines, auth failures (reason and
 * address, never the token), connection lines with their child-logger
 * bindings, the contact lifecycle at debug; and no token or secret
 * anywhere in what the process prints. The same process answers
 * `GET /metrics`, which shows `serve` wires metrics in.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SignJWT } from 'jose';
import t, { type Test } from 'tap';
import { main } from '../../src/cli/main.js';
import { SwitchboardClient } from '../../src/client/client.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { parseSamples, sampleValue } from '../fixtures/exposition.js';
import { Recorder } from '../fixtures/recorder.js';
import { delay, testConfig } from '../fixtures/server.js';
import { spawnGroup, stopGroup, typeScriptChild } from '../harness/processes.js';

interface LogLine {
  readonly level: number;
  readonly msg: string;
  readonly [k: string]: unknown;
}

/** A server process and everything it printed so far. */
interface Spawned {
  readonly child: ChildProcess;
  readonly port: number;
  stdout(): string;
  stderr(): string;
  lines(): LogLine[];
  /** Waits until a line matching `match` was logged. */
  waitFor(match: (l: LogLine) => boolean, what: string): Promise<LogLine>;
}

async function serve(args: string[], env: Record<string, string | undefined>): Promise<Spawned> {
  const child = spawnGroup(process.execPath, [...typeScriptChild('test/fixtures/cli-entry.ts'), 'serve', ...args], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const lines = (): LogLine[] =>
    out
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as LogLine);
  const waitFor = async (match: (l: LogLine) => boolean, what: string): Promise<LogLine> => {
    const deadline = Date.now() + 60_000;
    for (;;) {
      const hit = lines().find(match);
      if (hit !== undefined) return hit;
      if (child.exitCode !== null || Date.now() > deadline) throw new Error(`no log line ${what}; stdout:\n${out}\nstderr:\n${err}`);
      await delay(20);
    }
  };
  const start = await waitFor((l) => typeof l['port'] === 'number' && l.msg.includes('listening'), 'listening');
  return { child, port: start['port'] as number, stdout: () => out, stderr: () => err, lines, waitFor };
}

/** The status of a refused upgrade (or 101), over a raw socket. */
async function upgradeStatus(url: string, options: { headers?: Record<string, string>; protocols?: string[] } = {}): Promise<number> {
  const { default: WebSocket } = await import('ws');
  return new Promise((resolve) => {
    const ws = new WebSocket(url, options.protocols ?? [], { headers: options.headers ?? {} });
    ws.once('open', () => {
      ws.terminate();
      resolve(101);
    });
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', () => resolve(0));
  });
}

async function servedLogs(t: Test, transport: 'uws' | 'ws'): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-logs-'));
  const secret = 'config-secret-for-the-logs-test-0123';
  const cfg = path.join(dir, 'config.json');
  writeFileSync(cfg, JSON.stringify(testConfig({ tokenSecret: secret })));
  const env: Record<string, string | undefined> = { ...process.env, SWITCHBOARD_TOKEN_SECRET: undefined, LOG_LEVEL: 'debug' };
  delete env['SWITCHBOARD_TOKEN_SECRET'];
  const s = await serve(['--port', '0', '--transport', transport, '--config', cfg], env);
  t.teardown(() => stopGroup(s.child));
  const base = `ws://127.0.0.1:${s.port}`;
  const http = `http://127.0.0.1:${s.port}`;

  // start and configuration
  const start = await s.waitFor((l) => l.msg.includes('listening'), 'start');
  t.equal(start.level, 30, 'start at info');
  t.match(start, { transport: new RegExp(`^${transport}`), host: '127.0.0.1', port: s.port, store: 'memory', metrics: '/metrics', service: 'switchboard' });
  const conf = await s.waitFor((l) => l.msg === 'configuration', 'configuration');
  t.match(conf, { level: 30, source: cfg, tokenSecretFrom: 'config', logLevel: 'debug' });
  t.same(
    (conf['config'] as { queues: { id: string }[] }).queues.map((q) => q.id),
    ['sales', 'billing'],
  );
  t.match(conf['config'], { queues: [{ id: 'sales', offerTimeoutSeconds: 2, wrapUpSeconds: 5, serviceLevel: { thresholdSeconds: 20 } }], agents: 2 });

  // auth failures: every way a token travels
  const authority = new TokenAuthority(secret);
  const forged = await new TokenAuthority('another-secret-0123456789abcdef').sign({ role: 'agent', id: 'alice' });
  const expired = await new SignJWT({ role: 'integration' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('ivr')
    .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
    .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
    .sign(new TextEncoder().encode(secret));
  const wrongRole = await authority.sign({ role: 'agent', id: 'alice' });
  t.equal(await upgradeStatus(`${base}/v1/agent`, { headers: { authorization: `Bearer ${forged}` } }), 401);
  t.equal(await upgradeStatus(`${base}/v1/integration?access_token=${expired}`), 401);
  t.equal(await upgradeStatus(`${base}/v1/agent`, { protocols: ['switchboard.v1.json', `bearer.${forged}`] }), 401);
  t.equal(await upgradeStatus(`${base}/v1/integration`, { headers: { authorization: `Bearer ${wrongRole}` } }), 403);
  t.equal(await upgradeStatus(`${base}/v1/agent`), 401);
  const post = await fetch(`${http}/v1/contacts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${forged}`, 'content-type': 'application/json' },
    body: '{}',
  });
  t.equal(post.status, 401);
  await s.waitFor((l) => l.msg === 'auth failed' && l['path'] === '/v1/contacts', 'HTTP auth failure');
  const failures = s.lines().filter((l) => l.msg === 'auth failed');
  t.equal(failures.length, 6, 'one line per refusal');
  for (const f of failures) {
    t.equal(f.level, 40, 'auth failures at warn');
    t.equal(f['remoteAddress'], '127.0.0.1');
    t.type(f['reason'], 'string');
  }
  t.same(
    failures.map((f) => [f['status'], f['path'], f['reason']]),
    [
      [401, '/v1/agent', 'invalid token'],
      [401, '/v1/integration', 'token expired'],
      [401, '/v1/agent', 'invalid token'],
      [403, '/v1/integration', 'an agent token cannot open /v1/integration'],
      [401, '/v1/agent', 'a token is required (Authorization: Bearer, bearer.<token> subprotocol or access_token)'],
      [401, '/v1/contacts', 'invalid token'],
    ],
  );

  // connections, one per way of sending a token, and a contact's lifecycle
  const tokens = {
    agent: await authority.sign({ role: 'agent', id: 'alice' }),
    integration: await authority.sign({ role: 'integration', id: 'ivr' }),
    supervisor: await authority.sign({ role: 'supervisor', id: 'sam' }),
  };
  const opts = { url: base, reconnect: false as const, heartbeatIntervalMs: 0 };
  const alice = await SwitchboardClient.connect({ ...opts, role: 'agent', token: tokens.agent });
  const ivr = await SwitchboardClient.connect({ ...opts, role: 'integration', token: tokens.integration, tokenVia: 'query' });
  const sup = await SwitchboardClient.connect({ ...opts, role: 'supervisor', token: tokens.supervisor, tokenVia: 'subprotocol' });
  const a = new Recorder(alice);
  await sup.subscribe();
  await alice.login({ presence: 'available' });
  const { contact } = await ivr.createContact({
    externalId: 'call-1',
    queueId: 'sales',
    channel: 'voice',
    language: 'en',
    customer: { id: 'cust-1', tier: 'prime' },
  });
  await a.next('offer');
  await alice.accept(contact.id);
  await alice.complete(contact.id);
  await alice.finishWrapUp(contact.id, 'resolved', 'customer card ending 4242 (qzxNotesMarker)');
  await s.waitFor((l) => l.msg === 'contact.closed', 'contact.closed');

  // the CLI serves metrics
  const scrape = await (await fetch(`${http}/metrics`)).text();
  const samples = parseSamples(scrape);
  t.equal(sampleValue(samples, 'switchboard_websocket_connections', { role: 'agent' }), 1, 'GET /metrics from serve');
  t.equal(sampleValue(samples, 'switchboard_contacts_answered_total', { queue: 'sales', channel: 'voice', tier: 'prime' }), 1);

  await alice.close();
  await ivr.close();
  await sup.close();
  await s.waitFor((l) => l.msg === 'connection closed' && l['role'] === 'supervisor', 'supervisor closed');

  const opened = s.lines().filter((l) => l.msg === 'connection opened');
  t.same(
    opened.map((l) => [l['role'], l['principal']]),
    [
      ['agent', 'alice'],
      ['integration', 'ivr'],
      ['supervisor', 'sam'],
    ],
  );
  for (const l of opened) t.match(l, { level: 30, connId: Number, remoteAddress: '127.0.0.1' });
  const closed = s.lines().filter((l) => l.msg === 'connection closed');
  t.same(closed.map((l) => [l['role'], l['principal'], l['code']]).sort(), [
    ['agent', 'alice', 1000],
    ['integration', 'ivr', 1000],
    ['supervisor', 'sam', 1000],
  ]);
  t.same(new Set(closed.map((l) => l['connId'])), new Set(opened.map((l) => l['connId'])), 'closed lines carry the same connection ids');

  // the lifecycle at debug, bound to nothing personal
  const lifecycle = s.lines().filter((l) => l.level === 20);
  t.same(
    lifecycle.filter((l) => l['contactId'] === contact.id).map((l) => l.msg),
    ['contact.created', 'contact.offered', 'contact.accepted', 'contact.ended', 'contact.closed'],
  );
  t.match(
    lifecycle.find((l) => l.msg === 'contact.created'),
    { queueId: 'sales', channel: 'voice', tier: 'prime' },
  );
  t.match(
    lifecycle.find((l) => l.msg === 'contact.closed'),
    { disposition: 'resolved', hasNotes: true, agentId: 'alice' },
  );
  t.ok(lifecycle.some((l) => l.msg === 'agent.logged_in' && l['agentId'] === 'alice'));

  // shut down
  const exited = new Promise<number | null>((resolve) => s.child.once('exit', (code) => resolve(code)));
  s.child.kill('SIGTERM');
  t.equal(await exited, 0);

  const all = s.lines();
  t.ok(all.some((l) => l.msg === 'shutting down' && l['signal'] === 'SIGTERM'));
  t.ok(all.some((l) => l.msg === 'switchboard stopped'));
  // nothing at info or above is per message: only these
  const infoMsgs = new Set(all.filter((l) => l.level >= 30 && l.level < 40).map((l) => l.msg.replace(/listening on .*/, 'listening')));
  t.same([...infoMsgs].sort(), ['configuration', 'connection closed', 'connection opened', 'shutting down', 'switchboard listening', 'switchboard stopped']);

  const printed = s.stdout() + s.stderr();
  for (const [what, secretText] of Object.entries({ forged, expired, wrongRole, ...tokens, secret })) {
    t.notOk(printed.includes(secretText), `${what} never printed`);
    // nor any part of it long enough to matter (e.g. a signature)
    t.notOk(printed.includes(secretText.slice(-20)), `${what}'s tail never printed`);
  }
  // A marker, not the digits: '4242' can be part of a port, a pid or a time in the log (seen in a CI run).
  t.notOk(printed.includes('qzxNotesMarker'), 'wrap-up notes are not logged');
}

for (const transport of ['uws', 'ws'] as const) {
  t.test(`logs - serve (${transport}): start, config, auth failures, connections, debug lifecycle; no token anywhere`, (t) => servedLogs(t, transport));
}

t.test('logs - --log-level and LOG_LEVEL are checked', async (t) => {
  let stderr = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  const saved = process.env['LOG_LEVEL'];
  try {
    t.equal(await main(['serve', '--log-level', 'loud']), 2);
    t.match(stderr, /unknown log level "loud"/);
    process.env['LOG_LEVEL'] = 'chatty';
    t.equal(await main(['serve']), 2);
    t.match(stderr, /unknown log level "chatty"/);
  } finally {
    process.stderr.write = write;
    if (saved === undefined) delete process.env['LOG_LEVEL'];
    else process.env['LOG_LEVEL'] = saved;
  }
});
