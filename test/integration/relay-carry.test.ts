/**
 * A follower's relayed socket across changes of leader (src/cluster/
 * follower-relay.ts), with two `ClusterNode`s on a real Redis and the
 * transport handler called directly: the leader hands the routing over and
 * the follower takes it, so its socket is carried to its own term; then the
 * lead goes back and the socket is carried to the other process over the
 * relay. The socket never closes; each time its client is told
 * (`leaderChanged`) and the agent's login resumes its session.
 */
import t from 'tap';
import type { ClusterNode } from '../../src/cluster/cluster-node.js';
import { Nodes, until } from '../fixtures/cluster-nodes.js';
import { RecordedSocket } from '../fixtures/recorded-socket.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';

t.setTimeout(300_000);

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('relay - a socket stays open as the lead moves to its process and away again', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const nodes = new Nodes(t, redis);
    const { a, b } = await nodes.leaderAndFollower();

    const token = await nodes.auth.sign({ role: 'agent', id: 'a1' });
    const d = b.upgrade({ path: '/v1/agent', query: new URLSearchParams(), headers: { authorization: `Bearer ${token}` }, protocols: [] });
    if (d instanceof Promise || !d.accept) throw new Error('upgrade refused');
    const sock = new RecordedSocket();
    const s = b.open(sock, d.context);
    const send = (id: string, body: unknown) => b.message(s, new TextEncoder().encode(JSON.stringify({ id, ...(body as object) })), false);

    send('1', { login: { presence: 'available' } });
    await until('logged in through the relay', () => sock.reply('1') !== undefined);
    t.ok(sock.reply('1').login, 'the leader answered the login');

    // The leader hands over; b is the only other process: it takes over, and the socket goes to its own term.
    await a.handOver('test');
    await until('b leads', () => b.role === 'leader');
    await until('the client is told', () => sock.leaderChanges === 1);
    t.same(sock.closes, [], 'the socket stayed open');
    send('2', { login: {} });
    await until('logged in again on b', () => sock.reply('2') !== undefined);
    t.equal(sock.reply('2').login?.resumed, true, 'the session resumed on the new leader');
    await until('available again', () => b.router?.agent('a1' as never)?.presence === 'available');

    // And back: b hands over, a takes it; the socket is relayed to a now.
    await b.handOver('test');
    await until('a leads again', () => a.role === 'leader');
    await until('the client is told again', () => sock.leaderChanges === 2);
    t.same(sock.closes, [], 'the socket stayed open');
    send('3', { login: {} });
    await until('logged in again through the relay', () => sock.reply('3') !== undefined);
    t.equal(sock.reply('3').login?.resumed, true, 'the session resumed on a');
    await until('available on a', () => (a as ClusterNode).router?.agent('a1' as never)?.presence === 'available');
    send('4', { setPresence: { presence: 'available' } });
    await until('a request answered', () => sock.reply('4') !== undefined);
    t.notOk(sock.reply('4').error, 'requests go to the new leader');
  });
}
