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
import { until as waitUntil } from '../fixtures/until.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Three server processes and Redis per test, started from source: minutes on a busy machine.
t.setTimeout(900_000);

/** Waits on a condition, 120 s by default (multi-process steps on a busy machine). */
const until = (what: string, ok: () => boolean | Promise<boolean>, ms = 120_000): Promise<void> => waitUntil(what, ok, ms);

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
      t.ok(await leader.leads(10_000), 'the leader still leads');
    }),
  );

  t.test('restart Redis (kill -9, AOF) mid-load: UNAVAILABLE meanwhile, resumes by itself', (t) =>
    failoverScenario(
      t,
      async ({ cluster, redis, t }) => {
        const leader = await cluster.leader();
        await redis.stop('SIGKILL');
        await until('the leader tells /readyz that Redis is away', async () => (await leader.readyz(5000))?.status !== 'ready');
        t.pass('/readyz of the leader is not ready while Redis is down');
        await sleep(1500);
        await redis.restart();
        const back = await cluster.leader(120_000);
        t.ok(back !== undefined, 'a leader is ready again');
      },
      { wholeLog: false },
    ),
  );
}
