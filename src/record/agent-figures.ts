/**
 * Per-agent figures (DESIGN §4, §6): what each agent handled and how, for
 * supervisors, computed from the interaction records only, so that the
 * figures of any window equal those recomputed from its export. The day's
 * figures are folded as records close (`AgentFigures.add`); a chosen
 * window's are folded from the stored records (`figuresOf`).
 *
 * Per agent:
 * - handled, by channel: contacts the agent accepted (a contact handled
 *   by two agents counts for each);
 * - talk, hold, wrap-up and handle time: sums of the agent's parts
 *   (averages are these over `handled`);
 * - transfers and escalations the agent made;
 * - repeats: later contacts that repeated one the agent closed, counted
 *   when the repeat arrives (first-contact resolution = 1 - repeats / handled);
 * - survey answers, the "no" answers split by what their reason is about
 *   (`agent`, `policy`, `product`; `other` when the reason has no category),
 *   so an agent is judged only on the "no" answers about them;
 * - staffed and occupied time (occupancy = occupied / staffed): fed by the
 *   agent's states, not the records (the day's figures only).
 *
 * Not Prometheus labels (one series per agent would not scale): the
 * supervisor snapshot and `GET /v1/agent-figures` carry them.
 */
import type { InteractionRecord, SurveyEntry } from './interaction-record.js';

export interface AgentFigureSet {
  handled: number;
  readonly handledByChannel: Record<string, number>;
  talkMs: number;
  holdMs: number;
  wrapUpMs: number;
  handleMs: number;
  transfers: number;
  escalations: number;
  repeats: number;
  surveyYes: number;
  surveyNo: number;
  /** `agent`, `policy`, `product` or `other` -> "no" answers. */
  readonly surveyNoByCategory: Record<string, number>;
  staffedMs: number;
  occupiedMs: number;
}

const zero = (): AgentFigureSet => ({
  handled: 0,
  handledByChannel: {},
  talkMs: 0,
  holdMs: 0,
  wrapUpMs: 0,
  handleMs: 0,
  transfers: 0,
  escalations: 0,
  repeats: 0,
  surveyYes: 0,
  surveyNo: 0,
  surveyNoByCategory: {},
  staffedMs: 0,
  occupiedMs: 0,
});

export class AgentFigures {
  readonly #agents = new Map<string, AgentFigureSet>();

  /** Per agent, in the order first seen. */
  get agents(): ReadonlyMap<string, Readonly<AgentFigureSet>> {
    return this.#agents;
  }

  #of(agent: string): AgentFigureSet {
    let f = this.#agents.get(agent);
    if (f === undefined) this.#agents.set(agent, (f = zero()));
    return f;
  }

  /** A closed contact's record: its handling agents' parts, their hand-ons, the repeat it is. */
  add(r: InteractionRecord): void {
    const seen = new Set<string>();
    for (const h of r.agents) {
      const f = this.#of(h.agentId);
      if (!seen.has(h.agentId)) {
        seen.add(h.agentId);
        f.handled++;
        f.handledByChannel[r.channel] = (f.handledByChannel[r.channel] ?? 0) + 1;
      }
      f.talkMs += h.talkMs;
      f.holdMs += h.holdMs;
      f.wrapUpMs += h.wrapUpMs;
      f.handleMs += h.handleMs;
    }
    for (const t of r.transfers) {
      const f = this.#of(t.fromAgentId);
      if (t.escalation === null) f.transfers++;
      else f.escalations++;
    }
    if (r.repeatOfAgentId !== null && r.repeatOfAgentId !== undefined) this.#of(r.repeatOfAgentId).repeats++;
    if (r.survey !== null) this.survey(r.survey);
  }

  /** A survey answer, counted for the agent it is about. */
  survey(s: SurveyEntry): void {
    const f = this.#of(s.agentId);
    if (s.helpful) f.surveyYes++;
    else {
      f.surveyNo++;
      const c = s.category ?? 'other';
      f.surveyNoByCategory[c] = (f.surveyNoByCategory[c] ?? 0) + 1;
    }
  }

  /** Time the agent was staffed (logged in, not away) and of it occupied (holding a contact). */
  time(agent: string, staffedMs: number, occupiedMs: number): void {
    const f = this.#of(agent);
    f.staffedMs += staffedMs;
    f.occupiedMs += occupiedMs;
  }

  clear(): void {
    this.#agents.clear();
  }
}

/** The figures of a set of records (a window's export), surveys included. */
export function figuresOf(records: Iterable<InteractionRecord>): AgentFigures {
  const f = new AgentFigures();
  for (const r of records) f.add(r);
  return f;
}
