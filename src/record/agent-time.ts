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

/** The states a span may be in, by their code in `AgentTimeLog`'s columns. */
const STATES = ['available', 'busy', 'wrap_up'] as const;
const STATE_CODE = new Map<string, number>(STATES.map((k, i) => [k, i]));

/**
 * The memory store: spans in the order they were first reported, trimmed by
 * age and count. Kept in columns of typed arrays (agent as an index into a
 * table of the agents' ids, state as a code, from and to), not as an object
 * a span: ~3.6 spans a contact handled, kept for the records' retention
 * (up to `maxSpans`, 2,000,000), were ~88 bytes of V8 heap each (the object
 * and its two numbers), every one promoted and marked by every major
 * collection (issue 20); now 21 bytes a span outside the heap.
 */
export class AgentTimeLog implements AgentTimeStore {
  readonly #o: AgentTimeLogOptions;
  /** Span `k` (counted from the first ever kept) is at `k - #base` in the columns; kept are `#head` to `#end`. */
  #base = 0;
  #head = 0;
  #end = 0;
  #agent = new Uint32Array(64);
  #state = new Uint8Array(64);
  #from = new Float64Array(64);
  #to = new Float64Array(64);
  /** The agents' ids by index, and back. */
  readonly #agents: string[] = [];
  readonly #agentIndex = new Map<string, number>();
  /** Each agent's latest span (by index into `#agents`: its `k`), extended while the agent stays in its state. */
  readonly #last = new Map<number, number>();
  #dropped = 0;

  constructor(options: AgentTimeLogOptions) {
    this.#o = options;
  }

  /** Spans kept, and dropped for want of room. */
  get stats(): { readonly spans: number; readonly dropped: number } {
    return { spans: this.#end - this.#head, dropped: this.#dropped };
  }

  /** The agent was in state `key` from `from` to `to` (a state-clock key; away and offline are not kept). */
  add(agentId: string, key: string, from: number, to: number): void {
    const state = STATE_CODE.get(key);
    if (state === undefined || to <= from) return;
    let agent = this.#agentIndex.get(agentId);
    if (agent === undefined) {
      agent = this.#agents.length;
      this.#agents.push(agentId);
      this.#agentIndex.set(agentId, agent);
    }
    for (const [a, b] of chunksOf(from, to)) {
      const last = this.#last.get(agent);
      if (last !== undefined) {
        const i = last - this.#base;
        if (this.#state[i] === state && this.#to[i] === a && sameChunk(this.#from[i]!, b)) {
          this.#to[i] = b;
          continue;
        }
      }
      const k = this.#push(agent, state, a, b);
      this.#last.set(agent, k);
    }
    this.#trim(to);
  }

  #push(agent: number, state: number, from: number, to: number): number {
    let i = this.#end - this.#base;
    if (i === this.#to.length) {
      // Full: move the kept spans to the front, in columns twice as large if they fill more than half.
      const kept = this.#end - this.#head;
      const size = kept * 2 > this.#to.length ? this.#to.length * 2 : this.#to.length;
      const at = this.#head - this.#base;
      this.#agent = moved(this.#agent, at, kept, size, Uint32Array);
      this.#state = moved(this.#state, at, kept, size, Uint8Array);
      this.#from = moved(this.#from, at, kept, size, Float64Array);
      this.#to = moved(this.#to, at, kept, size, Float64Array);
      this.#base = this.#head;
      i = kept;
    }
    this.#agent[i] = agent;
    this.#state[i] = state;
    this.#from[i] = from;
    this.#to[i] = to;
    return this.#end++;
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
    const only = agentId === undefined ? -1 : this.#agentIndex.get(agentId);
    if (only === undefined) return;
    // By `k`, reading the columns afresh at each: spans may be added, extended, trimmed or moved while an export waits for its socket.
    for (let k = this.#head; k < this.#end; k++) {
      // Dropped by a trim meanwhile.
      if (k < this.#head) k = this.#head;
      if (k >= this.#end) break;
      const i = k - this.#base;
      const a = this.#from[i]!;
      const b = this.#to[i]!;
      const agent = this.#agent[i]!;
      if (b <= from || a >= to || (only >= 0 && agent !== only)) continue;
      yield { agentId: this.#agents[agent]!, state: STATES[this.#state[i]!]!, from: Math.max(a, from), to: Math.min(b, to) };
    }
  }

  /** Staffed and occupied time per agent within `[from, to)`. */
  totals(from: number, to: number, agentId?: string): Map<string, AgentTimeTotals> {
    return totalsOf(this.spans(from, to, agentId));
  }

  #trim(now: number): void {
    const cutoff = now - this.#o.retentionMs;
    const max = this.#o.maxSpans ?? 2_000_000;
    while (this.#head < this.#end && (this.#to[this.#head - this.#base]! < cutoff || this.#end - this.#head > max)) {
      const i = this.#head - this.#base;
      if (this.#to[i]! >= cutoff) this.#dropped++;
      const agent = this.#agent[i]!;
      if (this.#last.get(agent) === this.#head) this.#last.delete(agent);
      this.#head++;
    }
  }
}

/** `column[at, at + n)` at the start of a new column of `size`. */
function moved<T extends Uint32Array | Uint8Array | Float64Array>(column: T, at: number, n: number, size: number, Type: new (size: number) => T): T {
  const out = size === column.length ? column : new Type(size);
  out.set(column.subarray(at, at + n), 0);
  return out;
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
