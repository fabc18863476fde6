/**
 * Reproduction (found by `bench:chaos`): one process runs two leader terms
 * at once — two routers, two gateways, two relay hosts, writing with the
 * same fencing token, so fencing cannot tell them apart. In the 5-minute
 * chaos run this produced 178 contacts created twice for one external id,
 * 23 agents over capacity and 91 offers out of order (HEAD 1b79810).
 *
 * How: the lease is lost, `ClusterNode.#endTerm` awaits the old term's
 * drain (up to 2 s while sockets close); meanwhile `LeaseKeeper` campaigns
 * (every ttl / 10), takes the lease again and calls `onAcquired` ->
 * `#lead()` (term 2). When the drain is over, `#endTerm` finds the keeper
 * leading with a lease and "begins again": `#lead()` a second time (term 3)
 * while term 2 is live. Nothing guards `#lead` against re-entry.
 *
 * Here: one server process (in-process `createServer`, ws transport), lease
 * 1 s; a WebSocket client that never reads its socket keeps the drain
 * waiting its full 2 s; the lease is taken away in Redis (another holder, a higher
 * fence), then freed while the drain waits. Counts the terms begun (the
 * "state recovered" log line) with no term ended in between.
 * Run, after `npm run build`: node dist/bench/chaos/repro-two-terms.js
 * Prints "reproduced" (exit 1) or "not reproduced" (exit 0).
 */
import { Writable } from 'node:stream';
import { Redis } from 'ioredis';
import pino from 'pino';
import WebSocket from 'ws';
import { parseConfig } from '../../src/config/schema.js';
import { createServer } from '../../src/server.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';
import { RedisServer } from '../../test/harness/redis-server.js';
import { clusterConfig } from '../../test/harness/cluster-workload.js';

const SECRET = 'repro-secret-0123456789abcdef0123';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<number> {
  const redis = await RedisServer.start({ appendonly: false });
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(
        ...chunk
          .toString()
          .split('\n')
          .filter((l) => l.length > 0),
      );
      done();
    },
  });
  const logger = pino({ level: 'info' }, sink);
  const store = new RedisRoutingStore({ url: redis.url() });
  const admin = new Redis(redis.url());
  const server = await createServer({
    config: parseConfig(clusterConfig(2)),
    store,
    relay: { url: redis.url(), domain: 'default' },
    leaseTtlMs: 1000,
    tokenSecret: SECRET,
    logger,
    port: 0,
    web: false,
    // ws waits for the client's close frame: the drain's window stays open 2 s (uws closes at once;
    // under load the window is the time a thousand sockets take to close).
    transport: 'ws',
  });
  const begun = () => lines.filter((l) => l.includes('state recovered from the store')).length;
  try {
    // A client that never reads: its session outlives the close frame, the drain waits 2 s.
    const token = await server.tokens.sign({ role: 'agent', id: 'a1' });
    const ws = new WebSocket(`ws://127.0.0.1:${server.port}/v1/agent`, { headers: { authorization: `Bearer ${token}` } });
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    (ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const before = begun();

    // Another holder takes the lease (as after an expiry): the next renewal is refused.
    await admin.hincrby('sb:{default}:meta', 'fence', 1);
    await admin.set('sb:{default}:lease', 'someone-else#999', 'PX', 600);
    // It lapses while the old term drains: the keeper takes the lease back at once.
    await sleep(3500);
    const terms = begun() - before;
    const log = lines
      .filter((l) => !/connection opened|agent logged/.test(l))
      .map((l) => {
        const r = JSON.parse(l) as { time: number; msg: string; why?: string; event?: string };
        return `  ${new Date(r.time).toISOString().slice(17, 23)} ${r.msg}${r.why === undefined ? '' : ` (${r.why})`}${r.event === undefined ? '' : ` (${r.event})`}`;
      });
    const bad = terms >= 2;
    process.stdout.write(
      `${log.join('\n')}\nterms begun after the lease was lost: ${terms}\n${bad ? 'reproduced: two leader terms in one process' : 'not reproduced'}\n`,
    );
    ws.terminate();
    return bad ? 1 : 0;
  } finally {
    await server.close();
    await store.close();
    admin.disconnect();
    await redis.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(2);
  },
);
