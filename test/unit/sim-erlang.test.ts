import t from 'tap';
import { erlangA, erlangAClosedForm, erlangB, erlangC, erlangCAgents, erlangCFigures } from '../../src/sim/erlang.js';

t.test('erlang - B matches the published Erlang B table', async (t) => {
  // Offered traffic (erlangs) for a grade of service, as Erlang B tables print it
  // (the 1 %, 2 % and 5 % columns for 1, 5, 10, 20 and 50 circuits).
  const table: [servers: number, erlangs: number, blocking: number][] = [
    [1, 0.0101, 0.01],
    [5, 1.361, 0.01],
    [5, 1.657, 0.02],
    [5, 2.219, 0.05],
    [10, 4.461, 0.01],
    [10, 5.084, 0.02],
    [10, 6.216, 0.05],
    [20, 12.031, 0.01],
    [20, 13.182, 0.02],
    [20, 15.249, 0.05],
    [50, 37.901, 0.01],
    [50, 40.255, 0.02],
  ];
  for (const [c, a, b] of table) {
    // The table's traffic is rounded to 3-4 digits: the blocking it gives is within 0.5 % of the column's.
    t.ok(Math.abs(erlangB(c, a) / b - 1) < 0.005, `B(${c}, ${a}) = ${erlangB(c, a).toFixed(5)} ~ ${b}`);
  }
});

t.test('erlang - C in closed form on small cases', async (t) => {
  // M/M/2 with a = 1: P0 = 1/3, P(wait) = 1/3; M/M/3 with a = 2: 4/9 (Cooper, §3.4).
  t.ok(Math.abs(erlangC(2, 1) - 1 / 3) < 1e-12);
  t.ok(Math.abs(erlangC(3, 2) - 4 / 9) < 1e-12);
  // M/M/1: P(wait) = rho, ASA = rho / (mu - lambda).
  const one = erlangCFigures(1, 0.5 / 100, 100, 20);
  t.ok(Math.abs(one.pWait - 0.5) < 1e-12);
  t.ok(Math.abs(one.asa - 100) < 1e-9);
  t.ok(Math.abs(one.serviceLevel! - (1 - 0.5 * Math.exp(-(0.01 - 0.005) * 20))) < 1e-12);
  t.equal(erlangC(5, 5), 1, 'a >= c: everyone waits');
  t.equal(erlangCFigures(5, 6 / 100, 100).asa, Infinity);
});

t.test('erlang - C staffing is the fewest agents meeting the target', async (t) => {
  // The usual worked example (Call Centre Helper, "Erlang C formula - made simple"): 100 calls
  // in 30 min, 180 s each (10 erlangs), 80 % within 20 s: 14 agents (P(wait) 17.4 %, SL 88.8 %);
  // 13 fall just short (79.6 %).
  const rate = 100 / 1800;
  const c = erlangCAgents(rate, 180, 20, 0.8);
  t.equal(c, 14);
  const at14 = erlangCFigures(14, rate, 180, 20);
  t.ok(Math.abs(at14.pWait - 0.1741) < 5e-4, `P(wait) ${at14.pWait}`);
  t.ok(Math.abs(at14.serviceLevel! - 0.8884) < 5e-4, `SL ${at14.serviceLevel}`);
  t.ok(Math.abs(erlangCFigures(13, rate, 180, 20).serviceLevel! - 0.7956) < 5e-4);
  t.equal(erlangCAgents(0, 180, 20, 0.8), 0);
});

t.test('erlang - A: birth-death sum and Mandelbaum-Zeltyn closed form agree', async (t) => {
  for (const [c, rate, aht, patience] of [
    [20, 17 / 180, 180, 180],
    [10, 10 / 240, 240, 120],
    [50, 0.3, 180, 60],
    [3, 0.05, 100, 400],
  ] as const) {
    const a = erlangA(c, rate, aht, patience);
    const b = erlangAClosedForm(c, rate, aht, patience);
    t.ok(Math.abs(a.pWait / b.pWait - 1) < 1e-9, `P(W>0) c=${c}`);
    t.ok(Math.abs(a.pAbandon / b.pAbandon - 1) < 1e-9, `P(Ab) c=${c}`);
  }
});

t.test('erlang - A at its limits: no abandons is Erlang C, patience = handle time is M/M/infinity', async (t) => {
  const c = 5;
  const rate = 4 / 100;
  const slow = erlangA(c, rate, 100, 1e12);
  t.ok(Math.abs(slow.pWait / erlangC(c, 4) - 1) < 1e-6, 'theta -> 0: Erlang C');
  t.ok(Math.abs(slow.meanWait / erlangCFigures(c, rate, 100).asa - 1) < 1e-6);
  // theta = mu: every customer in the system leaves at rate mu, N is Poisson(a): P(W>0) = P(N >= c).
  const same = erlangA(c, rate, 100, 100);
  let below = 0;
  let term = Math.exp(-4);
  for (let k = 0; k < c; k++) {
    below += term;
    term *= 4 / (k + 1);
  }
  t.ok(Math.abs(same.pWait - (1 - below)) < 1e-12);
  // P(Ab) = theta E[W] (Mandelbaum and Zeltyn, §4.6).
  t.ok(Math.abs(same.pAbandon - same.meanWait / 100) < 1e-12);
});
