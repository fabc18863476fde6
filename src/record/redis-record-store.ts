/**
 * Interaction records in Redis (`--store redis://…`): readable from any
 * process of the cluster, kept for the retention and no longer.
 *
 * Three keys under the domain's hash tag (`sb:{default}:records:…`, one
 * slot in Redis Cluster), besides the agents' spans (redis-agent-time.ts): a sorted set of contact ids scored by closing
 * time (the order and the time index), a hash of their JSON records, and a
 * hash of survey answers that came after the record was written. Every
 * write trims what is older than the retention from all three (in one
 * script), so no key grows past the retention's worth of records; the
 * leader's memory holds only the records not yet written (batched per
 * event-loop turn).
 *
 * A cursor is `score:skip` (the closing time of the next record and how
 * many records of that same time were already read): exact even when many
 * records close in the same millisecond.
 *
 * Records are reporting, not routing state: a write that fails is counted
 * as dropped and logged by the caller, never retried into a growing queue.
 */
import type { Redis } from 'ioredis';
import { openRedis } from '../store/redis/connect.js';
import type { InteractionRecord, SurveyEntry } from './interaction-record.js';
import { RedisAgentTime } from './redis-agent-time.js';
import {
  matches,
  type RecordJsonPage,
  type RecordPage,
  type RecordQuery,
  type RecordRetention,
  type RecordStore,
  type RecordStoreStats,
} from './record-store.js';

/** KEYS: zset, data, survey. ARGV: cutoff, then (score, id, json) triples. Trims at most 10,000 old records a call. */
const ADD = `
local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1], 'LIMIT', 0, 10000)
if #old > 0 then
  redis.call('HDEL', KEYS[2], unpack(old))
  redis.call('HDEL', KEYS[3], unpack(old))
  redis.call('ZREM', KEYS[1], unpack(old))
end
for i = 2, #ARGV, 3 do
  redis.call('ZADD', KEYS[1], ARGV[i], ARGV[i + 1])
  redis.call('HSET', KEYS[2], ARGV[i + 1], ARGV[i + 2])
end
return #old
`;

/** KEYS: zset, survey. ARGV: id, json. Only for a record still kept. */
const SURVEY = `
if redis.call('ZSCORE', KEYS[1], ARGV[1]) then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
  return 1
end
return 0
`;

export interface RedisRecordStoreOptions extends RecordRetention {
  readonly url: string;
  /** The routing domain (hash tag of the keys). Default `default`. */
  readonly domain?: string;
  /** Default `sb`. */
  readonly keyPrefix?: string;
  /** A failed write (after it was counted as dropped). */
  readonly onError?: (err: Error) => void;
}

interface Pending {
  readonly score: number;
  readonly id: string;
  readonly json: string;
}

export class RedisRecordStore implements RecordStore {
  readonly kind = 'redis';
  readonly agentTime: RedisAgentTime;
  readonly #o: RedisRecordStoreOptions;
  readonly #redis: Redis;
  readonly #zset: string;
  readonly #data: string;
  readonly #survey: string;
  #pending: Pending[] = [];
  #pendingSurveys: [string, string][] = [];
  #writing: Promise<void> = Promise.resolve();
  #scheduled = false;
  #lastT = -Infinity;
  #dropped = 0;
  /** Records this process wrote, less those its writes trimmed: what the store holds when one process writes. */
  #held = 0;

  constructor(options: RedisRecordStoreOptions) {
    this.#o = options;
    const p = `${options.keyPrefix ?? 'sb'}:{${options.domain ?? 'default'}}:records:`;
    this.#zset = `${p}by-time`;
    this.#data = `${p}data`;
    this.#survey = `${p}survey`;
    this.#redis = openRedis(options.url, {
      maxRetriesPerRequest: 1,
      connectTimeout: 2000,
      commandTimeout: 10_000,
      lazyConnect: false,
      disableClientInfo: true,
      connectionName: 'switchboard:records',
    });
    this.#redis.on('error', () => {
      // Reported per failed write (onError); ioredis reconnects by itself.
    });
    this.agentTime = new RedisAgentTime({
      redis: this.#redis,
      prefix: p,
      retentionMs: options.retentionMs,
      now: options.now,
      ...(options.onError === undefined ? {} : { onError: options.onError }),
    });
  }

  closed(record: InteractionRecord): void {
    const t = Math.max(record.closedAt, this.#lastT);
    this.#lastT = t;
    this.#pending.push({ score: t, id: record.contactId, json: JSON.stringify(record) });
    this.#schedule();
  }

  surveyed(contactId: string, survey: SurveyEntry): void {
    this.#pendingSurveys.push([contactId, JSON.stringify(survey)]);
    this.#schedule();
  }

  async page(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordPage> {
    let score = query.from;
    let skip = 0;
    if (cursor !== null) {
      const m = /^(-?\d+):(\d+)$/.exec(cursor);
      if (m === null) throw new Error('bad cursor');
      score = Math.max(query.from, Number(m[1]));
      skip = Number(m[2]);
    }
    const records: InteractionRecord[] = [];
    // Read in batches until the page is full or the range is done; a rare filter stops after a bounded scan.
    const batch = Math.max(16, Math.min(limit, 2000));
    let scanned = 0;
    const scanLimit = Math.max(limit, 1) * 8;
    while (records.length < limit && scanned < scanLimit) {
      const ids = (await this.#redis.zrange(this.#zset, score, `(${query.to}`, 'BYSCORE', 'LIMIT', skip, batch, 'WITHSCORES')) as string[];
      if (ids.length === 0) return { records, next: null };
      const n = ids.length / 2;
      const keys = Array.from({ length: n }, (_, i) => ids[i * 2]!);
      const [data, surveys] = await Promise.all([this.#redis.hmget(this.#data, ...keys), this.#redis.hmget(this.#survey, ...keys)]);
      let i = 0;
      for (; i < n && records.length < limit; i++) {
        const s = Number(ids[i * 2 + 1]);
        if (s === score) skip++;
        else {
          score = s;
          skip = 1;
        }
        scanned++;
        const json = data[i];
        if (json === null || json === undefined) continue;
        const r = JSON.parse(json) as InteractionRecord;
        const survey = surveys[i];
        if (survey !== null && survey !== undefined) r.survey = JSON.parse(survey) as SurveyEntry;
        if (matches(r, query)) records.push(r);
      }
      if (n < batch && i === n) return { records, next: null };
    }
    return { records, next: `${score}:${skip}` };
  }

  async pageJson(query: RecordQuery, cursor: string | null, limit: number): Promise<RecordJsonPage> {
    const p = await this.page(query, cursor, limit);
    const chunks = p.records.length === 0 ? [] : [Buffer.from(p.records.map((r) => `${JSON.stringify(r)}\n`).join(''))];
    return { chunks, count: p.records.length, next: p.next };
  }

  stats(): RecordStoreStats {
    return { records: this.#held, bytes: null, dropped: this.#dropped };
  }

  /** Resolves once everything handed over so far was written (or counted as dropped). */
  async flush(): Promise<void> {
    while (this.#pending.length > 0 || this.#pendingSurveys.length > 0 || this.#scheduled) {
      this.#write();
      await this.#writing;
    }
    await this.#writing;
  }

  async close(): Promise<void> {
    await this.flush();
    await this.agentTime.flush();
    this.#redis.disconnect();
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#write());
  }

  #write(): void {
    this.#scheduled = false;
    const records = this.#pending;
    const surveys = this.#pendingSurveys;
    if (records.length === 0 && surveys.length === 0) return;
    this.#pending = [];
    this.#pendingSurveys = [];
    const cutoff = this.#o.now() - this.#o.retentionMs;
    this.#writing = this.#writing.then(async () => {
      // Records before the surveys of the same turn: a survey needs its record stored.
      for (let i = 0; i < records.length; i += 500) {
        const part = records.slice(i, i + 500);
        const argv: (string | number)[] = [cutoff];
        for (const p of part) argv.push(p.score, p.id, p.json);
        try {
          const trimmed = (await this.#redis.eval(ADD, 3, this.#zset, this.#data, this.#survey, ...argv)) as number;
          this.#held = Math.max(0, this.#held + part.length - trimmed);
        } catch (e) {
          this.#dropped += part.length;
          this.#o.onError?.(e as Error);
        }
      }
      for (const [id, json] of surveys) {
        try {
          await this.#redis.eval(SURVEY, 2, this.#zset, this.#survey, id, json);
        } catch (e) {
          this.#o.onError?.(e as Error);
        }
      }
    });
  }
}
