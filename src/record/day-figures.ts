/**
 * The day's per-agent figures for the supervisor snapshot: the records of
 * the contacts closed since the day started (`AgentFigures`), the survey
 * answers given since, and the agents' staffed and occupied time, all
 * starting over with the floor's day (`floorStats.dayStartsAt`).
 *
 * Sits between the record builder and the record store: every record and
 * survey goes on to the store unchanged.
 */
import { AgentFigures, type AgentFigureSet } from './agent-figures.js';
import type { InteractionRecord, SurveyEntry } from './interaction-record.js';
import type { RecordSink } from './record-builder.js';

/** Counts every agent's (or only these agents') time in its present state up to `until`. */
export type ReportTimeUntil = (until: number, only?: readonly string[]) => void;
export interface DayFiguresOptions {
  /** Where records go on to (the store), if kept. */
  readonly next?: RecordSink | undefined;
  /** The start of the day `now` is in (ms). */
  readonly dayStartOf: (now: number) => number;
  readonly now: number;
  /** Asks the agents' states to report their time up to `until` (through `stateTime`). */
  readonly reportTimeUntil?: ReportTimeUntil;
}

const OCCUPIED = new Set(['busy', 'wrap_up']);

export class DayFigures implements RecordSink {
  readonly #figures = new AgentFigures();
  readonly #o: DayFiguresOptions;
  readonly #changed = new Set<string>();
  #since: number;
  #reportUntil: ReportTimeUntil | undefined;

  constructor(options: DayFiguresOptions) {
    this.#o = options;
    this.#since = options.dayStartOf(options.now);
    this.#reportUntil = options.reportTimeUntil;
  }

  /** Set once the agents' states exist (they need this object's `stateTime`). */
  reportTimeWith(fn: ReportTimeUntil): void {
    this.#reportUntil = fn;
  }

  closed(record: InteractionRecord): void {
    this.#o.next?.closed(record);
    this.#roll(record.closedAt);
    this.#figures.add(record);
    for (const h of record.agents) this.#changed.add(h.agentId);
    for (const t of record.transfers) this.#changed.add(t.fromAgentId);
    if (record.repeatOfAgentId !== null) this.#changed.add(record.repeatOfAgentId);
  }

  surveyed(contactId: string, survey: SurveyEntry): void {
    this.#o.next?.surveyed(contactId, survey);
    this.#roll(survey.at);
    this.#figures.survey(survey);
    this.#changed.add(survey.agentId);
  }

  /** The agents whose figures a record or a survey changed since the last call (for the live stream). */
  takeChanged(): string[] {
    if (this.#changed.size === 0) return [];
    const out = [...this.#changed];
    this.#changed.clear();
    return out;
  }

  /** An agent left a state after `ms` in it (`AgentStates`' listener). */
  stateTime(agentId: string, key: string, ms: number): void {
    if (OCCUPIED.has(key)) this.#figures.time(agentId, ms, ms);
    else if (key === 'available') this.#figures.time(agentId, ms, 0);
  }

  /**
   * The day's figures as of `now` (the time in the present states counted up
   * to it): of every agent, or brought up to `now` for the agents of `only`
   * alone (the live push of the few a flush changed: a floor of thousands
   * must not be walked at every contact that closes).
   */
  read(now: number, only?: readonly string[]): { readonly since: number; readonly agents: ReadonlyMap<string, Readonly<AgentFigureSet>> } {
    this.#roll(now);
    this.#reportUntil?.(now, only);
    return { since: this.#since, agents: this.#figures.agents };
  }

  #roll(now: number): void {
    const since = this.#o.dayStartOf(now);
    if (since <= this.#since) return;
    // Time up to the day's start belongs to the day that ends.
    this.#reportUntil?.(since);
    this.#figures.clear();
    this.#since = since;
  }
}
