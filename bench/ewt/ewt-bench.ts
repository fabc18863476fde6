/**
 * bench:ewt: how far the announced wait is from the wait then had (issue
 * 23, DESIGN §4 "Estimated wait time", §8), measured with the simulator
 * (`switchboard simulate`'s engine: the real router on virtual time).
 *
 * Each contact is announced, at creation, the server's estimate
 * (`WaitEstimate`, with its 80 % bound) and, on the same contacts of the
 * same run, the baselines the field uses (src/sim/baseline-announcers.ts):
 * Switchboard's old position x AHT / staffed slots, Asterisk's moving
 * average of past waits, head-of-line wait, last-to-enter-service wait.
 * Figures are over answered contacts that were waiting when announced.
 *
 * Scenarios (20 agents, one voice slot each, exponential 180-s handle
 * times, Poisson arrivals, offers answered at once):
 * - mmc85, mmc95: M/M/20 at 85 % and 95 % load. The floor no predictor can
 *   beat is the conditional mean: with n ahead the wait is Erlang(n + 1, 20
 *   mu), so the least mean square error is the mean of (n + 1) / (20 mu)^2
 *   (Whitt 1999). Target RMSE <= 1.05 x floor, |bias| <= 3 % of the mean wait.
 * - abandon: M/M/20+M at 95 %, exponential patience of mean 360 s (twice the
 *   handle time). |bias| <= 5 %.
 * - prime: M/M/20 at 95 %, 30 % Prime with a 60-s bonus. |bias| <= 5 % in
 *   each tier.
 * - shared85, shared95: two queues, half the traffic each, all 20 agents
 *   serving both (the issue's case). |bias| <= 5 % in each queue.
 * - all: the three together (two shared queues, Prime, patience) at 95 %,
 *   shown, no target.
 * The 80 % bound must cover 80 +- 3 % of contacts (pooled over the runs).
 *
 * Usage: npm run bench:ewt [-- --quick]  (same fields, smaller runs)
 * The last line is one JSON object with the figures.
 */
import { loadavg, cpus } from 'node:os';
import { parseConfig, type SwitchboardConfig } from '../../src/config/schema.js';
import type { Router } from '../../src/core/router.js';
import { serverAnnouncer, type WaitAnnouncer } from '../../src/sim/announced-wait.js';
import { asteriskAnnouncer, headOfLineAnnouncer, lastEnteredServiceAnnouncer, positionAnnouncer } from '../../src/sim/baseline-announcers.js';
import { parseScenario, type Scenario } from '../../src/sim/scenario-schema.js';
import { simulate } from '../../src/sim/simulate.js';

const quick = process.argv.includes('--quick');
const CONTACTS = Number(process.env['EWT_CONTACTS'] ?? (quick ? 60_000 : 250_000));
const REPS = 2;
const AGENTS = 20;
const AHT = 180;

const NAMES = ['switchboard', 'old (position x AHT / slots)', 'asterisk (moving avg)', 'head of line', 'last entered service'] as const;
const N = NAMES.length;

function config(queues: string[]): SwitchboardConfig {
  return parseConfig({
    queues: queues.map((id) => ({ id, channels: ['voice'], autoAccept: true, wrapUpSeconds: 0, offerTimeoutSeconds: 600 })),
    tiers: { prime: { bonusSeconds: 60 } },
    gateway: { defaultHandleSeconds: AHT, ...(process.env['EWT_MEMORY'] === undefined ? {} : { estimateMemorySeconds: Number(process.env['EWT_MEMORY']) }) },
  });
}

interface Spec {
  readonly name: string;
  readonly queues: string[];
  readonly load: number;
  readonly patience?: number;
  readonly tiers?: Record<string, number>;
}

function scenario(s: Spec, cfg: SwitchboardConfig): Scenario {
  const rate = (s.load * AGENTS) / AHT;
  const hours = Math.ceil(CONTACTS / rate / 3600);
  return parseScenario(
    {
      name: s.name,
      day: { start: '00:00', end: `${hours + 1}:00`, intervalMinutes: 24 * 60, warmupMinutes: 60 },
      arrivals: s.queues.map((queue) => ({
        name: queue,
        queue,
        channel: 'voice',
        perHour: (rate * 3600) / s.queues.length,
        handle: { dist: 'exponential', mean: AHT },
        patience: s.patience === undefined ? 'none' : { dist: 'exponential', mean: s.patience },
        ...(s.tiers === undefined ? {} : { tier: s.tiers }),
      })),
      agents: [
        {
          group: 'agents',
          count: AGENTS,
          profile: { languages: ['en'], capacity: { voice: 1 }, queues: s.queues },
          shift: { start: '00:00', end: `${hours + 3}:00` },
        },
      ],
    },
    cfg,
  );
}

/** Sums of one estimator's errors over a group of contacts. */
class Acc {
  n = 0;
  wait = 0;
  err = 0;
  abs = 0;
  sq = 0;
  covered = 0;
  /** Sum of the floor's conditional variances (n + 1) / (20 mu)^2. */
  floor = 0;
  add(announced: number, wait: number): void {
    const e = announced - wait;
    this.n++;
    this.wait += wait;
    this.err += e;
    this.abs += Math.abs(e);
    this.sq += e * e;
  }
  get meanWait(): number {
    return this.wait / this.n;
  }
  get bias(): number {
    return this.err / this.n;
  }
  get biasPct(): number {
    return (100 * this.err) / this.wait;
  }
  get mae(): number {
    return this.abs / this.n;
  }
  get rmse(): number {
    return Math.sqrt(this.sq / this.n);
  }
}

interface Result {
  readonly spec: Spec;
  /** Per group ('all', 'queue:q1', 'tier:prime'), per estimator. */
  readonly groups: Map<string, Acc[]>;
  readonly seconds: number;
}

function run(spec: Spec): Result {
  const cfg = config(spec.queues);
  const told = new Map<string, Float64Array>();
  const composite = (router: Router, c: SwitchboardConfig): WaitAnnouncer => {
    const all = [serverAnnouncer(router, c), positionAnnouncer(router, AHT), asteriskAnnouncer(), headOfLineAnnouncer(), lastEnteredServiceAnnouncer()];
    return {
      observe: (e) => {
        for (const a of all) a.observe(e);
      },
      announce: (rec) => {
        const answers = all.map((a) => a.announce(rec));
        const main = answers[0]!;
        if (main.status === 'estimate') {
          // switchboard, its bound, the true count ahead (the old one's position - 1), then the baselines.
          const row = new Float64Array(N + 2);
          answers.forEach((x, i) => (row[i] = x.seconds ?? NaN));
          row[N] = main.within ?? NaN;
          row[N + 1] = answers[1]!.ahead;
          told.set(`${rec.id}`, row);
        }
        return main;
      },
    };
  };
  const groups = new Map<string, Acc[]>();
  const acc = (k: string): Acc[] => {
    let g = groups.get(k);
    if (g === undefined) groups.set(k, (g = NAMES.map(() => new Acc())));
    return g;
  };
  const serviceRate = AGENTS / AHT;
  const t0 = performance.now();
  simulate(cfg, scenario(spec, cfg), {
    replications: REPS,
    seed: 23 + specs.indexOf(spec) * 1000,
    announcer: composite,
    onContact: (o, rep) => {
      const row = told.get(o.id);
      told.delete(o.id);
      if (row === undefined || o.outcome !== 'answered' || !o.queued) return;
      for (const k of ['all', `queue:${o.queue}`, `tier:${o.tier}`]) {
        const g = acc(k);
        for (let i = 0; i < N; i++) g[i]!.add(row[i]!, o.wait);
        if (o.wait <= row[N]!) g[0]!.covered++;
        g[0]!.floor += (row[N + 1]! + 1) / (serviceRate * serviceRate);
      }
      void rep;
    },
  });
  return { spec, groups, seconds: (performance.now() - t0) / 1000 };
}

const specs: Spec[] = [
  { name: 'mmc85', queues: ['q'], load: 0.85 },
  { name: 'mmc95', queues: ['q'], load: 0.95 },
  { name: 'abandon', queues: ['q'], load: 0.95, patience: 2 * AHT },
  { name: 'prime', queues: ['q'], load: 0.95, tiers: { standard: 0.7, prime: 0.3 } },
  { name: 'shared85', queues: ['q1', 'q2'], load: 0.85 },
  { name: 'shared95', queues: ['q1', 'q2'], load: 0.95 },
  { name: 'all', queues: ['q1', 'q2'], load: 0.95, patience: 2 * AHT, tiers: { standard: 0.7, prime: 0.3 } },
];

const log = (s: string) => console.log(s);
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : String(x));
const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : String(x));
log(
  `bench:ewt${quick ? ' (quick)' : ''}  node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' ')}; ${CONTACTS.toLocaleString('en')} contacts a replication, ${REPS} replications per scenario`,
);

const only = process.env['EWT_ONLY']?.split(',');
const results = specs.filter((s) => only === undefined || only.includes(s.name)).map(run);

log('\nPer scenario and group, answered contacts that waited; errors in seconds (announced - real):');
log('| scenario | group | contacts | mean wait | estimator | bias | bias % | MAE | RMSE | RMSE / floor | within 80 % bound |');
log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  for (const [k, g] of r.groups) {
    if (k.startsWith('tier:') && r.spec.tiers === undefined) continue;
    if (k.startsWith('queue:') && r.spec.queues.length === 1) continue;
    const floor = Math.sqrt(g[0]!.floor / g[0]!.n);
    g.forEach((a, i) => {
      if (i > 0 && k !== 'all') return;
      log(
        `| ${r.spec.name} | ${k} | ${a.n} | ${f1(a.meanWait)} | ${NAMES[i]} | ${f1(a.bias)} | ${f1(a.biasPct)} % | ${f1(a.mae)} | ${f1(a.rmse)} | ${r.spec.patience === undefined && r.spec.tiers === undefined && r.spec.queues.length === 1 ? f3(a.rmse / floor) : ''} | ${i === 0 ? `${f1((100 * a.covered) / a.n)} %` : ''} |`,
      );
    });
  }
}

const get = (name: string) => results.find((r) => r.spec.name === name)!;
const mine = (name: string, group = 'all') => get(name).groups.get(group)![0]!;
const floorOf = (name: string) => {
  const a = mine(name);
  return Math.sqrt(a.floor / a.n);
};
/** The signed value of largest magnitude. */
const worst = (xs: number[]) => xs.reduce((w, x) => (Math.abs(x) > Math.abs(w) ? x : w), 0);
const groupsOf = (name: string, prefix: string) => [...get(name).groups].filter(([k]) => k.startsWith(prefix)).map(([, g]) => g[0]!);

let covered = 0;
let coveredN = 0;
for (const r of results) {
  const a = r.groups.get('all')![0]!;
  covered += a.covered;
  coveredN += a.n;
}
const asteriskRatios = results.map((r) => {
  const g = r.groups.get('all')!;
  return g[0]!.rmse / g[2]!.rmse;
});
const oldRatios = results.map((r) => {
  const g = r.groups.get('all')!;
  return g[0]!.rmse / g[1]!.rmse;
});
const figures = {
  rmse_vs_floor_85: Number((mine('mmc85').rmse / floorOf('mmc85')).toFixed(4)),
  rmse_vs_floor_95: Number((mine('mmc95').rmse / floorOf('mmc95')).toFixed(4)),
  bias_pct_mmc: Number(worst([mine('mmc85').biasPct, mine('mmc95').biasPct]).toFixed(2)),
  bias_pct_abandon: Number(mine('abandon').biasPct.toFixed(2)),
  bias_pct_prime: Number(worst(groupsOf('prime', 'tier:').map((a) => a.biasPct)).toFixed(2)),
  bias_pct_shared: Number(worst([...groupsOf('shared85', 'queue:'), ...groupsOf('shared95', 'queue:')].map((a) => a.biasPct)).toFixed(2)),
  bias_pct_all: Number(worst([...groupsOf('all', 'queue:'), ...groupsOf('all', 'tier:')].map((a) => a.biasPct)).toFixed(2)),
  p80_coverage: Number((covered / coveredN).toFixed(4)),
  p80_coverage_range: [
    Number(Math.min(...results.map((r) => r.groups.get('all')![0]!.covered / r.groups.get('all')![0]!.n)).toFixed(4)),
    Number(Math.max(...results.map((r) => r.groups.get('all')![0]!.covered / r.groups.get('all')![0]!.n)).toFixed(4)),
  ],
  rmse_vs_asterisk: Number(Math.max(...asteriskRatios).toFixed(4)),
  rmse_vs_old: Number(Math.max(...oldRatios).toFixed(4)),
  old_bias_pct_shared95: Number(worst(groupsOf('shared95', 'queue:').map(() => get('shared95').groups.get('all')![1]!.biasPct)).toFixed(2)),
  contacts_measured: results.reduce((s, r) => s + r.groups.get('all')![0]!.n, 0),
  seconds: Number(results.reduce((s, r) => s + r.seconds, 0).toFixed(1)),
};

log('\nTargets:');
const check = (label: string, value: number, ok: boolean, target: string) => log(`| ${label} | ${value} | ${target} | ${ok ? 'met' : 'NOT met'} |`);
log('| figure | value | target | |');
log('|---|---|---|---|');
check('RMSE / floor, M/M/20 85 %', figures.rmse_vs_floor_85, figures.rmse_vs_floor_85 <= 1.05, '<= 1.05');
check('RMSE / floor, M/M/20 95 %', figures.rmse_vs_floor_95, figures.rmse_vs_floor_95 <= 1.05, '<= 1.05');
check('bias % M/M/20 (worst of 85, 95)', figures.bias_pct_mmc, Math.abs(figures.bias_pct_mmc) <= 3, '|x| <= 3');
check('bias % M/M/20+M', figures.bias_pct_abandon, Math.abs(figures.bias_pct_abandon) <= 5, '|x| <= 5');
check('bias % Prime (worst tier)', figures.bias_pct_prime, Math.abs(figures.bias_pct_prime) <= 5, '|x| <= 5');
check('bias % shared (worst queue, 85 and 95)', figures.bias_pct_shared, Math.abs(figures.bias_pct_shared) <= 5, '|x| <= 5');
check('80 % bound coverage (pooled)', figures.p80_coverage, Math.abs(figures.p80_coverage - 0.8) <= 0.03, '0.80 +- 0.03');
check('RMSE / Asterisk moving average (worst scenario)', figures.rmse_vs_asterisk, figures.rmse_vs_asterisk < 1, '< 1');
check('RMSE / old estimator (worst scenario)', figures.rmse_vs_old, figures.rmse_vs_old <= 1, '<= 1');
log('\nRatios of RMSE, Switchboard over each baseline, per scenario:');
log(`| scenario | ${NAMES.slice(1).join(' | ')} |`);
log(
  `|---|${NAMES.slice(1)
    .map(() => '---')
    .join('|')}|`,
);
for (const r of results) {
  const g = r.groups.get('all')!;
  log(
    `| ${r.spec.name} | ${g
      .slice(1)
      .map((b) => f3(g[0]!.rmse / b.rmse))
      .join(' | ')} |`,
  );
}
log(JSON.stringify(figures));
