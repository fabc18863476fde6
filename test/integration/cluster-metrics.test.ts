/**
 * Every process of a cluster answers /metrics with its own figures: a
 * follower its relay (sockets it holds by role, frames each way, forwarded
 * HTTP requests) and Node's process metrics, the leader its routing metrics
 * followed by the same relay families. Two servers in this process on one
 * real Redis, a real agent client on the follower. With several routing
 * domains, each domain's routing metrics carry its `domain` label, and a
 * process leading several answers for all of them.
 */
import t from 'tap';
import { parseConfig } from '../../src/config/schema.js';
import { SwitchboardClient } from '../../src/client/client.js';
import { createServer, type SwitchboardServer } from '../../src/server.js';
import { exportedNames, parseSamples, promtool, sampleValue } from '../fixtures/exposition.js';
import { RedisServer, redisServerAvailable } from '../fixtures/redis-server.js';
import { SECRET, testConfig } from '../fixtures/server.js';
import { domainsConfig } from '../harness/cluster-workload.js';

if (!redisServerAvailable()) {
  t.plan(0, 'redis-server not found (CI installs it)');
  process.exit(0);
}

async function until(cond: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const scrape = async (s: SwitchboardServer): Promise<string> => {
  const res = await fetch(`http://127.0.0.1:${s.port}/metrics`);
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  return res.text();
};

t.test('cluster metrics - a follower exports its own figures, the leader its routing and relay ones', async (t) => {
  const redis = await RedisServer.start({ appendonly: false });
  t.teardown(() => redis.cleanup());
  const start = () =>
    createServer({ config: parseConfig(testConfig()), port: 0, store: redis.url(), tokenSecret: SECRET, metrics: true, leaseTtlMs: 2000, web: false });
  const leader = await start();
  t.teardown(() => leader.close());
  await until(async () => leader.node?.role === 'leader', 'the first process leads');
  const follower = await start();
  t.teardown(() => follower.close());
  await until(async () => follower.node?.role === 'follower', 'the second process follows');

  const agent = await SwitchboardClient.connect({
    url: `ws://127.0.0.1:${follower.port}`,
    role: 'agent',
    token: await follower.tokens.sign({ role: 'agent', id: 'alice' }),
    requestTimeoutMs: 5000,
    reconnect: false,
  });
  t.teardown(() => agent.close());
  await agent.login({ presence: 'available' });
  const token = await follower.tokens.sign({ role: 'integration', id: 'ivr' });
  const res = await fetch(`http://127.0.0.1:${follower.port}/v1/contacts`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ externalId: 'm-1', queueId: 'sales', channel: 'email', language: 'en', customer: { id: 'c1' } }),
  });
  t.equal(res.status, 201, 'a contact created through the follower');

  const f = await scrape(follower);
  const fs = parseSamples(f);
  t.equal(sampleValue(fs, 'switchboard_cluster_leader'), 0, 'the follower says it follows');
  t.equal(sampleValue(fs, 'switchboard_relay_sockets', { role: 'agent' }), 1, 'it holds one agent socket');
  t.equal(sampleValue(fs, 'switchboard_relay_sockets', { role: 'supervisor' }), 0);
  t.ok(sampleValue(fs, 'switchboard_relay_frames_total', { direction: 'to_leader' })! >= 1, 'frames relayed to the leader (the login)');
  t.ok(sampleValue(fs, 'switchboard_relay_frames_total', { direction: 'to_client' })! >= 1, 'frames relayed to the client (its reply)');
  t.equal(sampleValue(fs, 'switchboard_relay_http_requests_total'), 1, 'the HTTP request it forwarded');
  t.ok(sampleValue(fs, 'process_resident_memory_bytes')! > 0, "Node's process metrics of the follower itself");
  t.notOk(exportedNames(f).has('switchboard_contacts_created_total'), 'no routing metrics: those are the leader’s');

  const l = await scrape(leader);
  const ls = parseSamples(l);
  t.equal(sampleValue(ls, 'switchboard_cluster_leader'), 1, 'the leader says it leads');
  t.ok(exportedNames(l).has('switchboard_contacts_created_total'), 'and exports the routing metrics');
  t.equal(sampleValue(ls, 'switchboard_websocket_connections', { role: 'agent' }), 1, "the leader's gateway counts the relayed agent");
  t.equal(sampleValue(ls, 'switchboard_relay_sockets', { role: 'agent' }), 0, 'it relays nothing itself');

  for (const [name, text] of [
    ['follower', f],
    ['leader', l],
  ] as const) {
    const lint = promtool(['check', 'metrics'], text);
    t.equal(lint.status, 0, `promtool accepts the ${name}'s exposition${lint.output ? `: ${lint.output}` : ''}`);
  }

  await agent.close();
  await until(
    async () => sampleValue(parseSamples(await scrape(follower)), 'switchboard_relay_sockets', { role: 'agent' }) === 0,
    'the closed socket is no longer counted',
  );
});

t.test('cluster metrics - with several routing domains, each domain’s routing metrics carry its domain label', async (t) => {
  const redis = await RedisServer.start({ appendonly: false });
  t.teardown(() => redis.cleanup());
  const domains = ['east', 'west'];
  const server = await createServer({
    config: parseConfig(domainsConfig(domains, 1)),
    port: 0,
    store: redis.url(),
    tokenSecret: SECRET,
    metrics: true,
    leaseTtlMs: 2000,
    web: false,
  });
  t.teardown(() => server.close());
  await until(async () => server.domains?.leading.length === 2, 'the one process leads both domains');

  for (const d of domains) {
    const res = await fetch(`http://127.0.0.1:${server.port}/metrics?domain=${d}`);
    const text = await res.text();
    const samples = parseSamples(text);
    t.equal(sampleValue(samples, 'switchboard_cluster_leader', { domain: d }), 1, `${d}: its leader says it leads, labelled with the domain`);
    const routing = samples.filter((s) => s.name.startsWith('switchboard_') && !s.name.startsWith('switchboard_relay_'));
    t.ok(routing.length > 0, `${d}: routing metrics exported`);
    t.same(
      routing.filter((s) => s.labels.domain !== d).map((s) => s.name),
      [],
      `${d}: every routing sample carries domain="${d}"`,
    );
    t.ok(
      routing.some((s) => s.labels.queue === `q-${d}`),
      `${d}: its own queue's series`,
    );
    t.same(
      routing.filter((s) => s.labels.queue !== undefined && s.labels.queue !== `q-${d}`).map((s) => s.labels.queue),
      [],
      `${d}: no other domain's queue`,
    );
    const lint = promtool(['check', 'metrics'], text);
    t.equal(lint.status, 0, `promtool accepts ${d}'s exposition${lint.output ? `: ${lint.output}` : ''}`);
  }

  // Scraped without ?domain=, the process answers for every domain it leads.
  const all = await (await fetch(`http://127.0.0.1:${server.port}/metrics`)).text();
  const samples = parseSamples(all);
  for (const d of domains) t.equal(sampleValue(samples, 'switchboard_cluster_leader', { domain: d }), 1, `/metrics: ${d}'s figures, from its leader here`);
  t.equal(samples.filter((s) => s.name === 'process_resident_memory_bytes').length, 1, "/metrics: Node's process figures once");
  t.equal(samples.filter((s) => s.name === 'switchboard_relay_sockets' && s.labels.role === 'agent').length, 1, "/metrics: the relay's figures once");
  const lint = promtool(['check', 'metrics'], all);
  t.equal(lint.status, 0, `promtool accepts the merged exposition${lint.output ? `: ${lint.output}` : ''}`);
});
