/**
 * The recall store in Redis (`--store redis://…`, see recall-store.ts):
 * what the core forgot of its windows, one key per customer and per
 * surveyable contact, each with its window as TTL, so Redis holds the week
 * and drops it by itself, and the leader holds an hour.
 *
 * Keys under the routing domain's hash tag (one slot on a Redis Cluster,
 * so a batch is one script):
 * - `sb:{domain}:recall:last:<customerId>`: the customer's latest handled
 *   contact, `<endedAt> <json>` (a `HistoryEntry` without its notes: what
 *   repeat detection and last-agent routing read); a write never replaces
 *   a later one (a new leader and the old one's late write).
 * - `sb:{domain}:recall:survey:<contactId>`: a hash, `c` the completed
 *   contact's JSON, `a` its answer (`y`, `n`) or a claim (`c<until ms>`).
 *
 * Writes are batched per event-loop turn (one script per 500 keys); reads
 * are single commands (ioredis pipelines those of one turn). Taking a
 * survey for an answer is one script: of two answers at once, one takes
 * it, the other sees it taken. A claim whose answer never came (the leader
 * died between the two) lapses after `claimMs`.
 */
import type { Redis } from 'ioredis';
import type { HistoryEntry } from '../../core/model.js';
import type { CompletedContact } from '../../core/survey-book.js';
import type { RecallStore, SurveyClaim } from '../recall-store.js';

/**
 * KEYS: the batch's keys. ARGV: (op, ttl ms, value) per key. `L` a latest
 * entry (kept unless the stored one ended later), `S` a surveyable contact,
 * `A` an answer (only on a contact still kept).
 */
const WRITE = `
for i = 1, #KEYS do
  local op, ttl, v = ARGV[i * 3 - 2], ARGV[i * 3 - 1], ARGV[i * 3]
  if op == 'L' then
    local prev = redis.call('GET', KEYS[i])
    if not prev or tonumber(string.match(prev, '^(-?%d+)')) <= tonumber(string.match(v, '^(-?%d+)')) then
      redis.call('SET', KEYS[i], v, 'PX', ttl)
    end
  elseif op == 'S' then
    redis.call('HSET', KEYS[i], 'c', v)
    redis.call('PEXPIRE', KEYS[i], ttl)
  elseif redis.call('EXISTS', KEYS[i]) == 1 then
    redis.call('HSET', KEYS[i], 'a', v)
  end
end
return #KEYS
`;

/**
 * KEYS: the survey key. ARGV: the claim (`c<until>`), now (ms). Returns
 * nil (not kept), {contact} (taken) or {contact, answer} (answered, or
 * claimed by an answer still in flight).
 */
const CLAIM = `
local c = redis.call('HGET', KEYS[1], 'c')
if not c then return false end
local a = redis.call('HGET', KEYS[1], 'a')
if a and (string.sub(a, 1, 1) ~= 'c' or tonumber(string.sub(a, 2)) > tonumber(ARGV[2])) then return {c, a} end
redis.call('HSET', KEYS[1], 'a', ARGV[1])
return {c}
`;

/** KEYS: the survey key. ARGV: the claim. Gives it back if it is still this one. */
const RELEASE = `
if redis.call('HGET', KEYS[1], 'a') == ARGV[1] then redis.call('HDEL', KEYS[1], 'a') return 1 end
return 0
`;

export interface RedisRecallOptions {
  /** A connection of its own (the caller closes it, after `flush`). */
  readonly redis: Redis;
  /** The routing domain (the keys' hash tag). Default `default`. */
  readonly domain?: string;
  /** Default `sb`. */
  readonly keyPrefix?: string;
  /** How long a survey taken for an answer stays taken without the answer (ms). Default 30 s. */
  readonly claimMs?: number;
  /** A failed write or read (after it was counted). */
  readonly onError?: (err: Error) => void;
}

interface Write {
  readonly key: string;
  readonly op: 'L' | 'S' | 'A';
  readonly ttl: number;
  readonly value: string;
}

/** Keys written per script call. */
const BATCH = 500;

export class RedisRecall implements RecallStore {
  readonly #o: RedisRecallOptions;
  readonly #redis: Redis;
  readonly #prefix: string;
  #pending: Write[] = [];
  #scheduled = false;
  #writing: Promise<void> = Promise.resolve();
  #dropped = 0;

  constructor(options: RedisRecallOptions) {
    this.#o = options;
    this.#redis = options.redis;
    this.#prefix = `${options.keyPrefix ?? 'sb'}:{${options.domain ?? 'default'}}:recall:`;
  }

  get dropped(): number {
    return this.#dropped;
  }

  /** The key of a customer's latest entry (tests look at its TTL). */
  latestKey(customerId: string): string {
    return `${this.#prefix}last:${customerId}`;
  }

  surveyKey(contactId: string): string {
    return `${this.#prefix}survey:${contactId}`;
  }

  latestHandled(customerId: string, entry: HistoryEntry, ttlMs: number): void {
    if (ttlMs <= 0) return;
    // Notes stay out: what repeat detection and last-agent routing read is the rest.
    const kept: HistoryEntry = { ...entry, notes: null };
    this.#push({ key: this.latestKey(customerId), op: 'L', ttl: Math.ceil(ttlMs), value: `${entry.endedAt} ${JSON.stringify(kept)}` });
  }

  completed(contactId: string, contact: CompletedContact, ttlMs: number): void {
    if (ttlMs <= 0) return;
    this.#push({ key: this.surveyKey(contactId), op: 'S', ttl: Math.ceil(ttlMs), value: JSON.stringify({ ...contact, helpful: null }) });
  }

  answered(contactId: string, helpful: boolean): void {
    this.#push({ key: this.surveyKey(contactId), op: 'A', ttl: 0, value: helpful ? 'y' : 'n' });
  }

  async latest(customerId: string): Promise<HistoryEntry | undefined> {
    const v = await this.#redis.get(this.latestKey(customerId));
    if (v === null) return undefined;
    return JSON.parse(v.slice(v.indexOf(' ') + 1)) as HistoryEntry;
  }

  async claimSurvey(contactId: string): Promise<SurveyClaim | undefined> {
    const key = this.surveyKey(contactId);
    const now = Date.now();
    const claim = `c${now + (this.#o.claimMs ?? 30_000)}`;
    const got = (await this.#redis.eval(CLAIM, 1, key, claim, now)) as [string, string?] | null;
    if (got === null) return undefined;
    const stored = JSON.parse(got[0]) as CompletedContact;
    const answer = got[1];
    const taken = answer === undefined;
    const redis = this.#redis;
    const onError = this.#o.onError;
    return {
      // Taken by another answer (or answered): the core refuses this one as a second answer.
      contact: taken ? stored : { ...stored, helpful: answer !== 'n' },
      taken,
      release() {
        if (!taken) return;
        redis.eval(RELEASE, 1, key, claim).catch((e: unknown) => onError?.(e as Error));
      },
    };
  }

  async flush(): Promise<void> {
    while (this.#pending.length > 0 || this.#scheduled) {
      this.#write();
      await this.#writing;
    }
    await this.#writing;
  }

  #push(w: Write): void {
    this.#pending.push(w);
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => this.#write());
  }

  #write(): void {
    this.#scheduled = false;
    if (this.#pending.length === 0) return;
    const batch = this.#pending;
    this.#pending = [];
    const redis = this.#redis;
    this.#writing = this.#writing.then(async () => {
      for (let i = 0; i < batch.length; i += BATCH) {
        const part = batch.slice(i, i + BATCH);
        const argv: (string | number)[] = [];
        for (const w of part) argv.push(w.op, w.ttl, w.value);
        try {
          await redis.eval(WRITE, part.length, ...part.map((w) => w.key), ...argv);
        } catch (e) {
          this.#dropped += part.length;
          this.#o.onError?.(e as Error);
        }
      }
    });
  }
}
