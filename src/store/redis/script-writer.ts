/**
 * The Redis store's fenced script calls that write: each one bounded in
 * time (past `writeTimeoutMs` it fails and its connection is reset, so that
 * a late reply cannot settle anything and the store decides by verify and
 * rebase), then, when asked, acknowledged by `count` replicas (`WAIT`).
 */
import type { Redis } from 'ioredis';
import { StoreError } from '../store-error.js';
import { evalScript, type LuaScript } from './scripts.js';

export interface ScriptWriterOptions {
  /** The KEYS of every script. */
  readonly keys: readonly string[];
  /** Covers the script and the `WAIT` after it. */
  readonly writeTimeoutMs: number;
  readonly replicas: { readonly count: number; readonly timeoutMs: number } | null;
  /** The store's address without credentials, for the errors. */
  readonly where: string;
}

/** A write in flight: failed by the watchdog once past its deadline. */
interface Bound {
  readonly deadline: number;
  readonly what: string;
  readonly conn: Redis;
  reject: ((e: Error) => void) | null;
}

export class ScriptWriter {
  readonly #o: ScriptWriterOptions;
  /** Writes in flight and their deadlines (see `#watch`). */
  readonly #bounds = new Set<Bound>();
  #watchdog: NodeJS.Timeout | null = null;

  constructor(options: ScriptWriterOptions) {
    this.#o = options;
  }

  /** One script call, unbounded (reads, lease calls). */
  eval(conn: Redis, s: LuaScript, args: string[]): Promise<unknown> {
    return evalScript(conn, s, this.#o.keys, args);
  }

  /** One fenced script call, bounded in time, then the replicas' acknowledgement if asked. */
  async write(conn: Redis, s: LuaScript, args: string[], what: string): Promise<unknown> {
    const bound: Bound = { deadline: performance.now() + this.#o.writeTimeoutMs, what, conn, reject: null };
    this.#bounds.add(bound);
    this.#watch();
    const timeout = new Promise<never>((_, reject) => {
      bound.reject = reject;
    });
    try {
      const result = await Promise.race([this.eval(conn, s, args), timeout]);
      if (this.#o.replicas !== null) {
        const { count, timeoutMs } = this.#o.replicas;
        const acked = Number(await Promise.race([conn.wait(count, timeoutMs), timeout]));
        if (acked < count) {
          throw new StoreError('resync-needed', `only ${acked} of ${count} Redis replica(s) acknowledged ${what} within ${timeoutMs} ms; not acknowledged`);
        }
      }
      return result;
    } finally {
      this.#bounds.delete(bound);
    }
  }

  /** No more deadlines watched (the store is closed). */
  stop(): void {
    if (this.#watchdog !== null) clearInterval(this.#watchdog);
    this.#watchdog = null;
  }

  /**
   * Fails the writes past their deadline. One timer for all of them, armed
   * while any is in flight (a timer per script call cost 0.5 % of the CPU
   * under load, in inserting and removing it).
   */
  #watch(): void {
    if (this.#watchdog !== null) return;
    const { writeTimeoutMs, where } = this.#o;
    const tick = Math.max(10, Math.min(100, writeTimeoutMs / 10));
    this.#watchdog = setInterval(() => {
      const now = performance.now();
      for (const b of this.#bounds) {
        if (b.deadline > now) continue;
        this.#bounds.delete(b);
        b.reject?.(new StoreError('disconnected', `Redis at ${where} did not acknowledge ${b.what} within ${writeTimeoutMs} ms; not acknowledged`));
        // The reply may still come: reset the connection so that the outcome is settled by verify/rebase.
        b.conn.disconnect(true);
      }
      if (this.#bounds.size === 0 && this.#watchdog !== null) {
        clearInterval(this.#watchdog);
        this.#watchdog = null;
      }
    }, tick);
    this.#watchdog.unref();
  }
}
