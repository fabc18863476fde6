/**
 * Open-loop creation for `bench:chaos`: contacts at Poisson times, each
 * launched when due whether or not the earlier ones were acknowledged (a
 * failover makes them pile up, as it would on a real floor), each retried
 * by the {@link ContactSource} until acknowledged.
 */
import type { ContactSource } from '../../test/harness/cluster-workload.js';
import { Latency } from '../lib/latency.js';
import { sleep } from './bench-log.js';

export class Arrivals {
  readonly ackLatency = new Latency();
  /** How late (ms) the generator started creations behind their Poisson time, at worst. */
  maxLagMs = 0;
  maxInFlight = 0;
  launched = 0;
  readonly #inFlight = new Set<Promise<unknown>>();

  constructor(
    readonly source: ContactSource,
    readonly rate: number,
    readonly random: () => number,
    /** External ids are `<prefix>-1`, `<prefix>-2`, … */
    readonly prefix = 'call',
  ) {}

  /** Creates `<prefix>-1`, `<prefix>-2`, … at Poisson times until `endAt`. */
  async run(endAt: number): Promise<void> {
    let due = Date.now();
    let behind = 0;
    while (due < endAt) {
      const now = Date.now();
      if (due > now) {
        behind = 0;
        await sleep(Math.min(due - now, 20));
        continue;
      }
      // Far behind (a starved process): catch up, but let the rest of the process run between creations.
      if (++behind % 20 === 0) await new Promise((r) => setImmediate(r));
      this.maxLagMs = Math.max(this.maxLagMs, now - due);
      const intended = due;
      const p = this.source.create(`${this.prefix}-${++this.launched}`).then(() => this.ackLatency.record((Date.now() - intended) * 1e6));
      this.#inFlight.add(p);
      this.maxInFlight = Math.max(this.maxInFlight, this.#inFlight.size);
      void p.finally(() => this.#inFlight.delete(p));
      due += (-Math.log(1 - this.random()) / this.rate) * 1000;
    }
  }

  /** Waits for every creation launched to be acknowledged (or given up). */
  async settled(): Promise<void> {
    await Promise.all(this.#inFlight);
  }
}
