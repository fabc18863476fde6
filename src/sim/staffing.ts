/**
 * The staffing helper (`switchboard simulate --staff-for 80/20`): how many
 * agents each shift group needs for every queue to answer `target` of its
 * contacts within `thresholdSeconds`, found by simulation on the real
 * routing rules, and Erlang C's answer for the same traffic beside it.
 *
 * The search:
 * 1. up: while a queue misses the target, try adding agents to each group
 *    that serves it, keep the addition that leaves the smallest total
 *    shortfall (steps of about 10 % of the group while the shortfall is
 *    large, then one agent);
 * 2. down: then take agents away, group by group, while every queue still
 *    meets the target.
 * Every staffing is run on the same seeds, so two staffings see the same
 * contacts (common random numbers) and the comparison is not noise. The
 * service level of a queue is the mean over the replications; with few
 * replications the answer is an estimate, and `figures` carries its CI.
 *
 * Erlang C, by contrast, sees each queue and channel alone, each interval
 * in its steady state, every agent on one contact at a time (slots, divided
 * by the agents' capacity on the channel), no abandons, breaks or shifts.
 */
import type { SwitchboardConfig } from '../config/schema.js';
import type { Channel } from '../core/model.js';
import { Router } from '../core/router.js';
import { compileDistribution } from './distributions.js';
import { erlangCAgents } from './erlang.js';
import type { SimulationFigures } from './figures.js';
import type { AgentGroupSpec, Scenario } from './scenario-schema.js';
import { simulate } from './simulate.js';

export interface StaffingTarget {
  /** Share answered within the threshold, 0..1. */
  readonly target: number;
  readonly thresholdSeconds: number;
}

/** "80/20" -> 80 % within 20 s. */
export function parseStaffingTarget(s: string): StaffingTarget | null {
  const m = /^(\d{1,3}(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/.exec(s.trim());
  if (m === null) return null;
  const target = Number(m[1]) / 100;
  if (target <= 0 || target > 1) return null;
  return { target, thresholdSeconds: Number(m[2]) };
}

export interface ErlangCStaffing {
  readonly queue: string;
  readonly channel: Channel;
  /** Traffic-weighted mean of handle plus wrap-up (s). */
  readonly meanHandleSeconds: number;
  /** Agents per interval (slots divided by the agents' capacity on the channel). */
  readonly agentsPerInterval: readonly number[];
  readonly peakAgents: number;
  readonly agentHours: number;
}

export interface StaffingResult {
  readonly target: StaffingTarget;
  /** Whether every queue met the target at the staffing found (false: the search ran out of evaluations). */
  readonly met: boolean;
  readonly evaluations: number;
  readonly groups: readonly { readonly group: string; readonly before: number; readonly after: number; readonly shiftHours: number }[];
  /** Each queue's service level (mean over replications) at the staffing found. */
  readonly serviceLevels: readonly { readonly queue: string; readonly serviceLevel: number | null }[];
  readonly simulatedAgentHours: number;
  readonly erlangC: readonly ErlangCStaffing[];
  readonly erlangCAgentHours: number;
  /** The figures at the staffing found. */
  readonly figures: SimulationFigures;
}

export interface StaffingOptions {
  readonly replications?: number;
  readonly seed?: number;
  /** Stop after this many simulations of the day (default 200). */
  readonly maxEvaluations?: number;
  readonly onProgress?: (evaluations: number, counts: readonly number[]) => void;
}

/** The queues that receive contacts. */
function activeQueues(scenario: Scenario): string[] {
  const qs = new Set<string>();
  for (const s of scenario.streams) if (s.volumes.some((v) => v > 0)) qs.add(s.queue);
  for (const t of scenario.trace) qs.add(t.queue);
  return [...qs].sort();
}

function shiftHours(g: AgentGroupSpec): number {
  const breaks = g.breaks.reduce((s, b) => s + b.durationMs, 0);
  return (g.endMs - g.startMs - breaks) / 3_600_000;
}

export function searchStaffing(config: SwitchboardConfig, scenario: Scenario, target: StaffingTarget, options: StaffingOptions = {}): StaffingResult {
  const replications = options.replications ?? 5;
  const seed = options.seed ?? 1;
  const maxEvaluations = options.maxEvaluations ?? 200;
  const queues = activeQueues(scenario);
  const groups = scenario.agents;
  const cache = new Map<string, { figures: SimulationFigures; sl: Map<string, number> }>();
  let evaluations = 0;

  const evaluate = (counts: readonly number[]) => {
    const key = counts.join(',');
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    evaluations++;
    const s: Scenario = { ...scenario, agents: groups.map((g, i) => ({ ...g, count: counts[i]! })) };
    const figures = simulate(config, s, { replications, seed, announce: false, serviceLevelSeconds: target.thresholdSeconds });
    const sl = new Map<string, number>();
    for (const q of queues) sl.set(q, figures.rows.find((r) => r.key === `queue:${q}`)?.serviceLevel?.mean ?? 0);
    const out = { figures, sl };
    cache.set(key, out);
    options.onProgress?.(evaluations, counts);
    return out;
  };
  const shortfall = (sl: Map<string, number>) => queues.reduce((s, q) => s + Math.max(0, target.target - sl.get(q)!), 0);
  const meets = (sl: Map<string, number>) => queues.every((q) => sl.get(q)! >= target.target);

  let counts = groups.map((g) => g.count);
  let current = evaluate(counts);
  // Up: add where it helps most.
  while (!meets(current.sl) && evaluations < maxEvaluations) {
    const worst = queues.filter((q) => current.sl.get(q)! < target.target);
    const candidates = groups.map((g, i) => i).filter((i) => worst.some((q) => groups[i]!.profile.queues.includes(q)));
    if (candidates.length === 0) break;
    const gap = shortfall(current.sl);
    let best: { counts: number[]; result: ReturnType<typeof evaluate>; score: number } | null = null;
    for (const i of candidates) {
      const step = gap > 0.1 ? Math.max(1, Math.ceil(counts[i]! * 0.1)) : 1;
      const next = counts.map((c, k) => (k === i ? c + step : c));
      const result = evaluate(next);
      const score = shortfall(result.sl) + 1e-6 * step;
      if (best === null || score < best.score) best = { counts: next, result, score };
      if (evaluations >= maxEvaluations) break;
    }
    counts = best!.counts;
    current = best!.result;
  }
  // Down: remove while every queue still meets the target.
  if (meets(current.sl)) {
    for (let i = 0; i < groups.length && evaluations < maxEvaluations; i++) {
      while (counts[i]! > 0 && evaluations < maxEvaluations) {
        const next = counts.map((c, k) => (k === i ? c - 1 : c));
        const result = evaluate(next);
        if (!meets(result.sl)) break;
        counts = next;
        current = result;
      }
    }
  }

  const erlang = erlangCStaffing(config, scenario, target);
  return {
    target,
    met: meets(current.sl),
    evaluations,
    groups: groups.map((g, i) => ({ group: g.group, before: g.count, after: counts[i]!, shiftHours: shiftHours(g) })),
    serviceLevels: queues.map((q) => ({ queue: q, serviceLevel: current.sl.get(q) ?? null })),
    simulatedAgentHours: groups.reduce((s, g, i) => s + counts[i]! * shiftHours(g), 0),
    erlangC: erlang,
    erlangCAgentHours: erlang.reduce((s, e) => s + e.agentHours, 0),
    figures: current.figures,
  };
}

/** Erlang C per queue, channel and interval, for the scenario's arrival streams (a trace counts by its arrivals). */
export function erlangCStaffing(config: SwitchboardConfig, scenario: Scenario, target: StaffingTarget): ErlangCStaffing[] {
  const day = scenario.day;
  const n = Math.max(1, Math.ceil((day.endMs - day.startMs) / day.intervalMs));
  // Each queue's wrap-up as the router compiles it (its defaults included).
  const compiled = new Router(config.core, { now: () => 0 }).config.queues;
  const wrapOf = new Map([...compiled].map(([id, q]) => [id as string, q.wrapUpMs / 1000]));
  const cells = new Map<string, { queue: string; channel: Channel; volumes: number[]; work: number }>();
  const cell = (queue: string, channel: Channel) => {
    const k = `${queue}|${channel}`;
    let c = cells.get(k);
    if (c === undefined) {
      c = { queue, channel, volumes: new Array<number>(n).fill(0), work: 0 };
      cells.set(k, c);
    }
    return c;
  };
  for (const s of scenario.streams) {
    const c = cell(s.queue, s.channel);
    const aht = compileDistribution(s.handle).mean + (s.wrapUp === null ? wrapOf.get(s.queue)! : compileDistribution(s.wrapUp).mean);
    s.volumes.forEach((v, k) => {
      c.volumes[k]! += v;
      c.work += v * aht;
    });
  }
  for (const t of scenario.trace) {
    const c = cell(t.queue, t.channel);
    const k = Math.min(n - 1, Math.max(0, Math.floor((t.atMs - day.startMs) / day.intervalMs)));
    c.volumes[k]! += 1;
    c.work += t.handleSeconds + (t.wrapUpSeconds ?? wrapOf.get(t.queue)!);
  }
  const out: ErlangCStaffing[] = [];
  for (const c of [...cells.values()].sort((a, b) => (a.queue + a.channel < b.queue + b.channel ? -1 : 1))) {
    const total = c.volumes.reduce((s, v) => s + v, 0);
    if (total === 0) continue;
    const aht = c.work / total;
    // Slots per agent on this channel: the capacity of the agents serving the queue (their mean).
    const serving = scenario.agents.filter((g) => g.profile.queues.includes(c.queue) && (g.profile.capacity[c.channel] ?? 0) > 0);
    const slots = serving.length === 0 ? 1 : serving.reduce((s, g) => s + (g.profile.capacity[c.channel] ?? 0), 0) / serving.length;
    const agentsPerInterval = c.volumes.map((v, k) => {
      const from = day.startMs + k * day.intervalMs;
      const len = (Math.min(day.endMs, from + day.intervalMs) - from) / 1000;
      return Math.ceil(erlangCAgents(v / len, aht, target.thresholdSeconds, target.target) / slots);
    });
    const agentHours = agentsPerInterval.reduce((s, a, k) => {
      const from = day.startMs + k * day.intervalMs;
      return s + (a * (Math.min(day.endMs, from + day.intervalMs) - from)) / 3_600_000;
    }, 0);
    out.push({ queue: c.queue, channel: c.channel, meanHandleSeconds: aht, agentsPerInterval, peakAgents: Math.max(...agentsPerInterval), agentHours });
  }
  return out;
}
