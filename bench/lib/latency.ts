/** Latency recording with an HDR histogram (values in nanoseconds). */
import hdr from 'hdr-histogram-js';

export class Latency {
  readonly #h = hdr.build({ lowestDiscernibleValue: 1, highestTrackableValue: 60e9, numberOfSignificantValueDigits: 3 });
  #count = 0;
  #totalNs = 0;

  record(ns: number): void {
    this.#h.recordValue(Math.max(1, Math.round(ns)));
    this.#count++;
    this.#totalNs += ns;
  }

  get count(): number {
    return this.#count;
  }

  /** Percentile in microseconds. */
  us(p: number): number {
    return this.#h.getValueAtPercentile(p) / 1000;
  }

  get meanUs(): number {
    return this.#count === 0 ? 0 : this.#totalNs / this.#count / 1000;
  }

  get maxUs(): number {
    return this.#h.maxValue / 1000;
  }
}

export const round = (n: number, digits = 2): number => Number(n.toFixed(digits));

/** The q-quantile of a few plain values (nearest rank: always one of them); NaN for none. */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))] as number;
}
