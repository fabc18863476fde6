/**
 * The wallboard's agents table of the day's figures (DESIGN §6): one row per
 * agent from the server's figures (`floorStats.agentFigures` in the
 * snapshot, then `agentFiguresChanged`), averages and rates derived here
 * the way `src/record/agent-figures.ts` defines them, sortable by any
 * column; and the distribution of the reasons behind the "no" answers the
 * board shows (by what they are about, and by reason).
 */
import type { AgentFiguresMsg } from '../../../src/protocol/messages.js';
import type { AgentSurveys } from './floor.js';

export interface AgentFigureRow {
  readonly agentId: string;
  readonly handled: number;
  /** Channel -> contacts handled. */
  readonly byChannel: Readonly<Record<string, number>>;
  /** Averages over the contacts handled (undefined before the first). */
  readonly avgTalkMs: number | undefined;
  readonly avgHoldMs: number | undefined;
  readonly avgWrapUpMs: number | undefined;
  readonly ahtMs: number | undefined;
  /** Occupied / staffed time, 0..1 (undefined before any staffed time). */
  readonly occupancy: number | undefined;
  /** First-contact resolution: 1 - repeats / handled (undefined before the first). */
  readonly fcr: number | undefined;
  readonly transfers: number;
  readonly escalations: number;
  readonly surveyYes: number;
  /** "No" answers about the agent: the only ones the agent is measured on. */
  readonly surveyNo: number;
  /** "No" answers about a policy or the product (a reason of no category counts as about the agent, as on the server). */
  readonly surveyNoNotAboutAgent: number;
  /** Share of "no" among the answers that count (yes + no about the agent). */
  readonly noRate: number | undefined;
  /** Category (`agent`, `policy`, `product`, `other`) -> "no" answers. */
  readonly noByCategory: Readonly<Record<string, number>>;
}

const per = (sum: number | undefined, n: number): number | undefined => (n > 0 ? (sum ?? 0) / n : undefined);

/** One agent's row; proto3 leaves zeros out, so absent counts as 0. */
export function figureRow(f: AgentFiguresMsg): AgentFigureRow {
  const handled = f.handled ?? 0;
  const staffed = f.staffedMs ?? 0;
  const yes = f.surveyYes ?? 0;
  const no = f.surveyNo ?? 0;
  const byCategory = f.surveyNoByCategory ?? {};
  let allNo = 0;
  for (const n of Object.values(byCategory)) allNo += n;
  return {
    agentId: f.agentId,
    handled,
    byChannel: f.handledByChannel ?? {},
    avgTalkMs: per(f.talkMs, handled),
    avgHoldMs: per(f.holdMs, handled),
    avgWrapUpMs: per(f.wrapUpMs, handled),
    ahtMs: per(f.handleMs, handled),
    occupancy: staffed > 0 ? Math.min(1, (f.occupiedMs ?? 0) / staffed) : undefined,
    fcr: handled > 0 ? Math.max(0, 1 - (f.repeats ?? 0) / handled) : undefined,
    transfers: f.transfers ?? 0,
    escalations: f.escalations ?? 0,
    surveyYes: yes,
    surveyNo: no,
    surveyNoNotAboutAgent: Math.max(0, allNo - no),
    noRate: yes + no > 0 ? no / (yes + no) : undefined,
    noByCategory: byCategory,
  };
}

export const SORT_KEYS = [
  'agentId',
  'handled',
  'avgTalkMs',
  'avgHoldMs',
  'avgWrapUpMs',
  'ahtMs',
  'occupancy',
  'fcr',
  'transfers',
  'escalations',
  'surveyYes',
  'surveyNo',
  'noRate',
] as const;
export type SortKey = (typeof SORT_KEYS)[number];

/**
 * Rows sorted by `key` (`desc`: largest first); a figure not known yet
 * (undefined) sorts last either way, ties by agent id.
 */
export function sortRows(rows: readonly AgentFigureRow[], key: SortKey, desc: boolean): AgentFigureRow[] {
  const sign = desc ? -1 : 1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    if (x !== y) {
      if (x === undefined) return 1;
      if (y === undefined) return -1;
      const c = typeof x === 'string' ? x.localeCompare(y as string) : x - (y as number);
      if (c !== 0) return sign * c;
    }
    return a.agentId.localeCompare(b.agentId);
  });
}

export interface Share {
  readonly key: string;
  readonly n: number;
  /** Of the total, 0..1. */
  readonly share: number;
}

function shares(counts: Map<string, number>): Share[] {
  let total = 0;
  for (const n of counts.values()) total += n;
  return [...counts]
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key, n]) => ({ key, n, share: n / total }));
}

/** Every "no" of the day by what it is about (`agent`, `policy`, `product`, `other`), from the agents' figures. */
export function noByCategory(figures: Iterable<AgentFiguresMsg>): Share[] {
  const counts = new Map<string, number>();
  for (const f of figures) for (const [c, n] of Object.entries(f.surveyNoByCategory ?? {})) counts.set(c, (counts.get(c) ?? 0) + n);
  return shares(counts);
}

/** Every "no" by its reason, over the agents' survey counts the board shows. */
export function noByReason(surveys: Iterable<AgentSurveys>): Share[] {
  const counts = new Map<string, number>();
  for (const s of surveys) for (const [r, n] of s.reasons) counts.set(r, (counts.get(r) ?? 0) + n);
  return shares(counts);
}
