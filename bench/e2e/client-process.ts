/**
 * One client process of bench:e2e (`client-worker.ts`) seen from the bench:
 * commands sent over IPC, each answered once (worker-protocol.ts).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Command, Reply } from './worker-protocol.js';

export class ClientProcess {
  readonly #child: ChildProcess;
  #seq = 0;
  readonly #pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  /** `execArgv`: node flags of the child (the stall log's preload); `maxSeconds`: when it gives up on its own. */
  constructor(o: { readonly execArgv: readonly string[]; readonly maxSeconds: number }) {
    this.#child = fork(fileURLToPath(new URL('./client-worker.js', import.meta.url)), [], {
      ...(o.execArgv.length === 0 ? {} : { execArgv: [...o.execArgv] }),
      env: { ...process.env, SWITCHBOARD_BENCH_MAX_SECONDS: String(o.maxSeconds) },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.#child.on('message', (m: Reply) => {
      const p = this.#pending.get(m.seq);
      if (p === undefined) return;
      this.#pending.delete(m.seq);
      if (m.ok) p.resolve(m.result);
      else p.reject(new Error(m.error));
    });
    this.#child.once('exit', (code) => {
      for (const p of this.#pending.values()) p.reject(new Error(`client process exited (${code})`));
      this.#pending.clear();
    });
  }

  call<T>(cmd: Command): Promise<T> {
    const seq = ++this.#seq;
    return new Promise<T>((resolve, reject) => {
      this.#pending.set(seq, { resolve: resolve as (v: unknown) => void, reject });
      this.#child.send({ seq, cmd });
    });
  }

  async close(): Promise<void> {
    if (this.#child.exitCode !== null) return;
    const exited = new Promise((r) => this.#child.once('exit', r));
    this.call({ type: 'close' }).catch(() => {});
    const kill = setTimeout(() => this.#child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(kill);
  }
}
