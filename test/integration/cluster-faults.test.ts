/**
 * Several processes on one Redis: a follower dies (kill -9) — its agents'
 * offers go back and they resume through another process; Redis restarts
 * (kill -9, AOF on) — requests get UNAVAILABLE meanwhile, /readyz turns
 * false, and the cluster resumes on its own, writing back what Redis lost.
 * Audited from the stored events after each.
 */
import t from 'tap';
import { failoverScenario } from '../fixtures/failover-scenario.js';
import { redisServerAvailable } from '../harness/redis-server.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (!redisServerAvailable()) {
  t.fail('redis-server is not installed (.ci/run installs it)');
} else {
  t.test('kill -9 a follower mid-load: its agents resume elsewhere, the leader stays', (t) =>
    failoverScenario(t, async ({ cluster, t }) => {
      const leader = await cluster.leader();
      const follower = cluster.procs.find((p) => p !== leader && p.running);
      if (follower === undefined) throw new Error('no follower');
      follower.kill('SIGKILL');
      await follower.exited();
      await sleep(4000); // past the leader's follower timeout (3 s)
      t.ok(await leader.leads(), 'the leader still leads');
    }),
  );

  t.test('restart Redis (kill -9, AOF) mid-load: UNAVAILABLE meanwhile, resumes by itself', (t) =>
    failoverScenario(
      t,
      async ({ cluster, redis, t }) => {
        const leader = await cluster.leader();
        await redis.stop('SIGKILL');
        await sleep(300);
        const r = await leader.readyz();
        t.not(r?.status, 'ready', `/readyz of the leader while Redis is down: ${JSON.stringify(r)}`);
        await sleep(1500);
        await redis.restart();
        const back = await cluster.leader(20_000);
        t.ok(back !== undefined, 'a leader is ready again');
      },
      { wholeLog: false },
    ),
  );
}
