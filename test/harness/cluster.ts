/**
 * Several real `switchboard serve --store redis://…` processes on one Redis:
 * start, kill -9, pause (SIGSTOP) and restart them, and find which one
 * leads. Shared by the fault tests (which run the CLI from source, see
 * `test/fixtures/cluster.ts`) and `bench:chaos` (which runs it from dist):
 * only the {@link Launch} differs.
 *
 * @example
 * const cluster = await Cluster.start({ size: 3, redisUrl, config, launch });
 * const leader = await cluster.leader();
 * leader.kill('SIGKILL');
 * await leader.exited();
 * await leader.start(); // the same port, a new process
 */
import type { ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnGroup, stopGroup } from './processes.js';
import { freePort } from './redis-server.js';

export { freePort };

/** How to run the CLI: node arguments up to (and including) the entry script, extra environment. */
export interface Launch {
  readonly node: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly cwd?: string;
  /** The shared token secret (`SWITCHBOARD_TOKEN_SECRET`). */
  readonly secret: string;
  /** A directory: each process also appends its output to `server-<port>.log` there. */
  readonly logDir?: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ServerProcess {
  readonly port: number;
  readonly #args: readonly string[];
  readonly #launch: Launch;
  #proc: ChildProcess | null = null;
  #out = '';

  constructor(port: number, args: readonly string[], launch: Launch) {
    this.port = port;
    this.#args = args;
    this.#launch = launch;
  }

  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get http(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.#proc?.pid;
  }

  get running(): boolean {
    return this.#proc !== null && this.#proc.exitCode === null && this.#proc.signalCode === null;
  }

  /** The last lines the process wrote (stdout and stderr), for failure messages. */
  get output(): string {
    return this.#out.slice(-6000);
  }

  /** Starts the process (again, after a kill: same port, same arguments); resolves once it listens. */
  async start(): Promise<void> {
    const l = this.#launch;
    const p = spawnGroup(process.execPath, [...l.node, 'serve', '--port', String(this.port), ...this.#args], {
      env: { ...process.env, SWITCHBOARD_TOKEN_SECRET: l.secret, LOG_LEVEL: 'info', ...l.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(l.cwd === undefined ? {} : { cwd: l.cwd }),
    });
    this.#proc = p;
    if (l.logDir !== undefined) {
      const file = createWriteStream(path.join(l.logDir, `server-${this.port}.log`), { flags: 'a' });
      p.stdout?.pipe(file, { end: false });
      p.stderr?.pipe(file, { end: false });
      // After the pipes closed (not at 'exit': output still buffered then would be written after the end).
      p.once('close', () => file.end());
    }
    await new Promise<void>((resolve, reject) => {
      // Generous: started from source on a busy machine, a server can take a minute or more.
      const timer = setTimeout(() => reject(new Error(`server on ${this.port} did not start:\n${this.output}`)), 180_000);
      // Only what this process wrote counts (the output keeps the previous run's lines).
      let own = '';
      const onData = (d: Buffer): void => {
        this.#out = (this.#out + d.toString()).slice(-64_000);
        if (own.length < 64_000) own += d.toString();
        if (own.includes(`listening on 127.0.0.1:${this.port}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      p.stdout?.on('data', onData);
      p.stderr?.on('data', onData);
      p.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`server on ${this.port} exited (${code ?? signal}):\n${this.output}`));
      });
    });
  }

  kill(signal: NodeJS.Signals): void {
    this.#proc?.kill(signal);
  }

  /** Waits for the process to exit (after a kill). */
  async exited(): Promise<void> {
    const p = this.#proc;
    if (p === null || p.exitCode !== null || p.signalCode !== null) return;
    await new Promise<void>((resolve) => p.once('exit', () => resolve()));
  }

  async stop(): Promise<void> {
    const p = this.#proc;
    if (p === null) return;
    await stopGroup(p);
    this.#proc = null;
  }

  /** The `/readyz` body, or null when it does not answer. */
  async readyz(timeoutMs = 1000): Promise<{ status: string; role?: string; leader?: string } | null> {
    try {
      const res = await fetch(`${this.http}/readyz`, { signal: AbortSignal.timeout(timeoutMs) });
      return (await res.json()) as { status: string; role?: string };
    } catch {
      return null;
    }
  }

  /** Whether this process leads (its gateway answers readyz itself, without a follower role). */
  async leads(timeoutMs = 1000): Promise<boolean> {
    const r = await this.readyz(timeoutMs);
    return r !== null && r.status === 'ready' && r.role === undefined;
  }
}

export interface ClusterOptions {
  readonly size: number;
  readonly redisUrl: string;
  readonly config: unknown;
  readonly launch: Launch;
  /** Routing lease ttl; default 2000 ms (the product default is 5000). */
  readonly leaseMs?: number;
  /** Default `uws`. */
  readonly transport?: 'uws' | 'ws';
  /** More `serve` flags for every process (e.g. `--store-replicas 1`). */
  readonly args?: readonly string[];
}

export class Cluster {
  readonly procs: readonly ServerProcess[];

  private constructor(procs: readonly ServerProcess[]) {
    this.procs = procs;
  }

  static async start(o: ClusterOptions): Promise<Cluster> {
    const dir = mkdtempSync(path.join(tmpdir(), 'sb-cluster-'));
    const cfg = path.join(dir, 'config.json');
    writeFileSync(cfg, JSON.stringify(o.config));
    const args = ['--config', cfg, '--store', o.redisUrl, '--lease-ms', String(o.leaseMs ?? 2000), '--transport', o.transport ?? 'uws', ...(o.args ?? [])];
    const procs: ServerProcess[] = [];
    for (let i = 0; i < o.size; i++) procs.push(new ServerProcess(await freePort(), args, o.launch));
    const cluster = new Cluster(procs);
    try {
      // One after the other: the first takes the lease, the others follow.
      for (const p of procs) await p.start();
    } catch (e) {
      await cluster.stop();
      throw e;
    }
    return cluster;
  }

  get urls(): string[] {
    return this.procs.map((p) => p.url);
  }

  /** The process that leads, waiting up to `timeoutMs` for one; asks every `pollMs`. */
  async leader(timeoutMs = 60_000, pollMs = 100): Promise<ServerProcess> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const running = this.procs.filter((p) => p.running);
      const leads = await Promise.all(running.map((p) => p.leads(Math.max(5000, pollMs * 5))));
      const i = leads.indexOf(true);
      if (i >= 0) return running[i] as ServerProcess;
      await sleep(pollMs);
    }
    throw new Error(`no leader after ${timeoutMs} ms:\n${this.procs.map((p) => `--- ${p.port}\n${p.output}`).join('\n')}`);
  }

  /** Waits until every running process is ready (the leader, and followers that know it). */
  async ready(timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const states = await Promise.all(this.procs.filter((p) => p.running).map((p) => p.readyz(5000)));
      if (states.every((s) => s?.status === 'ready')) return;
      await sleep(100);
    }
    throw new Error(`cluster not ready after ${timeoutMs} ms`);
  }

  async stop(): Promise<void> {
    await Promise.all(this.procs.map((p) => p.stop()));
  }
}
