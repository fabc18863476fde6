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
 * closed contact add nothing. A span never crosses an hour of the epoch
 * (`SPAN_CHUNK_MS`): a state held longer is one span an hour, so a reader
 * of a window finds every span that overlaps it among those that start at
 * most an hour before it (what lets the Redis store index spans by start).
 *
 * Kept where the records are (`RecordStore.agentTime`): here in memory for
 * the records' retention, at most `maxSpans` (the oldest dropped first,
 * counted): about 100 bytes a span, a few hundred spans per agent a day;
 * with `--store redis` in Redis (redis-agent-time.ts), so that the spans
 * outlive the leader that saw them.
 */

import { csvField } from './interaction-record.js';

/** Spans are cut at every multiple of this (ms since the epoch): one hour. */
export const SPAN_CHUNK_MS = 3_600_000;

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

/**
 * Where the spans are kept: fed by the leader's agent states, read by
 * `GET /v1/agent-time` and `GET /v1/agent-figures`.
 */
export interface AgentTimeStore {
  /** The agent was in state `key` from `from` to `to` (a state-clock key; away and offline are not kept). */
  add(agentId: string, key: string, from: number, to: number): void;
  /**
   * The spans that overlap `[from, to)`, cut to it; each agent's in the
   * order of their start, never overlapping one another.
   */
  read(from: number, to: number, agentId?: string): AsyncGenerator<AgentTimeSpan>;
  /** Resolves once every span added so far is stored (and readable). */
  flush(): Promise<void>;
}

/** `[from, to)` cut at each multiple of `SPAN_CHUNK_MS`. */
export function* chunksOf(from: number, to: number): Generator<readonly [number, number]> {
  let a = from;
  while (a < to) {
    const end = Math.min(to, (Math.floor(a / SPAN_CHUNK_MS) + 1) * SPAN_CHUNK_MS);
    yield [a, end];
    a = end;
  }
}

/** Whether two times fall in the same chunk (a span that starts at `a` may be extended to `b`). */
export const sameChunk = (a: number, b: number): boolean => Math.floor(a / SPAN_CHUNK_MS) === Math.floor((b - 1) / SPAN_CHUNK_MS);

export interface AgentTimeLogOptions {
  readonly retentionMs: number;
  /** Spans kept at most (default 2,000,000: a week of 1,000 agents). */
  readonly maxSpans?: number;
}

/** The memory store: spans in the order they were first reported, trimmed by age and count. */
export class AgentTimeLog implements AgentTimeStore {
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
    for (const [a, b] of chunksOf(from, to)) {
      const last = this.#last.get(agentId);
      if (last !== undefined && last.state === key && last.to === a && sameChunk(last.from, b)) {
        last.to = b;
        continue;
      }
      const span: AgentTimeSpan = { agentId, state: key, from: a, to: b };
      this.#spans.push(span);
      this.#last.set(agentId, span);
    }
    this.#trim(to);
  }

  async *read(from: number, to: number, agentId?: string): AsyncGenerator<AgentTimeSpan> {
    // A new leader term of this process reports its agents' states from their recovered start, which may repeat time kept already.
    const ends = new Map<string, number>();
    let n = 0;
    for (const s of this.spans(from, to, agentId)) {
      const start = Math.max(s.from, ends.get(s.agentId) ?? -Infinity);
      if (start >= s.to) continue;
      ends.set(s.agentId, s.to);
      yield start === s.from ? s : { ...s, from: start };
      // A week of spans is not read in one turn of the loop.
      if (++n % 1000 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  }

  flush(): Promise<void> {
    return Promise.resolve();
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

/** Staffed and occupied time per agent of the spans a store reads. */
export async function totalsFrom(spans: AsyncIterable<AgentTimeSpan>): Promise<Map<string, AgentTimeTotals>> {
  const out = new Map<string, AgentTimeTotals>();
  for await (const s of spans) count(out, s);
  return out;
}

/** Staffed and occupied time per agent of a set of spans (what `GET /v1/agent-time` exports). */
export function totalsOf(spans: Iterable<Pick<AgentTimeSpan, 'agentId' | 'state' | 'from' | 'to'>>): Map<string, AgentTimeTotals> {
  const out = new Map<string, AgentTimeTotals>();
  for (const s of spans) count(out, s);
  return out;
}

function count(out: Map<string, AgentTimeTotals>, s: Pick<AgentTimeSpan, 'agentId' | 'state' | 'from' | 'to'>): void {
  let t = out.get(s.agentId);
  if (t === undefined) out.set(s.agentId, (t = { staffedMs: 0, occupiedMs: 0 }));
  const ms = s.to - s.from;
  if (STAFFED.has(s.state)) t.staffedMs += ms;
  if (OCCUPIED.has(s.state)) t.occupiedMs += ms;
}

/** Columns of the agent-time CSV export, one row per span. */
export const AGENT_TIME_CSV_COLUMNS = ['agent_id', 'state', 'from', 'to', 'ms'] as const;

export function agentTimeCsvHeader(): string {
  return `${AGENT_TIME_CSV_COLUMNS.join(',')}\r\n`;
}

/** One span as a CSV line (CRLF, as the records' export). */
export function agentTimeCsvRow(s: AgentTimeSpan): string {
  return `${csvField(s.agentId)},${s.state},${new Date(s.from).toISOString()},${new Date(s.to).toISOString()},${s.to - s.from}\r\n`;
}
