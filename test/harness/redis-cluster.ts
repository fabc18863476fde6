/**
 * A local Redis Cluster for tests and benchmarks: `masters` real
 * `redis-server` processes in cluster mode (`--cluster-enabled yes`) on free
 * ports of 127.0.0.1, the 16384 slots spread over them by
 * `redis-cli --cluster create`, each process in a group of its own (killed
 * with the test process, see `processes.ts`).
 *
 * @example
 * const cluster = await RedisCluster.start({ masters: 3 });
 * t.teardown(() => cluster.cleanup());
 * const url = cluster.url(); // redis-cluster://127.0.0.1:p1,127.0.0.1:p2,127.0.0.1:p3
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { Redis } from 'ioredis';
import { freePort, RedisServer } from './redis-server.js';

const run = promisify(execFile);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface RedisClusterOptions {
  /** Default 3. */
  readonly masters?: number;
}

export class RedisCluster {
  readonly nodes: readonly RedisServer[];

  private constructor(nodes: readonly RedisServer[]) {
    this.nodes = nodes;
  }

  static async start(o: RedisClusterOptions = {}): Promise<RedisCluster> {
    const nodes: RedisServer[] = [];
    try {
      for (let i = 0; i < (o.masters ?? 3); i++) {
        nodes.push(
          await RedisServer.start({
            // The bus port is the data port + 10,000 unless named: in the kernel's ephemeral
            // range for a data port from freePort, where an outgoing connection may hold it
            // (a chaos run lost a node to 'Address already in use' on it): a free port of its own.
            args: [
              '--cluster-enabled',
              'yes',
              '--cluster-port',
              String(await freePort()),
              '--cluster-config-file',
              'nodes.conf',
              '--cluster-node-timeout',
              '2000',
            ],
          }),
        );
      }
      await run('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes'], {
        timeout: 60_000,
      });
      const cluster = new RedisCluster(nodes);
      await cluster.#settled(60_000);
      return cluster;
    } catch (e) {
      await Promise.all(nodes.map((n) => n.cleanup()));
      throw e;
    }
  }

  /** The `--store` URL naming every node. */
  url(): string {
    return `redis-cluster://${this.nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`;
  }

  /** The port of the master holding `key`'s slot. */
  async masterOf(key: string): Promise<number> {
    const r = new Redis(this.nodes[0]!.port, '127.0.0.1');
    try {
      const slot = Number(await r.call('CLUSTER', 'KEYSLOT', key));
      const slots = (await r.call('CLUSTER', 'SLOTS')) as [number, number, [string, number]][];
      const owner = slots.find(([from, to]) => slot >= from && slot <= to);
      if (owner === undefined) throw new Error(`no master holds slot ${slot}`);
      return owner[2][1];
    } finally {
      r.disconnect();
    }
  }

  async cleanup(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n.cleanup()));
  }

  /** Until every node says the cluster is ok (all slots served). */
  async #settled(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (const n of this.nodes) {
      const r = new Redis(n.port, '127.0.0.1', { lazyConnect: true });
      try {
        await r.connect();
        while (!/cluster_state:ok/.test(String(await r.call('CLUSTER', 'INFO')))) {
          if (Date.now() > deadline) throw new Error(`Redis Cluster not ok after ${timeoutMs} ms`);
          await sleep(100);
        }
      } finally {
        r.disconnect();
      }
    }
  }
}
