/**
 * A leader change moves only what must move (issue 26): 3 processes on one
 * Redis, every client (agents, the integration's sockets, a supervisor)
 * connected to the two followers, a workload running. The leader dies
 * (kill -9) or steps down (SIGTERM): the followers' sockets stay open (no
 * client sees a close), the relay carries each to the new leader (or, on
 * the process that takes over, to its own term), agents are offered what is
 * created after the change, the supervisor keeps receiving events, and the
 * stored event log shows nothing lost or doubled.
 */
import t, { type Test } from 'tap';
import { Cluster } from '../fixtures/cluster.js';
import { clusterConfig } from '../fixtures/cluster-workload.js';
import { auditServedToTheEnd, carriedFloor, carriedSockets } from '../fixtures/carried-sockets.js';
import { until } from '../fixtures/until.js';
import { RedisServer, redisServerAvailable } from '../harness/redis-server.js';

// Three server processes and Redis per test, started from source: minutes on a busy machine.
t.setTimeout(900_000);

const AGENTS = 4;

async function carryScenario(t: Test, signal: NodeJS.Signals): Promise<void> {
  const redis = await RedisServer.start({ appendonly: true });
  t.teardown(() => redis.cleanup());
  const cluster = await Cluster.start({ size: 3, redisUrl: redis.url(), config: clusterConfig(AGENTS) });
  t.teardown(() => cluster.stop());
  await cluster.ready();
  const leader = await cluster.leader();
  const followers = cluster.procs.filter((p) => p !== leader);
  const urls = followers.map((p) => p.url);

  // Every client on a follower: agents and the integration's two sockets spread over both.
  const { agents, source, sup, sockets, closes } = await carriedFloor(t, urls, { agents: AGENTS, home: (k) => k, connections: 2 });
  const closedBefore = closes();
  const changedAt = Date.now();
  leader.kill(signal);
  // A leader stepping down still answers as one until it has drained: wait for it to be gone.
  await leader.exited();
  const next = await cluster.leader(120_000);
  t.not(next.port, leader.port, 'another process leads');
  await until('every relayed socket carried over', () => agents.carried >= AGENTS && sup.carried >= 1, 120_000);
  const atChange = source.created.size;
  await until('8 contacts created after the change', () => source.created.size >= atChange + 8, 120_000);
  await until('an agent offered a contact created after the change', () => agents.offers.some((o) => o.at > changedAt), 120_000);
  await until('the supervisor hears contacts created after the change', () => sup.events.some((e) => e.kind === 'contactCreated' && e.at > changedAt));
  await source.stopCreating();

  // Each process counts what it carried: every socket of the followers, kept.
  const counted = (outcome: 'kept' | 'closed') => carriedSockets(followers, outcome);
  const kept = await counted('kept');
  t.ok(kept >= sockets, `the processes count every socket carried over (switchboard_relay_sockets_carried_total: ${kept})`);
  t.equal(await counted('closed'), 0, 'and none closed');
  const closedAcross = closes() - closedBefore;
  t.equal(closedAcross, 0, 'no client on a follower saw its socket close across the change');
  t.comment(
    `clients-moved: ${closedAcross} of ${sockets} sockets on the followers closed across the change ` +
      `(before this change: all ${sockets}, closed 1012 and reconnected); carried: ${agents.carried} agents, ${sup.carried} supervisor`,
  );

  // Everything created is served to the end: wait until the log says every contact ended.
  await auditServedToTheEnd(t, redis.url(), source, agents);
  t.comment(`agents' requests refused (the contact went elsewhere, or retried past the change): ${agents.failedRequests}`);
}

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('kill -9 the leader: the sockets on the followers stay open and keep working', (t) => carryScenario(t, 'SIGKILL'));
  t.test('the leader steps down (SIGTERM): the sockets on the followers stay open and keep working', (t) => carryScenario(t, 'SIGTERM'));
}
