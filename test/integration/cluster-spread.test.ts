/**
 * Clients spread back over the processes: 2 processes on one Redis, the
 * clients on both; B dies (kill -9), its clients fall back to A, B
 * restarts: nothing would move them back by itself. The
 * leader asks a few at a time to move to B (close 4010 with B's URL); the
 * SDK reconnects there and resumes. In the end each process holds its
 * share within the margin, the agents holding a contact never moved,
 * every moved agent resumed its session as it was, and no contact was
 * offered twice. The time it took is printed (bench/RESULTS.md).
 */
import t from 'tap';
import { SwitchboardClient } from '../../src/client/client.js';
import { CloseCode } from '../../src/protocol/close-codes.js';
import { TokenAuthority } from '../../src/gateway/auth.js';
import { Cluster, CLUSTER_SECRET } from '../fixtures/cluster.js';
import { clusterConfig, QUEUE } from '../fixtures/cluster-workload.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import { until } from '../fixtures/until.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const AGENTS = 10;
const HELD = 3;

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('clients piled on one process spread back to the other, nothing lost', async (t) => {
    const redis = await RedisServer.start({ appendonly: true });
    t.teardown(() => redis.cleanup());
    const cluster = await Cluster.start({ size: 2, redisUrl: redis.url(), config: clusterConfig(AGENTS, { offerTimeoutSeconds: 60, spreadClients: true }) });
    t.teardown(() => cluster.stop());
    await cluster.ready();
    const [a, b] = cluster.procs as [(typeof cluster.procs)[0], (typeof cluster.procs)[0]];
    const auth = new TokenAuthority(CLUSTER_SECRET);
    const clients: SwitchboardClient[] = [];
    t.teardown(() => Promise.all(clients.map((c) => c.close())));
    const reconnect = { initialDelayMs: 100, maxDelayMs: 1000 };
    const connect = async (role: 'agent' | 'integration' | 'supervisor', id: string, home = a) => {
      const other = home === a ? b : a;
      const token = await auth.sign({ role, id });
      const c = await SwitchboardClient.connect({ url: home.url, fallbackUrls: [other.url], role, token, reconnect, heartbeatIntervalMs: 10_000 });
      clients.push(c);
      return c;
    };

    const ivr = await connect('integration', 'ivr');
    const watcher = await connect('supervisor', 'sup');
    await watcher.subscribe();
    const offers: { agent: string; contact: string }[] = [];
    const agents = new Map<string, SwitchboardClient>();
    const moves = new Map<string, number>();
    const resumed = new Map<string, { resumed: boolean; presence: string }>();
    for (let i = 1; i <= AGENTS; i++) {
      const id = `a${i}`;
      // The agents without a contact start on B.
      const c = await connect('agent', id, i > HELD ? b : a);
      agents.set(id, c);
      c.on('offer', (o) => offers.push({ agent: id, contact: o.contact.id }));
      c.onLifecycle('disconnected', (e) => {
        if (e.code !== CloseCode.moveTo) return;
        moves.set(id, (moves.get(id) ?? 0) + 1);
        resumed.delete(id);
      });
      c.onLifecycle('reconnected', (e) => e.login !== undefined && resumed.set(id, { resumed: e.login.resumed === true, presence: e.login.agent.presence }));
    }
    // HELD agents take a contact and keep it: they must not move.
    for (let i = 1; i <= HELD; i++) {
      const c = agents.get(`a${i}`)!;
      const got = new Promise<string>((resolve) => c.on('offer', (o) => resolve(o.contact.id)));
      await c.login({ presence: 'available' });
      await ivr.createContact({ externalId: `x-${i}`, queueId: QUEUE, channel: 'voice', language: 'en', customer: { id: `c-${i}` } });
      await c.accept(await got);
    }
    for (let i = HELD + 1; i <= AGENTS; i++) await agents.get(`a${i}`)!.login({ presence: 'available' });

    const total = clients.length;
    const onB = () => clients.filter((c) => c.connected && c.currentUrl === b.url).length;
    t.equal(onB(), AGENTS - HELD, 'the agents without a contact on B');

    // B dies: its clients go to A (their fallback); B comes back empty.
    b.kill('SIGKILL');
    await b.exited();
    await until('every client on A', () => clients.every((c) => c.connected && c.currentUrl === a.url));
    await b.start();
    const fair = total / 2;
    const started = Date.now();
    // Balanced within the default margin (20 % of the fair share).
    await until('the clients spread back', () => onB() >= total - Math.ceil(fair * 1.2), 120_000);
    const tookMs = Date.now() - started;
    t.comment(`spread back: ${total} clients from 1 process to 2 in ${tookMs} ms (${onB()} on the restarted one)`);
    await until('every client connected', () => clients.every((c) => c.connected));

    for (let i = 1; i <= HELD; i++) t.equal(moves.get(`a${i}`) ?? 0, 0, `a${i} holds a contact: never moved`);
    const moved = [...moves.keys()];
    t.ok(moved.length > 0, 'agents moved');
    await until('every moved agent resumed', () => moved.every((id) => resumed.has(id)));
    for (const id of moved) t.same(resumed.get(id), { resumed: true, presence: 'available' }, `${id} resumed its session as it was`);

    // A contact after the move is offered once, to one agent, wherever its socket is.
    const before = offers.length;
    await ivr.createContact({ externalId: 'x-after', queueId: QUEUE, channel: 'voice', language: 'en', customer: { id: 'c-after' } });
    await until('the new contact offered', () => offers.length > before);
    await sleep(500);
    const perContact = new Map<string, number>();
    for (const o of offers) perContact.set(o.contact, (perContact.get(o.contact) ?? 0) + 1);
    t.same(
      [...perContact.values()].filter((n) => n > 1),
      [],
      'no contact offered twice',
    );
    t.equal(perContact.size, HELD + 1, 'every contact offered');
  });
}
