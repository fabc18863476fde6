/**
 * The statistics of the figures: a fixed-memory histogram of waits for
 * percentiles, and means with 95 % confidence intervals over replications
 * (Student's t, since a run has few replications).
 */

/**
 * Waits in seconds, counted in bins of 0.1 s up to 1 minute, 1 s up to
 * 1 hour and 10 s up to 1 day (the last bin takes the rest): about 4,500
 * counters whatever the number of contacts, percentiles exact to the bin.
 */
export class WaitHistogram {
  static readonly #FINE = 600; // 0.1 s bins below 60 s
  static readonly #MID = 3540; // 1 s bins from 60 s to 3600 s
  static readonly #COARSE = 8280; // 10 s bins from 1 h to 24 h
  readonly #counts = new Float64Array(WaitHistogram.#FINE + WaitHistogram.#MID + WaitHistogram.#COARSE + 1);
  #n = 0;

  add(seconds: number): void {
    this.#counts[WaitHistogram.#bin(seconds)]!++;
    this.#n++;
  }

  get count(): number {
    return this.#n;
  }

  static #bin(s: number): number {
    if (s < 60) return Math.max(0, Math.floor(s * 10));
    if (s < 3600) return WaitHistogram.#FINE + Math.floor(s - 60);
    if (s < 86_400) return WaitHistogram.#FINE + WaitHistogram.#MID + Math.floor((s - 3600) / 10);
    return WaitHistogram.#FINE + WaitHistogram.#MID + WaitHistogram.#COARSE;
  }

  static #lower(b: number): [number, number] {
    if (b < WaitHistogram.#FINE) return [b / 10, 0.1];
    b -= WaitHistogram.#FINE;
    if (b < WaitHistogram.#MID) return [60 + b, 1];
    b -= WaitHistogram.#MID;
    if (b < WaitHistogram.#COARSE) return [3600 + b * 10, 10];
    return [86_400, 0];
  }

  /** The q-quantile (0..1), linear within its bin; null when empty. */
  quantile(q: number): number | null {
    if (this.#n === 0) return null;
    const target = q * this.#n;
    let acc = 0;
    const counts = this.#counts;
    for (let b = 0; b < counts.length; b++) {
      const c = counts[b]!;
      if (c === 0) continue;
      if (acc + c >= target) {
        const [lo, width] = WaitHistogram.#lower(b);
        return lo + (width * (target - acc)) / c;
      }
      acc += c;
    }
    return WaitHistogram.#lower(counts.length - 1)[0];
  }
}

/** Two-sided 97.5 % quantiles of Student's t for 1..30 degrees of freedom. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069,
  2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The 0.975 quantile of Student's t with `df` degrees of freedom (a table to 30, then the Cornish-Fisher expansion). */
export function t975(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T975[Math.floor(df) - 1]!;
  const z = 1.959963984540054;
  const z3 = z ** 3;
  const z5 = z ** 5;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df * df);
}

/** A figure over replications: the mean and the half-width of its 95 % confidence interval (null with one replication). */
export interface Estimate {
  readonly mean: number;
  readonly ci95: number | null;
}

/** Mean and 95 % CI of the defined values; null when none is defined. */
export function estimate(values: readonly (number | null)[]): Estimate | null {
  const xs = values.filter((v): v is number => v !== null && Number.isFinite(v));
  if (xs.length === 0) return null;
  const n = xs.length;
  const mean = xs.reduce((s, x) => s + x, 0) / n;
  if (n < 2) return { mean, ci95: null };
  const variance = xs.reduce((s, x) => s + (x - mean) ** 2, 0) / (n - 1);
  return { mean, ci95: t975(n - 1) * Math.sqrt(variance / n) };
}
