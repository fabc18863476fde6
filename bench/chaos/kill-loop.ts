/**
 * The chaos benches' loop: every `everyMs` one kill (what and how is the
 * bench's `killOne`), and between kills a check for processes that died on
 * their own, which are restarted and counted as crashes.
 */
import type { Cluster, ServerProcess } from '../../test/harness/cluster.js';
import { say, sleep } from './bench-log.js';

/** A process that died without being killed by the bench. */
export interface Crash {
  readonly port: number;
  readonly at: number;
  readonly output: string;
}

export abstract class KillLoop {
  /** Processes that died without being killed by the bench. */
  readonly crashes: Crash[] = [];
  /** Killed by the bench and not restarted yet (not crashes). */
  protected readonly killed = new Set<ServerProcess>();
  #stopped = false;
  #loop: Promise<void> = Promise.resolve();

  constructor(
    readonly cluster: Cluster,
    readonly everyMs: number,
    readonly random: () => number,
  ) {}

  start(): void {
    this.#loop = this.#run();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.#loop;
  }

  /** One kill (and its restart). */
  protected abstract killOne(): Promise<void>;

  async #run(): Promise<void> {
    let next = Date.now() + this.everyMs;
    while (!this.#stopped) {
      await this.#checkCrashes();
      if (Date.now() < next) {
        await sleep(Math.min(250, next - Date.now()));
        continue;
      }
      next += this.everyMs;
      await this.killOne();
    }
  }

  async #checkCrashes(): Promise<void> {
    for (const p of this.cluster.procs) {
      if (p.running || this.killed.has(p)) continue;
      this.crashes.push({ port: p.port, at: Date.now(), output: p.output.slice(-3000) });
      say(`server ${p.port} died on its own; restarting it`);
      await p.start().catch((e: unknown) => say(`restart of ${p.port} failed: ${(e as Error).message}`));
    }
  }
}
