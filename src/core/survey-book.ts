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
import type { Channel, ContactRecord, SurveyAbout } from './model.js';

export interface CompletedContact {
  readonly queueId: QueueId;
  readonly channel: Channel;
  readonly tier: string;
  readonly agentId: AgentId;
  readonly closedAt: number;
  /** The answer once surveyed, else null. */
  helpful: boolean | null;
  /**
   * What a reopened case needs of the contact: its customer, language and
   * skills (absent in snapshots from before surveys reopened cases).
   */
  readonly customerId?: string;
  readonly language?: string;
  readonly skills?: ContactRecord['skills'];
}

export interface AgentSurveyTally {
  yes: number;
  /** "No" answers about the agent: the only ones that count in the agent's figures. */
  no: number;
  /** "No" answers about a policy or the product (absent in snapshots from before). */
  notAboutAgent?: number;
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

  /** A contact closed. */
  closed(c: Readonly<ContactRecord>, agentId: AgentId, closedAt: number): void {
    if (this.keep === 0) return;
    const before = this.#completed.size;
    const { id, queueId, channel, language, skills } = c;
    this.#completed.set(id, { queueId, channel, tier: c.customer.tier, agentId, closedAt, helpful: null, customerId: c.customer.id, language, skills });
    if (this.#completed.size > before) this.#order.push(id);
    while (this.#completed.size > this.keep) this.#completed.delete(this.#order[this.#head++]!);
    if (this.#head > 1024 && this.#head * 2 > this.#order.length) {
      this.#order = this.#order.slice(this.#head);
      this.#head = 0;
    }
  }

  /** An answer; `about` is what a "no" is about (answers recorded before reasons had one: the agent). */
  answered(id: ContactId, agent: AgentId, helpful: boolean, about: SurveyAbout | null = null): void {
    const c = this.#completed.get(id);
    if (c !== undefined) c.helpful = helpful;
    let t = this.#byAgent.get(agent);
    if (t === undefined) this.#byAgent.set(agent, (t = { yes: 0, no: 0, notAboutAgent: 0 }));
    if (helpful) t.yes++;
    else if (about === null || about === 'agent') t.no++;
    else t.notAboutAgent = (t.notAboutAgent ?? 0) + 1;
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
