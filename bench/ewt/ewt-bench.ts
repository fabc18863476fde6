/**
 * Accuracy of the estimated wait time (EWT) announced on enqueue.
 *
 * A discrete-event simulation drives the real `Router` on a manual clock:
 * one voice queue, N agents (1 slot each), Poisson arrivals at a given load
 * (offered traffic / staffed slots), exponential handle times, no
 * abandonment, offers auto-accepted. Each contact's estimate is what the
 * gateway's `WaitEstimator` announces when it is created (the position in
 * its queue and EWT = position x AHT / staffed slots); its real wait is
 * creation -> offer. Reported: mean absolute error (MAE) and mean signed
 * error over every contact after a warm-up, and over those that queued.
 *
 * Run: `npm run bench:ewt` (appends nothing; copy the table into RESULTS.md).
 */
import { Router } from '../../src/core/router.js';
import { WaitEstimator } from '../../src/insights/wait-estimator.js';

/** Small deterministic PRNG (mulberry32), so that runs are repeatable. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const exp = (r: () => number, mean: number): number => -Math.log(1 - r()) * mean;

interface Run {
  readonly load: number;
  readonly agents: number;
  readonly contacts: number;
  readonly mae: number;
  readonly bias: number;
  readonly maeQueued: number;
  readonly queued: number;
  readonly meanWait: number;
}

function simulate(load: number, agents: number, ahtSec: number, contacts: number, weight: number, seed: number): Run {
  const r = rng(seed);
  let now = 0;
  const clock = { now: () => now };
  const router = new Router({ queues: [{ id: 'q', channels: ['voice'], autoAccept: true, wrapUpSeconds: 0, offerTimeoutSeconds: 600 }] }, clock);
  const est = new WaitEstimator(ahtSec, weight);
  const completions: { at: number; id: string }[] = [];
  const created = new Map<string, { at: number; estimate: number; position: number }>();
  const errors: { abs: number; signed: number; queued: boolean; wait: number }[] = [];
  router.subscribe((e) => {
    est.observe(e, router);
    if (e.type === 'contact.offered') {
      const c = created.get(e.contactId);
      // The offer may come inside createContact, before `created` is filled: handled there.
      if (c !== undefined) record(e.contactId, e.at);
      completions.push({ at: e.at + exp(r, ahtSec * 1000), id: e.contactId });
      completions.sort((x, y) => x.at - y.at);
    }
  });
  const offeredAt = new Map<string, number>();
  function record(id: string, at: number): void {
    offeredAt.set(id, at);
  }
  for (let i = 0; i < agents; i++) {
    router.loginAgent(`a${i}`, { skills: {}, languages: ['en'], capacity: { voice: 1 }, queues: ['q'] }, { presence: 'available' });
  }
  const rate = (load * agents) / (ahtSec * 1000); // arrivals per ms
  let nextArrival = exp(r, 1 / rate);
  let made = 0;
  const warmup = Math.floor(contacts / 10);
  while (made < contacts || completions.length > 0) {
    const nextDone = completions[0]?.at ?? Infinity;
    if (made < contacts && nextArrival <= nextDone) {
      now = nextArrival;
      const id = `c${made++}`;
      const rec = router.createContact({ id, queueId: 'q', channel: 'voice', language: 'en', customer: { id: `k${made}`, tier: 'standard' } });
      const position = rec.state === 'waiting' ? router.position(id) : 0;
      const estimate = est.estimate(router, 'q', 'voice', position);
      created.set(id, { at: now, estimate, position });
      if (rec.state !== 'waiting') offeredAt.set(id, now);
      nextArrival = now + exp(r, 1 / rate);
    } else {
      const done = completions.shift()!;
      now = done.at;
      router.endContact(done.id, 'integration');
    }
  }
  let i = 0;
  for (const [id, c] of created) {
    if (i++ < warmup) continue;
    const wait = (offeredAt.get(id)! - c.at) / 1000;
    errors.push({ abs: Math.abs(c.estimate - wait), signed: c.estimate - wait, queued: c.position > 0, wait });
  }
  const mean = (xs: number[]) => (xs.length === 0 ? 0 : xs.reduce((s, x) => s + x, 0) / xs.length);
  const queued = errors.filter((e) => e.queued);
  return {
    load,
    agents,
    contacts: errors.length,
    mae: mean(errors.map((e) => e.abs)),
    bias: mean(errors.map((e) => e.signed)),
    maeQueued: mean(queued.map((e) => e.abs)),
    queued: queued.length,
    meanWait: mean(errors.map((e) => e.wait)),
  };
}

const AGENTS = 20;
const AHT = 180;
const CONTACTS = Number(process.env['EWT_CONTACTS'] ?? 40_000);
const weights = (process.env['EWT_WEIGHTS'] ?? '0.2,0.02').split(',').map(Number);
console.log(
  `EWT accuracy: ${AGENTS} agents x 1 voice slot, exponential handle time (mean ${AHT} s), Poisson arrivals, no abandonment; ${CONTACTS} contacts per run (first 10% warm-up), 3 seeds pooled`,
);
console.log('| load | AHT weight | contacts measured | queued | mean real wait s | MAE s (all) | mean error s (all) | MAE s (queued only) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const load of [0.7, 0.85, 0.95]) {
  for (const w of weights) {
    const runs = [1, 2, 3].map((seed) => simulate(load, AGENTS, AHT, CONTACTS, w, seed * 7919 + Math.round(load * 100)));
    const n = runs.reduce((s, x) => s + x.contacts, 0);
    const q = runs.reduce((s, x) => s + x.queued, 0);
    const wavg = (f: (x: Run) => number, by: (x: Run) => number) =>
      runs.reduce((s, x) => s + f(x) * by(x), 0) /
      Math.max(
        1,
        runs.reduce((s, x) => s + by(x), 0),
      );
    console.log(
      `| ${load} | ${w} | ${n} | ${q} (${((100 * q) / n).toFixed(0)} %) | ${wavg(
        (x) => x.meanWait,
        (x) => x.contacts,
      ).toFixed(1)} | ${wavg(
        (x) => x.mae,
        (x) => x.contacts,
      ).toFixed(1)} | ${wavg(
        (x) => x.bias,
        (x) => x.contacts,
      ).toFixed(1)} | ${wavg(
        (x) => x.maeQueued,
        (x) => x.queued,
      ).toFixed(1)} |`,
    );
  }
}
