/**
 * The agents of `bench:chaos` run in child processes (`agent-worker.ts`), so
 * that the bench's own loop (creations, kills, the audit) is not slowed by
 * a thousand SDK clients: an {@link AgentWorker} is one of them, spoken to
 * over the fork IPC channel (`worker-protocol.ts`).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { say } from './bench-log.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';

export class AgentWorker {
  readonly #child: ChildProcess;
  #waiters: ((m: FromWorker) => void)[] = [];
  #exited = false;

  constructor() {
    this.#child = fork(fileURLToPath(new URL('./agent-worker.js', import.meta.url)), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    this.#child.on('message', (m: FromWorker) => {
      if (m.type === 'error') say(`agent worker ${this.#child.pid}: ${m.message}`);
      for (const w of this.#waiters.splice(0)) w(m);
    });
    this.#child.once('exit', () => (this.#exited = true));
  }

  get pid(): number | undefined {
    return this.#child.pid;
  }

  /** Sends `m` and waits for the next message of kind `kind`. */
  async ask<K extends FromWorker['type']>(m: ToWorker, kind: K, timeoutMs: number): Promise<Extract<FromWorker, { type: K }>> {
    const got = new Promise<Extract<FromWorker, { type: K }>>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`agent worker: no ${kind} within ${timeoutMs} ms`)), timeoutMs);
      const wait = (r: FromWorker): void => {
        if (r.type === kind) {
          clearTimeout(timer);
          resolve(r as Extract<FromWorker, { type: K }>);
        } else if (r.type === 'error') {
          clearTimeout(timer);
          reject(new Error(r.message));
        } else this.#waiters.push(wait);
      };
      this.#waiters.push(wait);
    });
    this.#child.send(m);
    return got;
  }

  kill(): void {
    if (!this.#exited) this.#child.kill('SIGKILL');
  }
}
