/**
 * The figures of a simulation, per row (the floor, each queue, channel,
 * tier, arrival stream, and queue x channel x tier), per agent group and per interval of the day:
 * each replication's value, then their mean with a 95 % confidence interval
 * over the replications. Definitions are in tally.ts and README.md.
 *
 * Occupancy: time holding at least one contact (offered, active or in
 * wrap-up) over staffed time (logged in and available, or holding
 * something), summed over the agents of the row: all agents for the floor,
 * the agents serving the queue, the agents with a slot on the channel (busy:
 * holding a contact of that channel); none for a tier or a stream, whose
 * contacts share their agents with the others. Handled per agent divides by
 * the same agents.
 */
import { CHANNELS, type Channel } from '../core/model.js';
import type { Scenario } from './scenario-schema.js';
import { CHANNEL_INDEX, type SimAgent } from './simulated-agents.js';
import { estimate, type Estimate } from './statistics.js';
import type { ReplicationResult } from './simulator.js';
import type { RowKind, RowTally } from './tally.js';

/** One replication's values of a row; null where undefined (no contact answered, no agent). */
export interface RowValues {
  readonly contacts: number;
  readonly answered: number;
  readonly abandoned: number;
  readonly refused: number;
  readonly unserved: number;
  readonly callbacks: number;
  /** Calls turned into voicemails (email contacts) at their queue's maximum wait. */
  readonly voicemails: number;
  readonly serviceLevel: number | null;
  readonly asa: number | null;
  readonly meanWait: number | null;
  readonly p90Wait: number | null;
  readonly abandonRate: number | null;
  readonly pWait: number | null;
  readonly occupancy: number | null;
  readonly handledPerAgent: number | null;
  readonly meanHandle: number | null;
  /**
   * Announced minus real wait, seconds, over answered contacts that were
   * waiting when it was announced: mean (bias), the bias as a share of
   * their mean wait, mean absolute, root mean square, 90th percentile of
   * the absolute error; the share answered within the announced 80 % bound;
   * contacts told "nobody can serve you" instead of a number.
   */
  readonly announcedBias: number | null;
  readonly announcedBiasShare: number | null;
  readonly announcedMae: number | null;
  readonly announcedRmse: number | null;
  readonly announcedP90Error: number | null;
  readonly announcedCoverage: number | null;
  readonly announcedNoAgents: number;
}

type Figure = Estimate | null;

/** A row over the replications: every value of `RowValues` as a mean with its 95 % CI. */
export type RowFigures = {
  readonly key: string;
  readonly kind: RowKind;
  /** The queue's service-level target (queue rows). */
  readonly target: { readonly thresholdSeconds: number; readonly target: number } | null;
} & { readonly [K in keyof RowValues]: Figure };

export interface AgentGroupFigures {
  readonly group: string;
  readonly agents: number;
  readonly occupancy: Figure;
  readonly handledPerAgent: Figure;
  readonly staffedHours: Figure;
}

/** A row's figures per interval of the day: means over the replications (no CI). */
export interface IntervalSeries {
  readonly key: string;
  readonly contacts: (number | null)[];
  readonly serviceLevel: (number | null)[];
  readonly asa: (number | null)[];
  readonly abandonRate: (number | null)[];
}

export interface SimulationFigures {
  readonly scenario: string;
  readonly seed: number;
  readonly replications: number;
  readonly day: { readonly start: number; readonly end: number; readonly intervalMinutes: number };
  /** Contacts created per replication, counted or not (mean). */
  readonly contactsSimulated: number;
  readonly rows: readonly RowFigures[];
  readonly agentGroups: readonly AgentGroupFigures[];
  /** Interval starts, seconds since midnight. */
  readonly intervals: readonly number[];
  readonly series: readonly IntervalSeries[];
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);

interface AgentSums {
  staffed: number;
  busy: number;
  agents: number;
}

function agentSums(agents: readonly SimAgent[], pick: (a: SimAgent) => boolean, channel: Channel | null): AgentSums {
  const s = { staffed: 0, busy: 0, agents: 0 };
  for (const a of agents) {
    if (!pick(a)) continue;
    s.agents++;
    s.staffed += a.staffedMs;
    s.busy += channel === null ? a.busyMs : a.busyByChannelMs[CHANNEL_INDEX[channel]]!;
  }
  return s;
}

/** One replication's values of a row. */
export function rowValues(r: RowTally, agents: readonly SimAgent[]): RowValues {
  const kind = r.kind;
  const name = r.key.slice(r.key.indexOf(':') + 1);
  let sums: AgentSums | null;
  if (kind === 'floor') sums = agentSums(agents, () => true, null);
  else if (kind === 'queue') sums = agentSums(agents, (a) => a.serves(name), null);
  else if (kind === 'channel' && (CHANNELS as readonly string[]).includes(name))
    sums = agentSums(agents, (a) => a.capacityOn(name as Channel) > 0, name as Channel);
  else sums = null;
  const counted = r.arrived + r.refused;
  const left = r.answered + r.abandoned + r.voicemails;
  const n = r.announcedN;
  return {
    contacts: counted,
    answered: r.answered,
    abandoned: r.abandoned,
    refused: r.refused,
    unserved: r.unserved,
    callbacks: r.callbacks,
    voicemails: r.voicemails,
    serviceLevel: ratio(r.answeredInSl, counted),
    asa: ratio(r.answerWaitSum, r.answered),
    meanWait: ratio(r.waitSum, left),
    p90Wait: r.waits.quantile(0.9),
    abandonRate: ratio(r.abandoned, r.arrived),
    pWait: r.arrived > 0 ? 1 - r.immediate / r.arrived : null,
    occupancy: sums === null ? null : ratio(sums.busy, sums.staffed),
    handledPerAgent: sums === null ? null : ratio(r.handled, sums.agents),
    meanHandle: ratio(r.handleSum, r.handled),
    announcedBias: ratio(r.announcedErrSum, n),
    announcedBiasShare: ratio(r.announcedErrSum, r.announcedWaitSum),
    announcedMae: ratio(r.announcedAbsSum, n),
    announcedRmse: n > 0 ? Math.sqrt(r.announcedSqSum / n) : null,
    announcedP90Error: r.announcedAbsErrors.quantile(0.9),
    announcedCoverage: ratio(r.announcedCovered, n),
    announcedNoAgents: r.announcedNoAgents,
  };
}

const ROW_ORDER: Record<RowKind, number> = { floor: 0, queue: 1, channel: 2, tier: 3, stream: 4, cell: 5 };

/** Combines replications into the figures. */
export function combine(scenario: Scenario, seed: number, runs: readonly ReplicationResult[]): SimulationFigures {
  const targets = runs[0]?.queueTargets ?? new Map<string, { thresholdSeconds: number; target: number }>();
  const keys = new Map<string, RowKind>();
  for (const run of runs) for (const r of run.tally.rows.values()) keys.set(r.key, r.kind);
  const sorted = [...keys].sort(([a, ka], [b, kb]) => ROW_ORDER[ka] - ROW_ORDER[kb] || (a < b ? -1 : a > b ? 1 : 0));
  const rows: RowFigures[] = sorted.map(([key, kind]) => {
    const values = runs.map((run) => {
      const r = run.tally.rows.get(key);
      return r === undefined ? null : rowValues(r, run.agents);
    });
    const fig = (k: keyof RowValues): Figure => estimate(values.map((v) => (v === null ? null : v[k])));
    const queue = kind === 'queue' ? key.slice(6) : null;
    return {
      key,
      kind,
      target: queue === null ? null : (targets.get(queue) ?? null),
      contacts: fig('contacts'),
      answered: fig('answered'),
      abandoned: fig('abandoned'),
      refused: fig('refused'),
      unserved: fig('unserved'),
      callbacks: fig('callbacks'),
      voicemails: fig('voicemails'),
      serviceLevel: fig('serviceLevel'),
      asa: fig('asa'),
      meanWait: fig('meanWait'),
      p90Wait: fig('p90Wait'),
      abandonRate: fig('abandonRate'),
      pWait: fig('pWait'),
      occupancy: fig('occupancy'),
      handledPerAgent: fig('handledPerAgent'),
      meanHandle: fig('meanHandle'),
      announcedBias: fig('announcedBias'),
      announcedBiasShare: fig('announcedBiasShare'),
      announcedMae: fig('announcedMae'),
      announcedRmse: fig('announcedRmse'),
      announcedP90Error: fig('announcedP90Error'),
      announcedCoverage: fig('announcedCoverage'),
      announcedNoAgents: fig('announcedNoAgents'),
    };
  });

  const agentGroups = scenario.agents.map((g, gi): AgentGroupFigures => {
    const per = runs.map((run) => {
      const s = agentSums(run.agents, (a) => a.group === gi, null);
      const handled = run.agents.reduce((sum, a) => sum + (a.group === gi ? a.handled : 0), 0);
      return { occupancy: ratio(s.busy, s.staffed), handled: ratio(handled, s.agents), staffed: s.agents > 0 ? s.staffed / s.agents / 3_600_000 : null };
    });
    return {
      group: g.group,
      agents: g.count,
      occupancy: estimate(per.map((p) => p.occupancy)),
      handledPerAgent: estimate(per.map((p) => p.handled)),
      staffedHours: estimate(per.map((p) => p.staffed)),
    };
  });

  const day = scenario.day;
  const nIntervals = Math.max(1, Math.ceil((day.endMs - day.startMs) / day.intervalMs));
  const intervals = Array.from({ length: nIntervals }, (_, k) => (day.startMs + k * day.intervalMs) / 1000);
  const series: IntervalSeries[] = sorted
    .filter(([, kind]) => kind !== 'channel' && kind !== 'stream')
    .map(([key]) => {
      const mean = (f: (r: RowTally, k: number) => number | null) => (k: number) => {
        const xs = runs.map((run) => {
          const r = run.tally.rows.get(key);
          return r === undefined ? null : f(r, k);
        });
        return estimate(xs)?.mean ?? null;
      };
      const contacts = mean((r, k) => r.intervals.arrived[k]!);
      const sl = mean((r, k) => ratio(r.intervals.answeredInSl[k]!, r.intervals.arrived[k]!));
      const asa = mean((r, k) => ratio(r.intervals.answerWait[k]!, r.intervals.answered[k]!));
      const ab = mean((r, k) => ratio(r.intervals.abandoned[k]!, r.intervals.arrived[k]!));
      return {
        key,
        contacts: intervals.map((_, k) => contacts(k)),
        serviceLevel: intervals.map((_, k) => sl(k)),
        asa: intervals.map((_, k) => asa(k)),
        abandonRate: intervals.map((_, k) => ab(k)),
      };
    });

  return {
    scenario: scenario.name,
    seed,
    replications: runs.length,
    day: { start: day.startMs / 1000, end: day.endMs / 1000, intervalMinutes: day.intervalMs / 60_000 },
    contactsSimulated: runs.reduce((s, r) => s + r.contacts, 0) / Math.max(1, runs.length),
    rows,
    agentGroups,
    intervals,
    series,
  };
}
