/**
 * (Shared by `bench:e2e` and its test, test/unit/metronome.test.ts.)
 *
 * Wakes the integration's event loop at a contact's intended send time to a
 * fraction of a millisecond, where `setTimeout` fires up to a millisecond
 * late (Node's timers count whole milliseconds of the loop's cached clock):
 * with `setTimeout`, the integration sent 0.6 ms late at p50 and 1.7-1.9 ms
 * at p99, half of the median offer latency (bench/RESULTS.md, session 7).
 * Latency is still counted from the intended time, so what the client's
 * own stalls cost stays in the figures; only the timer's rounding leaves.
 *
 * A worker thread sleeps in `Atomics.wait` until the time asked for (a
 * timed wait on a futex, ~0.1 ms of slack) and posts a message, which wakes
 * the event loop at once. One wake-up is asked for at a time: `wakeAt`
 * replaces the previous request.
 *
 * @example
 * const m = new Metronome(() => tick());
 * m.wakeAt(nowMs() + 2.4);
 * ...
 * m.close();
 */
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Monotonic milliseconds, the same clock (CLOCK_MONOTONIC) in every process of the machine. */
export const nowMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** Layout of the shared buffer: [0] request generation (Int32), [8..16) wake-up time in ms (Float64; NaN = stop). */
const GEN = 0;
const AT_OFFSET = 8;

export class Metronome {
  readonly #worker: Worker;
  readonly #gen: Int32Array;
  readonly #at: Float64Array;
  #closed: Promise<number> | undefined;

  constructor(onTick: () => void) {
    const shared = new SharedArrayBuffer(16);
    this.#gen = new Int32Array(shared, 0, 1);
    this.#at = new Float64Array(shared, AT_OFFSET, 1);
    this.#at[0] = Infinity;
    this.#worker = new Worker(new URL(import.meta.url), { workerData: { metronome: shared } });
    this.#worker.on('message', onTick);
  }

  /** Calls `onTick` once at `atMs` (on `nowMs()`'s clock), or at once if that has passed. */
  wakeAt(atMs: number): void {
    this.#at[0] = atMs;
    Atomics.add(this.#gen, GEN, 1);
    Atomics.notify(this.#gen, GEN);
  }

  /** Stops the worker (it returns from its wait and ends); settles with its exit code. */
  close(): Promise<number> {
    this.#closed ??= new Promise<number>((resolve) => this.#worker.once('exit', resolve));
    this.#at[0] = NaN;
    Atomics.add(this.#gen, GEN, 1);
    Atomics.notify(this.#gen, GEN);
    return this.#closed;
  }
}

/** The worker: waits for each requested time and posts once per request. */
function beat(shared: SharedArrayBuffer): void {
  const gen = new Int32Array(shared, 0, 1);
  const at = new Float64Array(shared, AT_OFFSET, 1);
  let fired = -1;
  for (;;) {
    const g = Atomics.load(gen, GEN);
    const due = at[0]!;
    if (Number.isNaN(due)) return;
    if (g === fired) {
      Atomics.wait(gen, GEN, g); // until the next request
      continue;
    }
    const wait = due - nowMs();
    if (wait > 0) {
      // Woken early by a new request, or at the time: either way look again.
      Atomics.wait(gen, GEN, g, wait === Infinity ? undefined : wait);
      continue;
    }
    fired = g;
    parentPort!.postMessage(0);
  }
}

if (!isMainThread && (workerData as { metronome?: SharedArrayBuffer } | null)?.metronome !== undefined) {
  beat((workerData as { metronome: SharedArrayBuffer }).metronome);
}
