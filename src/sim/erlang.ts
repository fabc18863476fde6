/**
 * Queueing formulas the simulator is checked against and staffs beside.
 *
 * Erlang B and C (A. K. Erlang, 1917; as in R. B. Cooper, "Introduction to
 * Queueing Theory", 2nd ed., 1981, §3.3 and §3.4): c agents, Poisson
 * arrivals at rate λ, exponential handle times of mean 1/μ, offered load
 * a = λ/μ erlangs. Erlang B by its stable recursion
 *   B(0, a) = 1,  B(k, a) = a B(k-1, a) / (k + a B(k-1, a)),
 * and Erlang C from it,
 *   C(c, a) = c B / (c - a (1 - B))                         (a < c),
 * the probability that an arrival waits (M/M/c). With it:
 *   ASA = C / (c μ - λ),   P(W <= t) = 1 - C e^{-(c μ - λ) t}.
 *
 * Erlang A (C. Palm, 1943; A. Mandelbaum and S. Zeltyn, "The Palm/Erlang-A
 * queue, with applications to call centers", 2007; O. Garnett,
 * A. Mandelbaum and M. Reiman, "Designing a call center with impatient
 * customers", MSOM 4(3), 2002): M/M/c+M, each waiting customer abandons at
 * rate θ (exponential patience of mean 1/θ). The number in system is a
 * birth-death process (birth λ, death min(n, c) μ + (n - c)^+ θ); its
 * stationary law gives, by PASTA and Little's law,
 *   P(W > 0) = P(N >= c),   E[W] = E[(N - c)^+] / λ,   P(Ab) = θ E[W].
 * `erlangA` sums the process; `erlangAClosedForm` computes the same from
 * Mandelbaum and Zeltyn's closed form with A(x, y) (an incomplete gamma
 * function), so each checks the other in the tests:
 *   x = c μ / θ, y = λ / θ,
 *   A(x, y) = x e^y y^{-x} γ(x, y) = 1 + Σ_{j>=1} y^j / Π_{k=1..j} (x + k),
 *   P(W > 0) = A B / (1 + (A - 1) B),   B = Erlang B(c, λ/μ),
 *   P(Ab | W > 0) = 1 / (ρ A) + 1 - 1 / ρ,   ρ = λ / (c μ).
 *
 * Rates are per second, times in seconds.
 */

/** Erlang B: the share of arrivals blocked with `c` servers and `a` erlangs offered (M/M/c/c). */
export function erlangB(c: number, a: number): number {
  let b = 1;
  for (let k = 1; k <= c; k++) b = (a * b) / (k + a * b);
  return b;
}

/** Erlang C: the probability that an arrival waits (M/M/c); 1 when a >= c (the queue grows without end). */
export function erlangC(c: number, a: number): number {
  if (a >= c) return 1;
  const b = erlangB(c, a);
  return (c * b) / (c - a * (1 - b));
}

export interface ErlangCFigures {
  /** P(W > 0). */
  readonly pWait: number;
  /** Mean wait of every arrival (seconds). */
  readonly asa: number;
  /** P(W <= threshold), when a threshold was given. */
  readonly serviceLevel: number | null;
  readonly occupancy: number;
}

/** M/M/c: `agents`, arrivals a second, mean handle time (s); optional service-level threshold (s). */
export function erlangCFigures(agents: number, arrivalRate: number, meanHandle: number, thresholdSeconds?: number): ErlangCFigures {
  const a = arrivalRate * meanHandle;
  const pWait = erlangC(agents, a);
  if (a >= agents) return { pWait: 1, asa: Infinity, serviceLevel: thresholdSeconds === undefined ? null : 0, occupancy: 1 };
  const drain = (agents - a) / meanHandle; // c μ - λ
  return {
    pWait,
    asa: pWait / drain,
    serviceLevel: thresholdSeconds === undefined ? null : 1 - pWait * Math.exp(-drain * thresholdSeconds),
    occupancy: a / agents,
  };
}

/** The fewest agents with P(W <= threshold) >= target under Erlang C (0 when nothing arrives). */
export function erlangCAgents(arrivalRate: number, meanHandle: number, thresholdSeconds: number, target: number): number {
  const a = arrivalRate * meanHandle;
  if (a <= 0) return 0;
  for (let c = Math.max(1, Math.floor(a)); ; c++) {
    const sl = erlangCFigures(c, arrivalRate, meanHandle, thresholdSeconds).serviceLevel!;
    if (sl >= target) return c;
  }
}

export interface ErlangAFigures {
  /** P(W > 0): an arrival finds every agent busy. */
  readonly pWait: number;
  /** P(Ab): the share of arrivals who hang up before being served. */
  readonly pAbandon: number;
  /** Mean time in queue of every arrival, served or not (seconds). */
  readonly meanWait: number;
}

/** M/M/c+M by its birth-death process: `agents`, arrivals a second, mean handle and mean patience (s). */
export function erlangA(agents: number, arrivalRate: number, meanHandle: number, meanPatience: number): ErlangAFigures {
  const lambda = arrivalRate;
  const mu = 1 / meanHandle;
  const theta = 1 / meanPatience;
  const c = agents;
  // Unnormalised probabilities relative to P(N = 0) = 1, kept scaled to avoid overflow.
  let p = 1;
  let below = 1; // Σ_{n<c} p_n
  for (let n = 1; n < c; n++) {
    p *= lambda / (n * mu);
    below += p;
  }
  if (c > 0)
    p *= lambda / (c * mu); // p_c
  else p = 1;
  let atOrAbove = 0;
  let queueSum = 0; // Σ (n - c) p_n
  for (let j = 0; ; j++) {
    atOrAbove += p;
    queueSum += j * p;
    const ratio = lambda / (c * mu + (j + 1) * theta);
    const next = p * ratio;
    // Terms shrink once the ratio is below 1; stop when they no longer count.
    if (ratio < 1 && next < 1e-17 * atOrAbove) break;
    p = next;
    if (j > 10_000_000) throw new RangeError('erlangA: the sum does not converge (patience too long for this load)');
  }
  const total = below + atOrAbove;
  const meanQueue = queueSum / total;
  const meanWait = meanQueue / lambda;
  return { pWait: atOrAbove / total, pAbandon: theta * meanWait, meanWait };
}

/** M/M/c+M by Mandelbaum and Zeltyn's closed form (see the file's comment); the same figures as `erlangA`. */
export function erlangAClosedForm(agents: number, arrivalRate: number, meanHandle: number, meanPatience: number): Omit<ErlangAFigures, 'meanWait'> {
  const lambda = arrivalRate;
  const mu = 1 / meanHandle;
  const theta = 1 / meanPatience;
  const x = (agents * mu) / theta;
  const y = lambda / theta;
  let A = 1;
  let term = 1;
  for (let j = 1; ; j++) {
    term *= y / (x + j);
    A += term;
    if (term < 1e-17 * A && y < x + j) break;
    if (j > 10_000_000) throw new RangeError('erlangAClosedForm: the sum does not converge (patience too long for this load)');
  }
  const B = erlangB(agents, lambda / mu);
  const pWait = (A * B) / (1 + (A - 1) * B);
  const rho = lambda / (agents * mu);
  const abandonIfWait = 1 / (rho * A) + 1 - 1 / rho;
  return { pWait, pAbandon: pWait * abandonIfWait };
}
