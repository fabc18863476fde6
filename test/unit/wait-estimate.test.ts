import t from 'tap';
import { Router } from '../../src/core/router.js';
import { DecayedMean, DecayedRate } from '../../src/insights/decayed.js';
import { Metrics } from '../../src/metrics/index.js';
import { WaitEstimate, type WaitAnswer } from '../../src/insights/wait-estimate.js';
import { WaitUpdates } from '../../src/insights/wait-updates.js';
import { digamma, gammaCdf, gammaQuantile, predictWait, stageSums, trigamma } from '../../src/insights/wait-formula.js';

const close = (t: { ok: (c: boolean, m: string) => unknown }, actual: number | null, expected: number, tol: number, msg: string) =>
  t.ok(actual !== null && Math.abs(actual - expected) <= tol, `${msg}: ${actual} ~ ${expected}`);

t.test('wait formula - digamma and trigamma against known values', async (t) => {
  close(t, digamma(1), -0.5772156649015329, 1e-12, 'psi(1) = -gamma');
  close(t, digamma(0.5), -1.9635100260214235, 1e-12, 'psi(1/2)');
  close(t, trigamma(1), Math.PI ** 2 / 6, 1e-12, "psi'(1) = pi^2/6");
  close(
    t,
    digamma(1000.5) - digamma(0.5),
    [...Array(1000).keys()].reduce((s, i) => s + 1 / (i + 0.5), 0),
    1e-9,
    'a difference is a sum',
  );
});

t.test('wait formula - the sum over stages, hand-computed', async (t) => {
  // No abandons: Erlang(n + 1, rate): 3 stages of 10 s.
  const plain = stageSums(2, 0.1, 0);
  close(t, plain.mean, 30, 1e-12, 'mean (n + 1) / rate');
  close(t, plain.variance, 300, 1e-9, 'variance (n + 1) / rate^2');
  // With abandons ahead: 1/0.10 + 1/0.11 + 1/0.12.
  const ab = stageSums(2, 0.1, 0.01);
  close(t, ab.mean, 10 + 1 / 0.11 + 1 / 0.12, 1e-9, 'sum 1 / (s mu + i theta)');
  close(t, ab.variance, 100 + 1 / 0.0121 + 1 / 0.0144, 1e-7, 'sum 1 / (s mu + i theta)^2');
  t.ok(ab.mean < plain.mean, 'abandons ahead shorten the wait');
  const half = stageSums(1.5, 0.1, 0.01).mean;
  t.ok(half > stageSums(1, 0.1, 0.01).mean && half < ab.mean, 'a fractional count lies between');
  t.equal(stageSums(3, 0, 0).mean, Infinity, 'no service: no finite wait');
});

t.test('wait formula - gamma quantile and CDF', async (t) => {
  // Exponential of mean 10: the 80th percentile is 10 ln 5 = 16.09.
  close(t, gammaQuantile(0.8, 10, 100), 10 * Math.log(5), 0.2, 'exponential p80');
  close(t, gammaCdf(10 * Math.log(5), 1, 10), 0.8, 1e-9, 'CDF of the exponential');
  // Erlang(3, 1): P(X <= x) = 1 - e^-x (1 + x + x^2/2).
  close(t, gammaCdf(4, 3, 1), 1 - Math.exp(-4) * (1 + 4 + 8), 1e-9, 'CDF of an Erlang');
  // Erlang(10, 1): the quantile found by bisection on the CDF, against the approximation.
  let lo = 0;
  let hi = 50;
  for (let i = 0; i < 60; i++) {
    const mid = (lo + hi) / 2;
    if (gammaCdf(mid, 10, 1) < 0.8) lo = mid;
    else hi = mid;
  }
  close(t, gammaQuantile(0.8, 10, 10), lo, 0.005 * lo, 'Erlang(10) p80 within 0.5 %');
});

t.test('wait formula - overtakers as a fixed point', async (t) => {
  // A higher priority arriving at 0.01/s during the whole wait: W = (1 + 0.01 W) / 0.1, W = 100/9.
  const hp = predictWait({ ahead: 0, serviceRate: 0.1, abandonRate: 0, overtakers: [{ rate: 0.01, windowSeconds: Infinity }] });
  close(t, hp.mean, 100 / 9, 1e-3, 'higher priority');
  close(t, hp.ahead, 1 / 9, 1e-3, 'expected overtakers');
  // A bonus window far longer than the wait acts the same; a window of 0 adds nothing.
  close(t, predictWait({ ahead: 0, serviceRate: 0.1, abandonRate: 0, overtakers: [{ rate: 0.01, windowSeconds: 1e6 }] }).mean, 100 / 9, 0.01, 'long bonus');
  // A short window: at most rate x window overtake.
  const short = predictWait({ ahead: 4, serviceRate: 0.1, abandonRate: 0, overtakers: [{ rate: 0.05, windowSeconds: 10 }] });
  t.ok(short.ahead > 4 + 0.4 && short.ahead <= 4 + 0.5 + 1e-9, `between rate x E[min(W, 10)] bounds: ${short.ahead}`);
});

t.test('decayed - mean warms from its prior, rate is unbiased from the start', async (t) => {
  const m = new DecayedMean(3_600_000, 180, 10, 0);
  t.equal(m.value, 180, 'the prior');
  for (let i = 1; i <= 10; i++) m.add(60, i * 1000);
  close(t, m.value, 120, 0.2, 'ten samples weigh as much as the prior');
  for (let i = 0; i < 2000; i++) m.add(60, 20_000 + i * 10_000);
  close(t, m.value, 60, 0.5, 'the prior fades');
  const r = new DecayedRate(3_600_000, 0);
  for (let i = 1; i <= 100; i++) r.add(i * 10_000);
  close(t, r.perSecond(1_000_000), 0.1, 0.005, 'one every 10 s');
});

const queues = (ids: string[]) => ids.map((id) => ({ id, channels: ['voice' as const], wrapUpSeconds: 0, offerTimeoutSeconds: 600, autoAccept: true }));
const voice = (qs: string[]) => ({ skills: {}, languages: ['en'], capacity: { voice: 1 }, queues: qs });

/** A router on a manual clock with the estimate listening; learnt rates kept for ever unless `memorySeconds`. */
function floor(ids: string[], tiers = {}, memorySeconds = 1e9) {
  let now = 1_000_000;
  const clock = { now: () => now };
  const router = new Router({ queues: queues(ids), tiers }, clock);
  const est = new WaitEstimate({ defaultHandleSeconds: 180, memorySeconds });
  router.subscribe((e) => est.observe(e));
  let n = 0;
  const call = (queueId: string, tier = 'standard') =>
    router.createContact({ id: `c${++n}`, queueId, channel: 'voice', language: 'en', customer: { id: `k${n}`, tier } }).id;
  return { router, est, call, at: (ms: number) => (now = ms) };
}

t.test('wait estimate - nobody who could serve: no_agents, not a number', async (t) => {
  const { router, est, call } = floor(['q', 'other']);
  const id = call('q');
  t.same(est.estimate(router, id), { status: 'no_agents', seconds: null, within: null, ahead: 0 });
  router.loginAgent('a1', voice(['other']), { presence: 'available' });
  t.equal(est.estimate(router, id).status, 'no_agents', 'an agent of another queue does not count');
  router.loginAgent('a2', voice(['q']), { presence: 'away', reason: 'break' });
  t.equal(est.estimate(router, id).status, 'no_agents', 'nor one away');
  router.setPresence('a2', 'available');
  t.equal(est.estimate(router, id).status, 'not_waiting', 'offered once someone is there');
});

t.test('wait estimate - agents shared by two queues: the other queue counts ahead', async (t) => {
  const { router, est, call } = floor(['q1', 'q2']);
  router.loginAgent('a1', voice(['q1', 'q2']), { presence: 'available' });
  router.loginAgent('a2', voice(['q1', 'q2']), { presence: 'available' });
  call('q1');
  call('q2'); // both agents busy
  const earlier = call('q2');
  const mine = call('q1');
  t.equal(router.position(mine), 1, 'first of its own queue');
  const w = est.estimate(router, mine);
  t.equal(w.status, 'estimate');
  // One ahead (in q2) for 2 slots of 180 s: 2 x 90 s.
  close(t, w.seconds, 180, 1e-6, 'counts the contact of the other queue');
  close(t, w.ahead, 1, 1e-9, 'one ahead');
  // Erlang(2, 1/90): p80 = 269 s.
  close(t, w.within, 269, 3, 'the 80 % bound');
  close(t, est.estimate(router, earlier).seconds, 90, 1e-6, 'the earlier one: nobody ahead');
});

t.test('wait estimate - a queue with agents of its own counts for its share', async (t) => {
  const { router, est, call } = floor(['q1', 'q2']);
  router.loginAgent('both', voice(['q1', 'q2']), { presence: 'available' });
  router.loginAgent('only2', voice(['q2']), { presence: 'available' });
  call('q1');
  call('q2');
  call('q2');
  call('q2'); // two waiting in q2
  const mine = call('q1');
  // q1's pool is `both` (1 slot), who holds half of q2's slots: 2 x 1/2 ahead.
  const w = est.estimate(router, mine);
  close(t, w.ahead, 1, 1e-9, 'half of q2 counts');
  close(t, w.seconds, 360, 1e-6, '(1 + 1) x 180 s / 1 slot');
});

t.test('wait estimate - callers ahead who hang up: learnt from abandons', async (t) => {
  const { router, est, call, at } = floor(['q']);
  router.loginAgent('a', voice(['q']), { presence: 'available' });
  call('q'); // busy
  // Ten callers wait 20 s each and hang up: 10 abandons over 200 s (+ the prior's 1,800 s without any).
  for (let i = 0; i < 10; i++) {
    at(1_000_000 + i * 20_000);
    const id = call('q');
    at(1_000_000 + (i + 1) * 20_000);
    router.abandonContact(id);
  }
  const a = call('q');
  const b = call('q');
  const theta = 10 / (10 * 180 + 200);
  const w = est.estimate(router, b);
  close(t, w.seconds, 180 + 1 / (1 / 180 + theta), 1e-3, 'sum 1 / (mu + i theta)');
  close(t, est.estimate(router, a).seconds, 180, 1e-6, 'nobody ahead: no abandons to count');
});

t.test('wait estimate - Prime callers who will overtake a standard one', async (t) => {
  const { router, est, call, at } = floor(['q'], { prime: { bonusSeconds: 60 } });
  router.loginAgent('a', voice(['q']), { presence: 'available' });
  call('q');
  // Prime callers have been arriving: one a minute, served elsewhere once waiting (moved away).
  for (let i = 1; i <= 30; i++) {
    at(1_000_000 + i * 60_000);
    const id = call('q', 'prime');
    router.updateContact(id, { priority: 9 });
  }
  at(1_000_000 + 31 * 60_000);
  const standard = call('q');
  const prime = call('q', 'prime');
  const s = est.estimate(router, standard);
  const p = est.estimate(router, prime);
  const aheadOfStandard = router.waitingAhead(standard, 'q');
  t.ok(s.ahead > aheadOfStandard + 0.1, `a standard caller expects Prime overtakers (${s.ahead} > ${aheadOfStandard})`);
  close(t, p.ahead, router.waitingAhead(prime, 'q'), 1e-9, 'nobody overtakes a Prime caller');
});

t.test('wait estimate - settled announcements feed the accuracy metrics', async (t) => {
  let now = 1_000_000;
  const router = new Router({ queues: queues(['q']) }, { now: () => now });
  const metrics = new Metrics(router, router.config, { clock: { now: () => now } });
  const est = new WaitEstimate({ defaultHandleSeconds: 180, onSettled: (s) => metrics.waitEstimateSettled(s) });
  router.subscribe((e) => {
    metrics.coreEvent(e);
    est.observe(e);
  });
  const make = (id: string) => router.createContact({ id, queueId: 'q', channel: 'voice', language: 'en', customer: { id, tier: 'standard' } }).id;
  t.equal(est.estimate(router, make('nobody')).status, 'no_agents');
  router.abandonContact('nobody');
  router.loginAgent('a', voice(['q']), { presence: 'available' });
  make('busy');
  const w = est.estimate(router, make('waits')); // told 180 s, bound 290 s
  const gone = make('leaves');
  est.estimate(router, gone);
  now += 100_000;
  router.abandonContact(gone);
  router.endContact('busy', 'integration'); // `waits` is answered after 100 s: 80 s early
  const text = await metrics.render();
  const line = (name: string) =>
    text
      .split('\n')
      .find((l) => l.startsWith(name))
      ?.split(' ')
      .pop();
  close(t, w.seconds, 180, 1e-6, 'told 180 s');
  t.equal(line('switchboard_wait_estimate_error_seconds_count{queue="q",channel="voice",outcome="answered"}'), '1');
  close(
    t,
    Number(line('switchboard_wait_estimate_error_seconds_sum{queue="q",channel="voice",outcome="answered"}')),
    80,
    1e-6,
    'announced 180 s, waited 100 s',
  );
  t.equal(line('switchboard_wait_estimates_total{queue="q",channel="voice",outcome="within_bound"}'), '1');
  t.equal(line('switchboard_wait_estimates_total{queue="q",channel="voice",outcome="abandoned"}'), '1');
  t.equal(line('switchboard_wait_estimates_total{queue="q",channel="voice",outcome="no_agents"}'), '1');
});

t.test('wait updates - pushed on a change of status or of the announced minute, not on every move', async (t) => {
  const u = new WaitUpdates();
  const answer = (seconds: number | null, status: WaitAnswer['status'] = 'estimate'): WaitAnswer => ({ status, seconds, within: seconds, ahead: 0 });
  let now: WaitAnswer = answer(100);
  const sweep = () => u.sweep(100, () => ({ position: 1, answer: now })).map((x) => x.answer.seconds);
  u.told('c1', answer(115)); // "about 2 minutes"
  now = answer(115);
  t.same(sweep(), [], 'unchanged');
  now = answer(70);
  t.same(sweep(), [], 'the same minute');
  now = answer(121);
  t.same(sweep(), [], 'the next minute by only 6 s (hysteresis)');
  now = answer(135);
  t.same(sweep(), [135], 'the next minute by 20 s');
  now = answer(null, 'no_agents');
  t.same(sweep(), [null], 'the status changed');
  t.same(sweep(), [], 'told once');
  u.observe({ type: 'contact.offered', at: 0, contactId: 'c1' as never, agentId: 'a' as never, expiresAt: null }, () => true);
  t.equal(u.size, 0, 'an offered contact is no longer followed');
});

t.test('wait estimate - a relaxation step to come: the wider pool from when it applies', async (t) => {
  const now = 1_000_000;
  const router = new Router(
    {
      queues: [
        { id: 'q1', channels: ['voice'], wrapUpSeconds: 0, offerTimeoutSeconds: 600, autoAccept: true, steps: [{ afterSeconds: 60, overflowTo: ['q2'] }] },
        { id: 'q2', channels: ['voice'], wrapUpSeconds: 0, offerTimeoutSeconds: 600, autoAccept: true },
      ],
    },
    { now: () => now },
  );
  const est = new WaitEstimate({ defaultHandleSeconds: 180, memorySeconds: 1e9 });
  router.subscribe((e) => est.observe(e));
  let n = 0;
  const call = (queueId: string) =>
    router.createContact({ id: `c${++n}`, queueId, channel: 'voice', language: 'en', customer: { id: `k${n}`, tier: 'standard' } }).id;
  router.loginAgent('a1', voice(['q1']), { presence: 'available' });
  router.loginAgent('b1', voice(['q2']), { presence: 'available' });
  router.loginAgent('b2', voice(['q2']), { presence: 'available' });
  call('q1');
  call('q2');
  call('q2'); // everyone busy
  for (let i = 0; i < 4; i++) call('q1');
  const mine = call('q1');
  // Now: 4 ahead for a1 alone, Erlang(5, 1/180), mean 900 s: served before 60 s with P = 1 - e^(-1/3)
  // (1 + 1/3 + 1/18 + 1/162 + 1/1944) = 3e-5. From 60 s: a1 has opened 60/180 places by then, so
  // 4 - 1/3 ahead for 3 slots: (4 - 1/3 + 1) x 60 = 280 s. E[min(W0, 60)] + P(W0 > 60) x 280 = 339.99 s.
  const w = est.estimate(router, mine);
  close(t, w.seconds, 60 + 280 * (1 - 3e-5), 0.01, 'waits for the overflow, then the wider pool');
  t.ok(w.within! > w.seconds! && w.within! < 900, `bound ${w.within}`);
});
