/**
 * The agents' staffed and occupied spans in Redis (`--store redis://…`),
 * beside the interaction records and for as long: a leader that restarts,
 * or one that takes over, reads the spans its predecessor saw, and the
 * leader's memory holds only each agent's latest span (to extend it) and
 * the spans not yet written (batched per event-loop turn).
 *
 * Two keys under the records' prefix (the domain's hash tag): a sorted set
 * of spans scored by their start, and a hash of each span's end and state.
 * A span is named by its agent and start (`<from>:<agentId>`): extending
 * it rewrites its end, never adds an entry, and a new leader that reports
 * the state its predecessor was in, from the same start, extends the same
 * span (the end kept is the later of the two). Spans never cross an hour
 * (`SPAN_CHUNK_MS`), so those that overlap a window are among those that
 * start at most an hour before it. Every write trims the spans past the
 * retention.
 *
 * A new leader knows an agent's state start from the stored routing state
 * (recovered-since.ts), which can be a little off the old leader's (an
 * offer that rang out): the reader cuts each agent's spans so that none
 * overlaps the one before, and nothing is counted twice.
 *
 * Reporting, not routing state: a failed write is counted and logged by
 * the caller, never retried into a growing queue.
 */
import type { Redis } from 'ioredis';
import { chunksOf, sameChunk, SPAN_CHUNK_MS, type AgentTimeSpan, type AgentTimeStore } from './agent-time.js';

/**
 * KEYS: zset, data. ARGV: cutoff (spans starting before it are dropped), then
 * (from, member, to, state) quadruples. The end kept is the later of the
 * stored and the given one. Trims at most 10,000 old spans a call.
 */
const WRITE = `
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, 10000)
if #old > 0 then
  redis.call('HDEL', KEYS[2], unpack(old))
  redis.call('ZREM', KEYS[1], unpack(old))
end
for i = 2, #ARGV, 4 do
  local m = ARGV[i + 1]
  local prev = redis.call('HGET', KEYS[2], m)
  local keep = false
  if prev then
    local pto = tonumber(string.match(prev, '^(%d+)'))
    if pto and pto > tonumber(ARGV[i + 2]) then keep = true end
  end
  if not keep then
    redis.call('ZADD', KEYS[1], ARGV[i], m)
    redis.call('HSET', KEYS[2], m, ARGV[i + 2] .. ' ' .. ARGV[i + 3])
  end
end
return #old
`;

export interface RedisAgentTimeOptions {
  /** The records' connection. */
  readonly redis: Redis;
  /** Key prefix, with the domain's hash tag (`sb:{default}:records:`). */
  readonly prefix: string;
  /** How long a span is kept after it ended (ms): the records' retention. */
  readonly retentionMs: number;
  readonly now: () => number;
  readonly onError?: (err: Error) => void;
}

interface Span {
  readonly agentId: string;
  readonly state: string;
  readonly from: number;
  to: number;
}

const STAFFED = new Set(['available', 'busy', 'wrap_up']);

/** Spans read from Redis at a time. */
const BATCH = 1000;

export class RedisAgentTime implements AgentTimeStore {
  readonly #o: RedisAgentTimeOptions;
  readonly #zset: string;
  readonly #data: string;
  /** Each agent's latest span, extended while the agent stays in its state. */
  readonly #last = new Map<string, Span>();
  /** Spans added or extended since the last write, by member. */
  #pending = new Map<string, Span>();
  #scheduled = false;
  #writing: Promise<void> = Promise.resolve();
  #dropped = 0;

  constructor(options: RedisAgentTimeOptions) {
    this.#o = options;
    this.#zset = `${options.prefix}agent-time:by-start`;
    this.#data = `${options.prefix}agent-time:spans`;
  }

  /** Spans whose write failed. */
  get dropped(): number {
    return this.#dropped;
  }

  add(agentId: string, key: string, from: number, to: number): void {
    if (!STAFFED.has(key) || to <= from) return;
    for (const [a, b] of chunksOf(from, to)) {
      let span = this.#last.get(agentId);
      if (span !== undefined && span.state === key && span.to === a && sameChunk(span.from, b)) span.to = b;
      else this.#last.set(agentId, (span = { agentId, state: key, from: a, to: b }));
      this.#pending.set(`${span.from}:${agentId}`, span);
    }
    this.#schedule();
  }

  async *read(from: number, to: number, agentId?: string): AsyncGenerator<AgentTimeSpan> {
    await this.flush();
    const redis = this.#o.redis;
    /** Per agent, the end of the span read last: a later one starts no earlier (no time counted twice). */
    const ends = new Map<string, number>();
    let score = Math.floor(from / SPAN_CHUNK_MS) * SPAN_CHUNK_MS;
    let skip = 0;
    for (;;) {
      const got = (await redis.zrange(this.#zset, score, `(${to}`, 'BYSCORE', 'LIMIT', skip, BATCH, 'WITHSCORES')) as string[];
      const n = got.length / 2;
      if (n === 0) return;
      const members: string[] = [];
      for (let i = 0; i < n; i++) {
        const m = got[i * 2]!;
        const s = Number(got[i * 2 + 1]);
        if (s === score) skip++;
        else {
          score = s;
          skip = 1;
        }
        if (agentId === undefined || m.slice(m.indexOf(':') + 1) === agentId) members.push(m);
      }
      const values = members.length === 0 ? [] : await redis.hmget(this.#data, ...members);
      for (let i = 0; i < members.length; i++) {
        const v = values[i];
        if (v === null || v === undefined) continue;
        const m = members[i]!;
        const colon = m.indexOf(':');
        const agent = m.slice(colon + 1);
        const space = v.indexOf(' ');
        const spanFrom = Math.max(Number(m.slice(0, colon)), from, ends.get(agent) ?? -Infinity);
        const spanTo = Math.min(Number(v.slice(0, space)), to);
        if (spanTo <= spanFrom) continue;
        ends.set(agent, spanTo);
        yield { agentId: agent, state: v.slice(space + 1), from: spanFrom, to: spanTo };
      }
      if (n < BATCH) return;
    }
  }

  /** Resolves once everything added so far was written (or counted as dropped). */
  async flush(): Promise<void> {
    while (this.#pending.size > 0 || this.#scheduled) {
      this.#write();
      await this.#writing;
    }
    await this.#writing;
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#write());
  }

  #write(): void {
    this.#scheduled = false;
    if (this.#pending.size === 0) return;
    const spans = [...this.#pending];
    this.#pending = new Map();
    // Every span of the batch as it is now (a later extension is written by a later batch).
    const argv = spans.map(([m, s]) => [s.from, m, s.to, s.state] as const);
    // Spans are named by their start: one that started before this ended before the retention's start.
    const cutoff = this.#o.now() - this.#o.retentionMs - SPAN_CHUNK_MS;
    const redis = this.#o.redis;
    this.#writing = this.#writing.then(async () => {
      for (let i = 0; i < argv.length; i += 500) {
        const part = argv.slice(i, i + 500);
        try {
          await redis.eval(WRITE, 2, this.#zset, this.#data, cutoff, ...part.flat());
        } catch (e) {
          this.#dropped += part.length;
          this.#o.onError?.(e as Error);
        }
      }
    });
  }
}
