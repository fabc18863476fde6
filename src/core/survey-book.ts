/**
 * Surveys ("was this helpful?"): which contacts completed recently and may
 * still be surveyed, whether they were, and the answers per agent (for the
 * supervisor view; per queue goes to metrics from the events). Part of the
 * core's state, changed only by applying `contact.closed` and
 * `contact.survey_answered`, and in snapshots.
 *
 * Completed contacts are kept in closing order and forgotten oldest first
 * past `keep`: a survey for a forgotten contact is NOT_FOUND, as for one
 * that never existed.
 */
import type { AgentId, ContactId, QueueId } from './ids.js';
import type { Channel } from './model.js';

export interface CompletedContact {
  readonly queueId: QueueId;
  readonly channel: Channel;
  readonly tier: string;
  readonly agentId: AgentId;
  readonly closedAt: number;
  /** The answer once surveyed, else null. */
  helpful: boolean | null;
}

export interface AgentSurveyTally {
  yes: number;
  no: number;
}

export interface SurveyImage {
  readonly completed: readonly (readonly [string, CompletedContact])[];
  readonly byAgent: readonly (readonly [string, AgentSurveyTally])[];
}

export class SurveyBook {
  readonly #completed = new Map<ContactId, CompletedContact>();
  /**
   * Closing order, oldest at `#head`: evicting through the map's own order
   * (`keys().next()`) walks past every deleted slot at the front of V8's
   * table, O(n) per close once the book is full.
   */
  #order: ContactId[] = [];
  #head = 0;
  readonly #byAgent = new Map<AgentId, AgentSurveyTally>();

  constructor(readonly keep: number) {}

  get empty(): boolean {
    return this.#completed.size === 0 && this.#byAgent.size === 0;
  }

  completed(id: ContactId): Readonly<CompletedContact> | undefined {
    return this.#completed.get(id);
  }

  /** A contact closed (positional, so that the hot path builds one object, not two). */
  closed(id: ContactId, queueId: QueueId, channel: Channel, tier: string, agentId: AgentId, closedAt: number): void {
    if (this.keep === 0) return;
    const before = this.#completed.size;
    this.#completed.set(id, { queueId, channel, tier, agentId, closedAt, helpful: null });
    if (this.#completed.size > before) this.#order.push(id);
    while (this.#completed.size > this.keep) this.#completed.delete(this.#order[this.#head++]!);
    if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#head);
      this.#head = 0;
    }
  }

  answered(id: ContactId, agent: AgentId, helpful: boolean): void {
    const c = this.#completed.get(id);
    if (c !== undefined) c.helpful = helpful;
    let t = this.#byAgent.get(agent);
    if (t === undefined) this.#byAgent.set(agent, (t = { yes: 0, no: 0 }));
    if (helpful) t.yes++;
    else t.no++;
  }

  /** Answers per agent, in the order agents were first surveyed. */
  tallies(): IterableIterator<[AgentId, Readonly<AgentSurveyTally>]> {
    return this.#byAgent.entries();
  }

  image(): SurveyImage {
    return {
      completed: [...this.#completed].map(([id, c]) => [id, { ...c }] as const),
      byAgent: [...this.#byAgent].map(([id, t]) => [id, { ...t }] as const),
    };
  }

  load(image: SurveyImage): void {
    for (const [id, c] of image.completed) {
      this.#completed.set(id as ContactId, { ...c });
      this.#order.push(id as ContactId);
    }
    for (const [id, t] of image.byAgent) this.#byAgent.set(id as AgentId, { ...t });
  }
}
