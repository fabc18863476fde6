import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import t from 'tap';
import { main } from '../../src/cli/main.js';
import { SwitchboardClient } from '../../src/client/client.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { Recorder } from '../fixtures/recorder.js';
import { testConfig } from '../fixtures/server.js';
import { spawnGroup, stopGroup, typeScriptChild } from '../harness/processes.js';

const dir = mkdtempSync(path.join(tmpdir(), 'switchboard-cli-'));
const file = (name: string, content: unknown) => {
  const p = path.join(dir, name);
  writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
  return p;
};

/** Runs `main` in-process, capturing stderr. */
async function cli(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const write = process.stderr.write.bind(process.stderr);
  process.stderr.write = ((chunk: string) => {
    stderr += chunk;
    return true;
  }) as typeof process.stderr.write;
  try {
    return { code: await main(args), stderr };
  } finally {
    process.stderr.write = write;
  }
}

t.test('cli - a bad config is refused with the field named', async (t) => {
  const bad = file('bad.json', { queues: [{ id: 'sales', channels: ['fax'] }], agents: { a1: { languages: [], capacity: {}, queues: ['sales'] } } });
  const r = await cli(['serve', '--config', bad]);
  t.equal(r.code, 2);
  t.match(r.stderr, /queues\[sales\]\.channels\.0/);
  t.match(r.stderr, /agents\.a1\.languages/);
  const unknownQueue = file('q.json', { queues: [{ id: 'sales', channels: ['chat'], steps: [{ afterSeconds: 5, overflowTo: ['nowhere'] }] }] });
  t.match((await cli(['serve', '--config', unknownQueue])).stderr, /queues\[sales\]\.steps\.0\.overflowTo\.0: unknown queue "nowhere"/);
  const agentQueue = file('a.json', {
    queues: [{ id: 'sales', channels: ['chat'] }],
    agents: { a1: { languages: ['en'], capacity: { chat: 1 }, queues: ['nowhere'] } },
  });
  t.match((await cli(['serve', '--config', agentQueue])).stderr, /agents\.a1\.queues\.0/);
  const typo = file('typo.json', { queues: [{ id: 'sales', channels: ['chat'], wrapUp: 3 }] });
  t.match((await cli(['serve', '--config', typo])).stderr, /queues\[sales\].*wrapUp/);
  t.match((await cli(['serve', '--config', file('x.json', '{oops')])).stderr, /cannot read config/);
});

t.test('cli - flags are checked', async (t) => {
  const store = await cli(['serve', '--store', 'postgres://127.0.0.1']);
  t.equal(store.code, 2);
  t.match(
    store.stderr,
    /--store must be memory, redis:\/\/host:port\/db, redis-sentinel:\/\/host:port,host:port\/master\/db or redis-cluster:\/\/host:port,host:port/,
  );
  const sentinel = await cli(['serve', '--store', 'redis-sentinel://127.0.0.1:1']);
  t.equal(sentinel.code, 2, 'a Sentinel URL without its master name');
  t.match(sentinel.stderr, /a Sentinel store URL has the form redis-sentinel:\/\/host:port,host:port\/master\/db/);
  const secretInUrl = await cli(['serve', '--store', 'redis-sentinel://:hunter2@127.0.0.1:1']);
  t.notMatch(secretInUrl.stderr, /hunter2/, 'the password is not repeated');
  const replicas = await cli(['serve', '--store', 'redis://127.0.0.1:1', '--store-replicas', 'two']);
  t.equal(replicas.code, 2);
  t.match(replicas.stderr, /--store-replicas must be an integer from 0 to 16, not "two"/);
  t.match((await cli(['serve', '--store', 'redis://127.0.0.1:1', '--store-wait-ms', '0'])).stderr, /--store-wait-ms must be an integer from 10 to 60000/);
  const memoryReplicas = await cli(['serve', '--store-replicas', '1']);
  t.equal(memoryReplicas.code, 2);
  t.match(memoryReplicas.stderr, /store replicas need a Redis store/);
  const lease = await cli(['serve', '--store', 'redis://127.0.0.1:1', '--lease-ms', '5']);
  t.equal(lease.code, 2);
  t.match(lease.stderr, /--lease-ms must be an integer from 500 to 60000/);
  const advertise = await cli(['serve', '--advertise-url', 'http://10.0.0.5:8080/x']);
  t.equal(advertise.code, 2);
  t.match(advertise.stderr, /--advertise-url must be a ws:\/\/ or wss:\/\/ URL of a host and port/);
  t.equal((await cli(['serve', '--transport', 'carrier-pigeon'])).code, 2);
  t.equal((await cli(['serve', '--port', 'eighty'])).code, 2);
  t.equal((await cli(['serve', '--nope'])).code, 2);
  t.equal((await cli(['launch'])).code, 2);
  const noSecret = file('nosecret.json', { queues: [{ id: 'sales', channels: ['chat'] }] });
  const saved = process.env['SWITCHBOARD_TOKEN_SECRET'];
  delete process.env['SWITCHBOARD_TOKEN_SECRET'];
  t.match((await cli(['serve', '--config', noSecret])).stderr, /tokenSecret/);
  if (saved !== undefined) process.env['SWITCHBOARD_TOKEN_SECRET'] = saved;
});

for (const transport of ['uws', 'ws'] as const) {
  t.test(`cli - ${transport}: SIGTERM stops accepting, tells clients and exits cleanly`, async (t) => {
    const secret = 'sigterm-secret-0123456789';
    const cfg = file(`cfg-${transport}.json`, testConfig());
    const child = spawnGroup(
      process.execPath,
      [...typeScriptChild('test/fixtures/cli-entry.ts'), 'serve', '--port', '0', '--transport', transport, '--config', cfg],
      { env: { ...process.env, SWITCHBOARD_TOKEN_SECRET: secret }, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    t.teardown(() => stopGroup(child));
    let out = '';
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 60_000);
      child.stdout!.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /listening on 127\.0\.0\.1:(\d+)/.exec(out);
        if (m !== null) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    const token = await new TokenAuthority(secret).sign({ role: 'agent', id: 'alice' });
    const agent = await SwitchboardClient.connect({ url: `ws://127.0.0.1:${port}`, role: 'agent', token, reconnect: false });
    const events = new Recorder(agent);
    await agent.login({ presence: 'available' });
    const closed = new Promise<number>((resolve) => agent.onLifecycle('disconnected', (e) => resolve(e.code)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    await events.next('shutdown');
    t.equal(await closed, 1001, 'closed with "going away"');
    t.equal(await exited, 0, 'exit code 0');
    t.match(out, /shutting down/);
  });
}
