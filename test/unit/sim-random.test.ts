import t from 'tap';
import { PoissonArrivals } from '../../src/sim/arrivals.js';
import { empirical, exponential, lognormal, uniform } from '../../src/sim/distributions.js';
import { Random, replicationSeed } from '../../src/sim/random.js';

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((s, x) => s + (x - m) ** 2, 0) / (xs.length - 1));
};

t.test('sim random - the same seed gives the same stream, forks are independent of position', async (t) => {
  const a = new Random(42);
  const b = new Random(42);
  const xs = Array.from({ length: 100 }, () => a.next());
  t.same(
    Array.from({ length: 100 }, () => b.next()),
    xs,
  );
  t.not(new Random(43).next(), new Random(42).next());
  t.ok(xs.every((x) => x >= 0 && x < 1));
  // A fork depends on the seed and the label, not on how much was drawn before.
  const c = new Random(42);
  c.next();
  t.equal(c.fork('arrivals').next(), new Random(42).fork('arrivals').next());
  t.not(new Random(42).fork('arrivals').next(), new Random(42).fork('handle').next());
  t.not(replicationSeed(1, 0), replicationSeed(1, 1));
  t.equal(replicationSeed(7, 3), replicationSeed(7, 3));
});

t.test('sim random - uniforms look uniform', async (t) => {
  const r = new Random(1);
  const bins = new Array<number>(10).fill(0);
  const n = 100_000;
  for (let i = 0; i < n; i++) bins[Math.floor(r.next() * 10)]!++;
  // Chi-square with 9 degrees of freedom: 27.9 is its 0.999 quantile.
  const chi = bins.reduce((s, b) => s + (b - n / 10) ** 2 / (n / 10), 0);
  t.ok(chi < 27.9, `chi-square ${chi.toFixed(1)}`);
});

t.test('sim distributions - means and spreads', async (t) => {
  const r = new Random(9);
  const n = 200_000;
  const ex = Array.from({ length: n }, () => exponential(120).sample(r));
  t.ok(Math.abs(mean(ex) / 120 - 1) < 0.01, `exponential mean ${mean(ex)}`);
  t.ok(Math.abs(sd(ex) / 120 - 1) < 0.02, 'exponential sd = mean');
  const ln = Array.from({ length: n }, () => lognormal(300, 200).sample(r));
  t.ok(Math.abs(mean(ln) / 300 - 1) < 0.01, `lognormal mean ${mean(ln)}`);
  t.ok(Math.abs(sd(ln) / 200 - 1) < 0.04, `lognormal sd ${sd(ln)}`);
  const un = Array.from({ length: n }, () => uniform(10, 20).sample(r));
  t.ok(un.every((x) => x >= 10 && x < 20));
  const em = empirical([5, 10, 30]);
  t.equal(em.mean, 15);
  const drawn = new Set(Array.from({ length: 1000 }, () => em.sample(r)));
  t.same(
    [...drawn].sort((a, b) => a - b),
    [5, 10, 30],
  );
});

t.test('sim arrivals - a non-homogeneous Poisson day keeps each interval volume', async (t) => {
  const day = { startMs: 8 * 3_600_000, endMs: 10 * 3_600_000, intervalMs: 1_800_000, warmupMs: 0 };
  const volumes = [100, 0, 400, 50];
  const counts = [0, 0, 0, 0];
  const days = 200;
  let ordered = true;
  for (let d = 0; d < days; d++) {
    const arr = new PoissonArrivals(volumes, day, new Random(d));
    let last = -Infinity;
    for (let x = arr.next(); x !== Infinity; x = arr.next()) {
      if (x < last || x < day.startMs || x >= day.endMs) ordered = false;
      last = x;
      counts[Math.floor((x - day.startMs) / day.intervalMs)]!++;
    }
  }
  t.ok(ordered, 'arrivals come in order, within the day');
  t.equal(counts[1], 0, 'no arrival in an interval of volume 0');
  for (const k of [0, 2, 3]) {
    const expected = volumes[k]! * days;
    // Poisson: sd = sqrt(expected); 4 sd.
    t.ok(Math.abs(counts[k]! - expected) < 4 * Math.sqrt(expected), `interval ${k}: ${counts[k]} vs ${expected}`);
  }
});
