/**
 * Time-decayed sums, the memory of the wait estimate's rates: each sample
 * weighs e^(-age / tau), so a contact center whose handle times or patience
 * change over the day is followed within about `tau`, and a quiet queue
 * keeps what it learnt (nothing decays between samples but the weights'
 * ratio, which a mean does not see).
 */

/** A sum whose terms decay with time constant `tauMs`. */
export class DecayedSum {
  #value: number;
  #at: number;
  readonly #tauMs: number;

  constructor(tauMs: number, initial = 0, at = 0) {
    this.#tauMs = tauMs;
    this.#value = initial;
    this.#at = at;
  }

  #decayTo(at: number): void {
    if (at > this.#at) {
      this.#value *= Math.exp((this.#at - at) / this.#tauMs);
      this.#at = at;
    }
  }

  add(x: number, at: number): void {
    this.#decayTo(at);
    this.#value += x;
  }

  valueAt(at: number): number {
    this.#decayTo(at);
    return this.#value;
  }
}

/**
 * A mean of samples weighted by recency, warmed by a prior: it starts as
 * `priorWeight` samples of `prior`, which decay like the others, so the
 * configured default counts until real samples outweigh it and then fades.
 */
export class DecayedMean {
  readonly #sum: DecayedSum;
  readonly #weight: DecayedSum;

  constructor(tauMs: number, prior: number, priorWeight: number, at: number) {
    this.#sum = new DecayedSum(tauMs, prior * priorWeight, at);
    this.#weight = new DecayedSum(tauMs, priorWeight, at);
  }

  add(x: number, at: number): void {
    this.#sum.add(x, at);
    this.#weight.add(1, at);
  }

  /** The mean (the ratio does not depend on when it is read). */
  get value(): number {
    const w = this.#weight.valueAt(0);
    return w > 0 ? this.#sum.valueAt(0) / w : NaN;
  }
}

/**
 * Events per second, from a decayed count: a stationary stream of rate r
 * builds a decayed count of r x tau (1 - e^(-T/tau)) after T, so dividing
 * by that window is unbiased from the first event on.
 */
export class DecayedRate {
  readonly #count: DecayedSum;
  readonly #since: number;
  readonly #tauMs: number;

  constructor(tauMs: number, since: number) {
    this.#count = new DecayedSum(tauMs, 0, since);
    this.#since = since;
    this.#tauMs = tauMs;
  }

  add(at: number): void {
    this.#count.add(1, at);
  }

  /** Per second, as of `at`. */
  perSecond(at: number): number {
    const span = Math.max(at - this.#since, 1000);
    const window = this.#tauMs * (1 - Math.exp(-span / this.#tauMs));
    return this.#count.valueAt(at) / (window / 1000);
  }
}
