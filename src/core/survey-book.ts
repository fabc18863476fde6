/**
 * Surveys ("was this helpful?"): which contacts completed recently and may
 * still be surveyed, whether they were, and the answers per agent (for the
 * supervisor view; per queue goes to metrics from the events). Part of the
 * core's state, changed only by applying `contact.closed` and
 * `contact.survey_answered`, and in snapshots.
 *
 * A completed contact may be surveyed for `windowMs` after it closed
 * (default 7 days), whatever the volume: contacts are kept in closing
 * order as columns (`ChunkedLog`, queues, channels, tiers and agents
 * interned) with a map from contact id to its entry, some 80 bytes each
 * besides the id (bench/RESULTS.md, "History and surveys over a week"),
 * and dropped by the event times alone (a count of 20,000 refused a
 * survey answered half an hour later at 290,000 contacts a day).
 * `maxBytes` and `keep` bound the whole besides: past them the oldest go
 * first. A survey for a forgotten contact is NOT_FOUND, as for one that
 * never existed.
 */
import type { AgentId, ContactId, QueueId } from './ids.js';
import { ChunkedLog, CHUNK, Interned } from './interned.js';
import type { Channel, SkillLevels, SurveyAbout } from './model.js';
import { SeqTable } from './seq-table.js';

export interface CompletedContact {
  readonly queueId: QueueId;
  readonly channel: Channel;
  readonly tier: string;
  readonly agentId: AgentId;
  readonly closedAt: number;
  /** The answer once surveyed, else null. */
  readonly helpful: boolean | null;
  /**
   * What a reopened case needs of the contact (a survey "no" whose reason
   * reopens it): its customer, language and skills. Absent in snapshots
   * from before surveys reopened cases.
   */
  readonly customerId?: string | undefined;
  readonly language?: string | undefined;
  readonly skills?: SkillLevels | undefined;
  /** The integration the contact belonged to (`ContactRecord.owner`), which a reopened case belongs to too. */
  readonly ownerIntegration?: string | undefined;
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

/** Bytes a surveyable contact costs besides its id's characters (columns, map entry, id string header). */
export const SURVEY_ENTRY_OVERHEAD = 80;

export interface SurveyLimits {
  /** Contacts kept at most (Infinity: by time and bytes only). */
  readonly keep: number;
  /** Surveyable for this long after closing (ms). */
  readonly windowMs: number;
  readonly maxBytes: number;
}

interface Chunk {
  readonly id: string[];
  readonly queue: Uint32Array;
  readonly agent: Uint32Array;
  readonly channel: Uint8Array;
  readonly tier: Uint16Array;
  /** -1 not surveyed, 0 no, 1 yes. */
  readonly helpful: Int8Array;
  readonly closed: Float64Array;
  /** The contact's own strings and skills object (kept by reference: no copy). */
  readonly customer: (string | undefined)[];
  /** Interned language; 0 = unknown. */
  readonly language: Uint16Array;
  readonly skills: (SkillLevels | undefined)[];
  /** Interned owner integration; 0 = none. */
  readonly owner: Uint16Array;
}

const makeChunk = (): Chunk => ({
  id: new Array<string>(CHUNK),
  queue: new Uint32Array(CHUNK),
  agent: new Uint32Array(CHUNK),
  channel: new Uint8Array(CHUNK),
  tier: new Uint16Array(CHUNK),
  helpful: new Int8Array(CHUNK),
  closed: new Float64Array(CHUNK),
  customer: new Array<string | undefined>(CHUNK),
  language: new Uint16Array(CHUNK),
  skills: new Array<SkillLevels | undefined>(CHUNK),
  owner: new Uint16Array(CHUNK),
});

export class SurveyBook {
  readonly #limits: SurveyLimits;
  readonly #log = new ChunkedLog<Chunk>(makeChunk);
  /** Contact id -> seq of its latest close (ids read from the log's own column). */
  readonly #seqOf = new SeqTable((seq) => this.#log.chunkOf(seq).id[seq % CHUNK]!);
  readonly #queues = new Interned();
  readonly #agents = new Interned();
  readonly #channels = new Interned();
  readonly #tiers = new Interned();
  readonly #languages = new Interned();
  readonly #owners = new Interned();
  readonly #byAgent = new Map<AgentId, AgentSurveyTally>();
  #bytes = 0;

  constructor(limits: SurveyLimits) {
    this.#limits = limits;
  }

  get keep(): number {
    return this.#limits.keep;
  }

  get empty(): boolean {
    return this.#log.size === 0 && this.#byAgent.size === 0;
  }

  /** Surveyable contacts kept, and their bytes as counted against `maxBytes`. */
  get size(): number {
    return this.#log.size;
  }
  get bytes(): number {
    return this.#bytes;
  }

  completed(id: ContactId): Readonly<CompletedContact> | undefined {
    const seq = this.#seqOf.get(id);
    if (seq < 0) return undefined;
    const { chunk: c, at } = this.#log.locate(seq);
    const h = c.helpful[at]!;
    return {
      queueId: this.#queues.value(c.queue[at]!)! as QueueId,
      channel: this.#channels.value(c.channel[at]!)! as Channel,
      tier: this.#tiers.value(c.tier[at]!)!,
      agentId: this.#agents.value(c.agent[at]!)! as AgentId,
      closedAt: c.closed[at]!,
      helpful: h < 0 ? null : h === 1,
      customerId: c.customer[at],
      language: c.language[at] === 0 ? undefined : (this.#languages.value(c.language[at]!) ?? undefined),
      skills: c.skills[at],
      // Only when there is one: snapshots go through JSON, which drops undefined keys.
      ...(c.owner[at] === 0 ? {} : { ownerIntegration: this.#owners.value(c.owner[at]!)! }),
    };
  }

  /** A contact closed (positional, so that the hot path builds no object). */
  closed(
    id: ContactId,
    queueId: QueueId,
    channel: Channel,
    tier: string,
    agentId: AgentId,
    closedAt: number,
    customerId?: string,
    language?: string,
    skills?: SkillLevels,
    ownerIntegration?: string,
  ): void {
    if (this.#limits.keep === 0) return;
    const { seq, chunk: c, at } = this.#log.append();
    c.id[at] = id;
    c.queue[at] = this.#queues.id(queueId);
    c.agent[at] = this.#agents.id(agentId);
    c.channel[at] = this.#channels.id(channel);
    c.tier[at] = this.#tiers.id(tier);
    c.helpful[at] = -1;
    c.closed[at] = closedAt;
    c.customer[at] = customerId;
    c.language[at] = language === undefined ? 0 : this.#languages.id(language);
    c.skills[at] = skills;
    c.owner[at] = ownerIntegration === undefined ? 0 : this.#owners.id(ownerIntegration);
    this.#seqOf.set(id, seq);
    this.#bytes += SURVEY_ENTRY_OVERHEAD + id.length + (customerId?.length ?? 0);
    this.#trim(closedAt);
  }

  /** An answer; `about` is what a "no" is about (answers recorded before reasons had one: the agent). */
  answered(id: ContactId, agent: AgentId, helpful: boolean, about: SurveyAbout | null = null): void {
    const seq = this.#seqOf.get(id);
    if (seq >= 0) {
      const { chunk, at } = this.#log.locate(seq);
      chunk.helpful[at] = helpful ? 1 : 0;
    }
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
    const completed: (readonly [string, CompletedContact])[] = [];
    for (let seq = this.#log.head; seq < this.#log.next; seq++) {
      const id = this.#log.locate(seq).chunk.id[this.#log.locate(seq).at]!;
      // A contact closed twice (a re-run) is listed at its latest close only.
      if (this.#seqOf.get(id) === seq) completed.push([id, this.completed(id as ContactId)!]);
    }
    return { completed, byAgent: [...this.#byAgent].map(([id, t]) => [id, { ...t }] as const) };
  }

  load(image: SurveyImage): void {
    for (const [id, c] of image.completed) {
      this.closed(id as ContactId, c.queueId, c.channel, c.tier, c.agentId, c.closedAt, c.customerId, c.language, c.skills, c.ownerIntegration);
      if (c.helpful !== null) {
        const { chunk, at } = this.#log.locate(this.#seqOf.get(id));
        chunk.helpful[at] = c.helpful ? 1 : 0;
      }
    }
    for (const [id, t] of image.byAgent) this.#byAgent.set(id as AgentId, { ...t });
  }

  #trim(now: number): void {
    const log = this.#log;
    const cutoff = now - this.#limits.windowMs;
    while (log.size > 0) {
      const { chunk, at } = log.locate(log.head);
      if (!(chunk.closed[at]! < cutoff || this.#bytes > this.#limits.maxBytes || this.#seqOf.size > this.#limits.keep)) break;
      const id = chunk.id[at]!;
      this.#bytes -= SURVEY_ENTRY_OVERHEAD + id.length + (chunk.customer[at]?.length ?? 0);
      this.#seqOf.removeSeq(id, log.head);
      chunk.id[at] = undefined as unknown as string;
      chunk.customer[at] = undefined;
      chunk.skills[at] = undefined;
      log.dropHead();
    }
  }
}
