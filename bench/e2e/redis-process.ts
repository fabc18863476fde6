/**
 * A private redis-server for `bench:e2e --store redis`: on a free port of
 * 127.0.0.1, AOF on with `appendfsync everysec` (Redis' default, and what
 * the README's table calls safe against a Redis crash), its own directory,
 * killed at the end.
 */
import { spawn } from 'node:child_process';
import { Redis } from 'ioredis';
import { mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

export interface RedisProcess {
  readonly url: string;
  readonly pid: number;
  /** Redis' own latency monitor (threshold 5 ms): `event: latest ms, max ms (count)` per kind. */
  latencyEvents(): Promise<string[]>;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a !== null ? a.port : 0));
    });
  });
}

export async function startRedis(appendfsync: 'everysec' | 'always' = 'everysec'): Promise<RedisProcess> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'switchboard-bench-redis-'));
  const child = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'yes',
      '--appendfsync',
      appendfsync,
      '--dir',
      dir,
      '--protected-mode',
      'no',
      '--latency-monitor-threshold',
      '5',
      '--slowlog-log-slower-than',
      '5000',
    ],
    {
      stdio: 'ignore',
    },
  );
  const deadline = Date.now() + 10_000;
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const c = createConnection(port, '127.0.0.1', () => {
        c.end();
        resolve(true);
      });
      c.on('error', () => resolve(false));
    });
    if (up) break;
    if (Date.now() > deadline) throw new Error('redis-server did not start (is it installed?)');
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url: `redis://127.0.0.1:${port}/0`,
    pid: child.pid!,
    async latencyEvents() {
      const c = new Redis(port, '127.0.0.1');
      try {
        const rows = (await c.call('LATENCY', 'LATEST')) as [string, number, number, number][];
        // And the slowest commands (slowlog threshold 5 ms): which script, with its first arguments.
        const slow = (await c.call('SLOWLOG', 'GET', '3')) as [number, number, number, string[]][];
        return [
          ...rows.map(([event, , latest, max]) => `${event}: latest ${latest} ms, max ${max} ms`),
          ...slow.map(
            ([, , us, args]) =>
              `slowlog ${(us / 1000).toFixed(1)} ms: ${args
                .slice(0, 3)
                .map((a) => a.slice(0, 12))
                .join(' ')} ... ${args.length} args`,
          ),
        ];
      } finally {
        c.disconnect();
      }
    },
    async stop() {
      child.kill('SIGKILL');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
