/**
 * The leader's end of the relay (src/cluster/relay-host.ts), on a real
 * Redis: a frame of a relayed socket whose `open` the leader never got (lost
 * on the way, or reordered as in issue 26) is not dropped in silence, which
 * left the client waiting on its login for good: the leader tells the
 * follower to close that socket (1012), so the client reconnects and opens
 * it anew. And a follower taken for gone (silent past the timeout) is told
 * to close the sockets whose sessions the leader dropped, in case it is
 * alive after all.
 */
import t from 'tap';
import pino from 'pino';
import { RelayBus, type ToNode } from '../../src/cluster/relay-bus.js';
import { Nodes, until } from '../fixtures/cluster-nodes.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';

t.setTimeout(300_000);

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('relay host - a frame of a socket the leader never opened gets the socket closed, once', async (t) => {
    const redis = await RedisServer.start({ appendonly: false });
    const nodes = new Nodes(t, redis);
    const leader = nodes.node();
    await leader.start();
    await until('the node leads', () => leader.role === 'leader');

    // A follower process, by hand: its own channel, and frames to the leader.
    const bus = new RelayBus({ url: redis.url(), domain: 'default', log: pino({ level: 'silent' }) });
    t.teardown(() => bus.close());
    const told: ToNode[] = [];
    await bus.subscribe(bus.nodeChannel('ghost'), (m) => told.push(JSON.parse(m) as ToNode));
    const login = JSON.stringify({ id: '1', login: { presence: 'available' } });
    // Published until the leader hears (the publishing connection may still be connecting).
    await until('the leader answers the unknown socket', () => {
      bus.publish(bus.leaderChannel, { t: 'msg', n: 'ghost', c: 7, d: login, b: 0 });
      return told.length > 0;
    });
    t.match(told[0], { t: 'close', c: 7, code: 1012 }, 'the follower is told to close the socket: its client reconnects');
    const before = told.length;
    for (let i = 0; i < 5; i++) bus.publish(bus.leaderChannel, { t: 'msg', n: 'ghost', c: 7, d: login, b: 0 });
    // A marker after them: once it is answered, the frames before it were heard.
    await until('the leader answers the next unknown socket', () => {
      bus.publish(bus.leaderChannel, { t: 'msg', n: 'ghost', c: 8, d: login, b: 0 });
      return told.some((m) => m.t === 'close' && m.c === 8);
    });
    t.equal(told.slice(before).filter((m) => m.t === 'close' && m.c === 7).length, 0, 'told once per socket');

    // A socket the leader knows, then silence (no heartbeat): the leader takes the follower for gone and
    // drops its sessions; a follower alive after all (only slow) is told to close the socket too.
    bus.publish(bus.leaderChannel, {
      t: 'open',
      n: 'ghost',
      c: 20,
      ctx: { role: 'supervisor', principal: 'sup', encoding: 'json', expiresAt: undefined, remoteAddress: '127.0.0.1' },
    });
    await until('the silent follower is taken for gone', () => told.some((m) => m.t === 'close' && m.c === 20));
    t.match(
      told.find((m) => m.t === 'close' && m.c === 20),
      { code: 1012 },
      "the slow follower closes the dropped session's socket: its client reconnects",
    );
  });
}
