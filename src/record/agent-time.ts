/**
 * Each agent's staffed and occupied time as spans, so that any window's
 * occupancy can be read (`GET /v1/agent-figures`) and exported
 * (`GET /v1/agent-time`), the one equal to what is recomputed from the
 * other. Staffed: signed in and not away (available, busy, wrap-up);
 * occupied: busy or in wrap-up (DESIGN §6).
 *
 * Fed by the agents' states (`AgentStates`' listener: a state left, and
 * every agent's present state up to a reading): contiguous reports of one
 * state are one span, extended in place, so readings as often as every
 * closed contact add nothing. Kept in memory for the records' retention,
 * at most `maxSpans` (the oldest dropped first, counted): about 100 bytes
 * a span, a few hundred spans per agent a day.
 */

/** One span of an agent in one state: `[from, to)`, ms. */
export interface AgentTimeSpan {
  readonly agentId: string;
  /** `available`, `busy` or `wrap_up`. */
  readonly state: string;
  readonly from: number;
  to: number;
}

export interface AgentTimeTotals {
  staffedMs: number;
  occupiedMs: number;
}

const STAFFED = new Set(['available', 'busy', 'wrap_up']);
const OCCUPIED = new Set(['busy', 'wrap_up']);

export interface AgentTimeLogOptions {
  readonly retentionMs: number;
  /** Spans kept at most (default 2,000,000: a week of 1,000 agents). */
  readonly maxSpans?: number;
}

export class AgentTimeLog {
  readonly #o: AgentTimeLogOptions;
  #spans: AgentTimeSpan[] = [];
  #head = 0;
  /** Each agent's latest span, extended while the agent stays in its state. */
  readonly #last = new Map<string, AgentTimeSpan>();
  #dropped = 0;

  constructor(options: AgentTimeLogOptions) {
    this.#o = options;
  }

  /** Spans kept, and dropped for want of room. */
  get stats(): { readonly spans: number; readonly dropped: number } {
    return { spans: this.#spans.length - this.#head, dropped: this.#dropped };
  }

  /** The agent was in state `key` from `from` to `to` (a state-clock key; away and offline are not kept). */
  add(agentId: string, key: string, from: number, to: number): void {
    if (!STAFFED.has(key) || to <= from) return;
    const last = this.#last.get(agentId);
    if (last !== undefined && last.state === key && last.to === from) {
      last.to = to;
      return;
    }
    const span: AgentTimeSpan = { agentId, state: key, from, to };
    this.#spans.push(span);
    this.#last.set(agentId, span);
    this.#trim(to);
  }

  /** The spans that overlap `[from, to)`, cut to it, in the order they started being kept. */
  *spans(from: number, to: number, agentId?: string): Generator<AgentTimeSpan> {
    const list = this.#spans;
    for (let i = this.#head; i < list.length; i++) {
      const s = list[i];
      // Dropped by a trim while an export waited for its socket.
      if (s === undefined) continue;
      if (s.to <= from || s.from >= to || (agentId !== undefined && s.agentId !== agentId)) continue;
      yield { agentId: s.agentId, state: s.state, from: Math.max(s.from, from), to: Math.min(s.to, to) };
    }
  }

  /** Staffed and occupied time per agent within `[from, to)`. */
  totals(from: number, to: number, agentId?: string): Map<string, AgentTimeTotals> {
    return totalsOf(this.spans(from, to, agentId));
  }

  #trim(now: number): void {
    const cutoff = now - this.#o.retentionMs;
    const max = this.#o.maxSpans ?? 2_000_000;
    const list = this.#spans;
    while (this.#head < list.length && (list[this.#head]!.to < cutoff || list.length - this.#head > max)) {
      const s = list[this.#head]!;
      if (s.to >= cutoff) this.#dropped++;
      if (this.#last.get(s.agentId) === s) this.#last.delete(s.agentId);
      list[this.#head] = undefined as unknown as AgentTimeSpan;
      this.#head++;
    }
    if (this.#head > 4096 && this.#head * 2 > list.length) {
      this.#spans = list.slice(this.#head);
      this.#head = 0;
    }
  }
}

/** Staffed and occupied time per agent of a set of spans (what `GET /v1/agent-time` exports). */
export function totalsOf(spans: Iterable<Pick<AgentTimeSpan, 'agentId' | 'state' | 'from' | 'to'>>): Map<string, AgentTimeTotals> {
  const out = new Map<string, AgentTimeTotals>();
  for (const s of spans) {
    let t = out.get(s.agentId);
    if (t === undefined) out.set(s.agentId, (t = { staffedMs: 0, occupiedMs: 0 }));
    const ms = s.to - s.from;
    if (STAFFED.has(s.state)) t.staffedMs += ms;
    if (OCCUPIED.has(s.state)) t.occupiedMs += ms;
  }
  return out;
}
