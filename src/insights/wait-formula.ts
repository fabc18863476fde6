/**
 * The queueing formulas behind the estimated wait (see wait-estimate.ts):
 * pure functions of rates, no state.
 *
 * A contact with `n` contacts ahead of it, `s` slots serving them at a rate
 * `mu` each and impatient contacts ahead leaving at a rate `theta` each,
 * moves up one place at the rate `s mu + i theta` while `i` are ahead: it
 * reaches an agent after a sum of independent exponential stages, so
 *
 *   E[W]   = sum_{i=0..n} 1 / (s mu + i theta)
 *   Var[W] = sum_{i=0..n} 1 / (s mu + i theta)^2
 *
 * (Whitt 1999, "Predicting queueing delays", for M/M/s+M; with theta = 0 it
 * is Erlang(n + 1, s mu), whose mean is the best any predictor can announce
 * knowing n). The sums are taken in closed form with the digamma and
 * trigamma functions, so a contact with 100,000 ahead costs what one with 3
 * does, and `n` may be fractional (contacts expected to overtake).
 */

/** Digamma psi(x) for x > 0: recurrence up to 10, then the asymptotic series (error < 1e-13). */
export function digamma(x: number): number {
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  return acc + Math.log(x) - 0.5 / x - f * (1 / 12 - f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f / 132))));
}

/** Trigamma psi'(x) for x > 0 (error < 1e-12). */
export function trigamma(x: number): number {
  let acc = 0;
  while (x < 10) {
    acc += 1 / (x * x);
    x += 1;
  }
  const f = 1 / (x * x);
  return acc + 1 / x + f / 2 + (f / x) * (1 / 6 - f * (1 / 30 - f * (1 / 42 - f / 30)));
}

/**
 * sum_{i=0..n} 1 / (rate + i theta) and sum_{i=0..n} 1 / (rate + i theta)^2
 * for a real n >= 0 (the continuous extension through digamma and trigamma).
 */
export function stageSums(n: number, rate: number, theta: number): { readonly mean: number; readonly variance: number } {
  if (!(rate > 0)) return { mean: Infinity, variance: Infinity };
  const k = Math.max(0, n) + 1;
  // theta negligible against the rate over the whole line: the plain Erlang sums (digamma differences would lose digits).
  if (!(theta > 0) || theta * k < 1e-9 * rate) return { mean: k / rate, variance: k / (rate * rate) };
  const x = rate / theta;
  return {
    mean: (digamma(x + k) - digamma(x)) / theta,
    variance: (trigamma(x) - trigamma(x + k)) / (theta * theta),
  };
}

/** A later arrival that would take a place ahead: `rate` per second, ahead if it comes within `windowSeconds` (Infinity: a higher priority). */
export interface Overtaker {
  readonly rate: number;
  readonly windowSeconds: number;
}

export interface WaitModel {
  /** Contacts ahead now (may be fractional: shares of shared queues). */
  readonly ahead: number;
  /** Slots that serve them, times each slot's service rate: places freed per second. */
  readonly serviceRate: number;
  /** Abandon rate of each contact ahead, per second (1 / mean patience). */
  readonly abandonRate: number;
  /** Arrivals that will overtake. */
  readonly overtakers: readonly Overtaker[];
}

export interface WaitPrediction {
  /** Expected seconds until an agent is free for this contact. */
  readonly mean: number;
  readonly variance: number;
  /** Contacts ahead, counting the expected overtakers. */
  readonly ahead: number;
}

/**
 * Expected wait with overtakers: an overtaker with a window w arrives ahead
 * while the contact still waits and within w, so the expected number is
 * rate x E[min(W, w)]. That lengthens W, so it is solved as a fixed point
 * (a few rounds; it contracts while the overtakers' rate stays below the
 * service rate). E[min(W, w)] = integral_0^w P(W > t) dt is taken on the
 * gamma with W's mean and variance. The count of overtakers is Poisson: its
 * variance adds to W's.
 */
export function predictWait(m: WaitModel): WaitPrediction {
  // Overtakers at any time (a higher priority) take their share of the service for the whole wait:
  // W = (n + 1 + lambda W) / (s mu) gives W = (n + 1) / (s mu - lambda), a service rate reduced by theirs
  // (floored, so that a line they would starve still has a finite estimate).
  let hp = 0;
  for (const o of m.overtakers) if (o.windowSeconds === Infinity) hp += o.rate;
  const rate = hp > 0 ? Math.max(m.serviceRate - hp, 0.05 * m.serviceRate) : m.serviceRate;
  let { mean, variance } = stageSums(m.ahead, rate, m.abandonRate);
  const windowed = m.overtakers.filter((o) => o.windowSeconds !== Infinity);
  if (windowed.length === 0 || !Number.isFinite(mean)) return { mean, variance, ahead: m.ahead + hp * mean };
  let extra = 0;
  for (let round = 0; round < 12; round++) {
    let next = 0;
    for (const o of windowed) next += o.rate * expectedMin(mean, variance, o.windowSeconds);
    const s = stageSums(m.ahead + next, rate, m.abandonRate);
    const converged = Math.abs(next - extra) < 1e-3 * (m.ahead + 1);
    extra = next;
    mean = s.mean;
    // Poisson overtakers: each adds about one stage's mean, with the count's variance.
    const stage = 1 / (rate + (m.ahead + next) * m.abandonRate);
    variance = s.variance + next * stage * stage;
    if (converged) break;
  }
  return { mean, variance, ahead: m.ahead + extra + hp * mean };
}

/**
 * E[min(W, w)] for W gamma-distributed with this mean and variance (shape
 * k, scale b), in closed form: E[W; W <= w] + w P(W > w), and
 * E[W; W <= w] = k b P(k + 1, w / b) with P the regularized lower incomplete
 * gamma. Far from the bulk of W one of the two terms is all there is.
 */
export function expectedMin(mean: number, variance: number, w: number): number {
  if (!(mean > 0) || !(w > 0)) return 0;
  const sd = Math.sqrt(Math.max(variance, 0));
  if (w >= mean + 8 * sd + 1e-9 * mean) return mean;
  if (w <= mean - 8 * sd) return w;
  const shape = (mean * mean) / Math.max(variance, 1e-12);
  const scale = mean / shape;
  return Math.min(mean, mean * gammaCdf(w, shape + 1, scale) + w * (1 - gammaCdf(w, shape, scale)));
}

/** The p-quantile (0 < p < 1) of a gamma with this mean and variance, by Wilson and Hilferty's cube-root normal approximation. */
export function gammaQuantile(p: number, mean: number, variance: number): number {
  if (!(mean > 0)) return 0;
  if (!Number.isFinite(mean)) return Infinity;
  const shape = (mean * mean) / Math.max(variance, 1e-12);
  const z = normalQuantile(p);
  const c = 1 / (9 * shape);
  const cube = 1 - c + z * Math.sqrt(c);
  // Far in the lower tail of a very skewed gamma the approximation turns negative: no wait is shorter than 0.
  return cube <= 0 ? 0 : mean * cube * cube * cube;
}

/** Gamma CDF by the series of the lower regularized incomplete gamma (and the continued fraction above shape + 1). */
export function gammaCdf(x: number, shape: number, scale: number): number {
  if (x <= 0) return 0;
  const t = x / scale;
  const lnPre = -t + shape * Math.log(t) - lnGamma(shape);
  if (t < shape + 1) {
    let term = 1 / shape;
    let sum = term;
    for (let k = 1; k < 500; k++) {
      term *= t / (shape + k);
      sum += term;
      if (term < sum * 1e-12) break;
    }
    return Math.min(1, sum * Math.exp(lnPre));
  }
  // Lentz's continued fraction for the upper tail.
  let b = t + 1 - shape;
  let c = 1e300;
  let d = 1 / b;
  let f = d;
  for (let k = 1; k < 500; k++) {
    const a = -k * (k - shape);
    b += 2;
    d = a * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + a / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-12) break;
  }
  return Math.max(0, 1 - Math.exp(lnPre) * f);
}

/** ln Gamma(x) for x > 0 (Lanczos, g = 7). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  const g = 7;
  const coef = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059, 12.507343278686905, -0.13857109526572012,
    9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  x -= 1;
  let a = coef[0]!;
  const t = x + g + 0.5;
  for (let i = 1; i < coef.length; i++) a += coef[i]! / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** The standard normal's p-quantile (Acklam's rational approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716, 2.506628277459239];
  const b = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
  const c = [-0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1)
  );
}

/** Places that open at a known time (seconds from now): a wrap-up's time box ending. */
export interface Opening {
  readonly at: number;
  readonly places: number;
}

/**
 * The wait for `places` places when, besides the places opening at random
 * (the time to the last of them has this `mean` and `variance`, taken as a
 * gamma, and the time to m of them as m / places of it), some open at known
 * instants: W > t while the random ones by t and the known ones by t are
 * fewer than `places`, so E[W] is the sum over the intervals between known
 * openings of the integral of P(X_m > t), X_m the time to the m places
 * still missing there: E[min(X_m, b)] - E[min(X_m, a)]. The variance is
 * scaled with the mean.
 */
export function withKnownOpenings(places: number, mean: number, variance: number, known: readonly Opening[]): { mean: number; variance: number } {
  if (known.length === 0 || !(mean > 0)) return { mean, variance };
  const sorted = [...known].sort((x, y) => x.at - y.at);
  if (!Number.isFinite(mean)) {
    // Nothing opens at random: the known opening that completes the places.
    let open = 0;
    for (const o of sorted) if ((open += o.places) >= places) return { mean: o.at, variance: 0 };
    return { mean, variance };
  }
  let total = 0;
  let from = 0;
  let open = 0;
  for (const o of sorted) {
    const m = places - open;
    if (m <= 0) break;
    const mm = (mean * m) / places;
    const vm = (variance * m) / places;
    total += expectedMin(mm, vm, o.at) - expectedMin(mm, vm, from);
    from = o.at;
    open += o.places;
  }
  const m = places - open;
  if (m > 0) {
    const mm = (mean * m) / places;
    total += mm - expectedMin(mm, (variance * m) / places, from);
  }
  return { mean: total, variance: variance * (total / mean) ** 2 };
}

/**
 * The wait for `places` places (an integer) opened by two independent
 * Poisson streams: `rate` a second opening one place each, and `events` a
 * second opening `perEvent` places each but the first `before` of them none
 * (the places go elsewhere). W > t while i + perEvent x max(0, j - before)
 * < places, i and j the two streams' counts by t; integrating
 * e^{-(p+f)t} (pt)^i (ft)^j / (i! j!) over t gives C(i+j, i) p^i f^j /
 * (p+f)^{i+j+1}, so E[W] and E[W^2] are finite double sums. Returns the
 * mean and the second moment.
 */
export function twoStreamWait(places: number, rate: number, events: number, perEvent: number, before: number): { mean: number; second: number } {
  const p = rate > 0 ? rate : 0;
  const f = events > 0 && perEvent > 0 ? events : 0;
  if (p === 0 && f === 0) return { mean: Infinity, second: Infinity };
  const b = f > 0 ? before + Math.ceil(places / perEvent) : 1;
  const r = p + f;
  const x = p / r;
  const y = f / r;
  let mean = 0;
  let second = 0;
  // row[j] = C(i+j, i) x^i y^j, row by row in i (Pascal: T(i, j) = x T(i-1, j) + y T(i, j-1)).
  const row = new Array<number>(b);
  row[0] = 1;
  for (let j = 1; j < b; j++) row[j] = row[j - 1]! * y;
  for (let i = 0; i < places; i++) {
    if (i > 0) {
      row[0] = row[0]! * x;
      for (let j = 1; j < b; j++) row[j] = row[j - 1]! * y + row[j]! * x;
    }
    for (let j = 0; j < b; j++) {
      if (i + perEvent * Math.max(0, j - before) >= places) break;
      mean += row[j]!;
      second += row[j]! * (i + j + 1);
    }
  }
  return { mean: mean / r, second: (2 * second) / (r * r) };
}

/** Beyond this many stages the two streams are taken in the fluid limit (the sums cost places x events terms). */
const STREAM_TERMS = 60;

/**
 * `twoStreamWait` for a real number of places (interpolated between the
 * integers around it; under one place, that share of the first), with its
 * variance; in the fluid limit past `STREAM_TERMS` stages.
 */
export function raceWait(places: number, rate: number, events: number, perEvent: number, before: number): { mean: number; variance: number } {
  const k = Math.max(places, 1e-9);
  const one = (a: number): { mean: number; second: number } => {
    const b = before + Math.ceil(a / Math.max(perEvent, 1));
    if (a > STREAM_TERMS || b > STREAM_TERMS) {
      // Fluid: places(t) = rate t + perEvent (events t - before)+ reaches a.
      const p = Math.max(rate, 0);
      const fm = Math.max(events, 0) * perEvent;
      const alone = p > 0 ? a / p : Infinity;
      const both = p + fm > 0 ? (a + perEvent * before) / (p + fm) : Infinity;
      const m = p > 0 && alone <= before / Math.max(events, 1e-300) ? alone : both;
      return { mean: m, second: m * m };
    }
    return twoStreamWait(a, rate, events, perEvent, before);
  };
  const lo = Math.max(1, Math.floor(k));
  const hi = Math.max(1, Math.ceil(k));
  const A = one(lo);
  const B = hi === lo ? A : one(hi);
  const w = hi === lo ? 0 : k - lo;
  const scale = k < 1 ? k : 1;
  const mean = scale * ((1 - w) * A.mean + w * B.mean);
  const second = scale * scale * ((1 - w) * A.second + w * B.second);
  return { mean, variance: Math.max(0, second - mean * mean) };
}
