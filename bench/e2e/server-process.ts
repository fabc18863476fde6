/**
 * The server under test as a child process: the real CLI
 * (`bin/switchboard.js serve`), or the bare echo server, bounded in time by
 * `lifetime.ts`. CPU time and RSS are read from /proc, so the server carries
 * no bench code at all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { STALL_LOG_ENV } from './workload.js';

const here = (p: string): string => fileURLToPath(new URL(p, import.meta.url));
/** dist/bench/e2e -> repository root. */
const ROOT = here('../../../');
const LIFETIME = new URL('./lifetime.js', import.meta.url).href;
/** Records the server's event-loop delay in the file bench:e2e names (see loop-probe.ts). */
const LOOP_PROBE = new URL('./loop-probe.js', import.meta.url).href;

/**
 * The node flags `bin/switchboard.js` runs with (its `#!/usr/bin/env -S node
 * <flags>` line), so that the bench measures the server as it ships.
 */
export function shippedNodeFlags(): string[] {
  const first = readFileSync(`${ROOT}bin/switchboard.js`, 'utf8').split('\n', 1)[0] ?? '';
  const m = /^#!\/usr\/bin\/env\s+(?:-S\s+)?node\b(.*)$/.exec(first);
  return m === null
    ? []
    : m[1]!
        .trim()
        .split(/\s+/)
        .filter((f) => f !== '');
}

/** Linux clock ticks per second for /proc/<pid>/stat (USER_HZ, 100 on every mainstream kernel). */
const TICKS = 100;

export interface ServerUsage {
  /** User + system CPU seconds so far. */
  readonly cpuSeconds: number;
  readonly rssBytes: number;
}

export interface ServerProcess {
  readonly port: number;
  readonly pid: number;
  /** Lines the server logged at warn or above. */
  readonly warnings: string[];
  /** Store lines worth a look (compactions, with their timings). */
  readonly notices: string[];
  usage(): ServerUsage;
  /** SIGTERM, then SIGKILL after 10 s. */
  stop(): Promise<void>;
}

export function usageOf(pid: number): ServerUsage {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuSeconds = (Number(f[11]) + Number(f[12])) / TICKS;
  const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return { cpuSeconds, rssBytes: Number(rss?.[1] ?? 0) * 1024 };
}

export interface StartOptions {
  readonly kind: 'switchboard' | 'echo';
  readonly transport?: 'uws' | 'ws';
  readonly configFile?: string;
  /** `--store` for the server (default: memory). */
  readonly store?: string;
  /** A directory: run with `--cpu-prof` and write the profile there. */
  readonly cpuProfDir?: string;
  readonly maxSeconds: number;
}

export async function startServer(o: StartOptions): Promise<ServerProcess> {
  const node = [...(o.kind === 'switchboard' ? [...shippedNodeFlags(), '--import', LOOP_PROBE] : []), '--import', LIFETIME];
  if (o.cpuProfDir !== undefined) node.push('--cpu-prof', `--cpu-prof-dir=${o.cpuProfDir}`);
  // SWITCHBOARD_BENCH_SERVER_FLAGS: extra node flags for the server alone (an A/B of V8 settings, `--trace-gc-nvp`).
  if (o.kind === 'switchboard') node.push(...(process.env.SWITCHBOARD_BENCH_SERVER_FLAGS ?? '').split(/\s+/).filter((f) => f !== ''));
  // bench:e2e --stall-log <dir>: the server records its stalls there too, and its stdout is copied beside them.
  const stallDir = process.env[STALL_LOG_ENV] ?? '';
  if (stallDir !== '') node.push('--import', new URL('./stall-log.js', import.meta.url).href);
  const copyTo = stallDir === '' ? undefined : `${stallDir}/server-out.txt`;
  const args =
    o.kind === 'echo'
      ? [...node, here('./echo-server.js'), '0']
      : [
          ...node,
          `${ROOT}bin/switchboard.js`,
          'serve',
          '--port',
          '0',
          '--host',
          '127.0.0.1',
          '--transport',
          o.transport ?? 'uws',
          '--config',
          o.configFile ?? '',
          '--log-level',
          'info',
          ...(o.store === undefined ? [] : ['--store', o.store]),
        ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, SWITCHBOARD_BENCH_MAX_SECONDS: String(o.maxSeconds) },
  });
  const warnings: string[] = [];
  const notices: string[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const port = await new Promise<number>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`${o.kind} did not start within 30 s`)), 30_000);
    child.once('exit', (code) => reject(new Error(`${o.kind} exited with ${code} before listening`)));
    lines.on('line', (line) => {
      if (copyTo !== undefined && copyTo !== '') appendFileSync(copyTo, `${line}\n`);
      let rec: { port?: number; level?: number; msg?: string };
      try {
        rec = JSON.parse(line) as typeof rec;
      } catch {
        return;
      }
      if ((rec.level ?? 0) >= 40) warnings.push(rec.msg ?? line);
      if (rec.msg === 'store compacted') notices.push(line);
      if (typeof rec.port === 'number' && (o.kind === 'echo' || rec.msg?.includes('listening') === true)) {
        clearTimeout(timer);
        resolve(rec.port);
      }
    });
  });
  const pid = child.pid!;
  return {
    port,
    pid,
    warnings,
    notices,
    usage: () => usageOf(pid),
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      // A profiled server writes its profile as it exits: give it the time to.
      const kill = setTimeout(() => child.kill('SIGKILL'), o.cpuProfDir === undefined ? 10_000 : 120_000);
      await exited;
      clearTimeout(kill);
    },
  };
}
