/**
 * A leader's own sockets across the end of its term while its process goes
 * on (src/cluster/cluster-node.ts `#carryOwn`), with two `ClusterNode`s on a
 * real Redis and the transport handler called directly: an agent and an
 * integration connect to the leader itself; the leader hands the routing
 * over. Their sockets stay open, become relayed ones and are opened anew on
 * the new leader: each client is told (`leaderChanged`), the agent's login
 * resumes its session, the integration's stream resumes right after the
 * last event it was sent. Then the lead comes back: the same sockets are
 * served by the process's own term again.
 */
import t from 'tap';
import { Nodes, until } from '../fixtures/cluster-nodes.js';
import { RecordedSocket } from '../fixtures/recorded-socket.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';
import type { ClusterNode } from '../../src/cluster/cluster-node.js';

t.setTimeout(300_000);

async function connect(nodes: Nodes, node: ClusterNode, role: 'agent' | 'integration', id: string) {
  const token = await nodes.auth.sign({ role, id });
  const d = node.upgrade({ path: `/v1/${role}`, query: new URLSearchParams(), headers: { authorization: `Bearer ${token}` }, protocols: [] });
  if (d instanceof Promise || !d.accept) throw new Error('upgrade refused');
  const sock = new RecordedSocket();
  const s = node.open(sock, d.context);
  const send = (rid: string, body: unknown) => node.message(s, new TextEncoder().encode(JSON.stringify({ id: rid, ...(body as object) })), false);
  return { sock, send };
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test("relay - the leader's own sockets stay open when it hands the routing over, and come back", async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const nodes = new Nodes(t, redis);
    const { a, b } = await nodes.leaderAndFollower();

    // Both clients on the leader itself.
    const agent = await connect(nodes, a, 'agent', 'a1');
    const ivr = await connect(nodes, a, 'integration', 'ivr');
    agent.send('1', { login: { presence: 'available' } });
    await until('logged in on the leader', () => agent.sock.reply('1') !== undefined);
    ivr.send('c1', { createContact: { externalId: 'x1', queueId: 'q', channel: 'voice', language: 'en', customer: { id: 'u1' } } });
    await until('the contact created', () => ivr.sock.reply('c1') !== undefined);
    t.notOk(ivr.sock.reply('c1').error, 'created');
    await until('offered to the agent', () => agent.sock.events('offer').length === 1);
    const contactId = agent.sock.events('offer')[0].offer.contact.id;
    agent.send('2', { accept: { contactId } });
    await until('accepted', () => agent.sock.reply('2') !== undefined);
    await until('the integration hears of it', () => ivr.sock.frames.some((f) => f.event?.contactAccepted !== undefined));
    const lastSeq = Math.max(...ivr.sock.frames.filter((f) => f.event !== undefined).map((f) => Number(f.event.seq ?? 0)));
    t.ok(lastSeq > 0, `the integration's stream stands at ${lastSeq}`);

    // The leader hands over while its process goes on: b takes over; a's own sockets go there through the relay.
    await a.handOver('test');
    await until('b leads', () => b.role === 'leader');
    await until('both clients told', () => agent.sock.events('leaderChanged').length === 1 && ivr.sock.events('leaderChanged').length === 1);
    t.same(agent.sock.closes, [], "the agent's socket stayed open");
    t.same(ivr.sock.closes, [], "the integration's socket stayed open");
    await until("the integration's stream reopened on b", () => ivr.sock.events('streamOpened').length === 2);
    const reopened = ivr.sock.events('streamOpened')[1].streamOpened;
    t.equal(reopened.resumedAfter, String(lastSeq), 'resumed right after the last event the integration was sent');
    t.notOk(reopened.error, 'nothing missed');
    agent.send('3', { login: {} });
    await until('logged in again through the relay', () => agent.sock.reply('3') !== undefined);
    t.equal(agent.sock.reply('3').login?.resumed, true, 'the session resumed on the new leader');
    t.same(
      b.router?.agent('a1' as never)?.contacts.map((c) => String(c)),
      [contactId],
      'the new leader knows the agent holds the contact',
    );
    agent.send('4', { complete: { contactId } });
    await until('completed through the relay', () => agent.sock.reply('4') !== undefined);
    t.notOk(agent.sock.reply('4').error, 'requests go to the new leader');

    // And back: b hands over, a takes it; the sockets, relayed now, are served by a's own term.
    await b.handOver('test');
    await until('a leads again', () => a.role === 'leader');
    await until('the agent is told again', () => agent.sock.events('leaderChanged').length === 2);
    t.same(agent.sock.closes, [], 'the socket stayed open');
    agent.send('5', { login: {} });
    await until('logged in again on a', () => agent.sock.reply('5') !== undefined);
    t.equal(agent.sock.reply('5').login?.resumed, true, 'the session resumed on a');
  });
}
