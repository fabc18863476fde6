/**
 * The recall store in Redis (`--store redis://…`, see recall-store.ts):
 * what the core forgot of its windows, one key per customer and per
 * surveyable contact, each with its window as TTL, so Redis holds the week
 * and drops it by itself, and the leader holds an hour.
 *
 * Keys under the routing domain's hash tag (one slot on a Redis Cluster,
 * so a batch is one script):
 * - `sb:{domain}:recall:last:<customerId>`: the customer's latest handled
 *   contact, `<endedAt> <json array>` (a `HistoryEntry` without its notes:
 *   what repeat detection and last-agent routing read); a write never
 *   replaces a later one (a new leader and the old one's late write).
 * - `sb:{domain}:recall:survey:<contactId>`: `<state> <json array>`, the
 *   completed contact, its state `-` (not answered), `y`, `n`, or a claim
 *   (`c<until ms>`).
 *
 * Writes are batched per event-loop turn (one script per 500 keys); reads
 * are single commands (ioredis pipelines those of one turn). Taking a
 * survey for an answer is one script: of two answers at once, one takes
 * it, the other sees it taken. A claim whose answer never came (the leader
 * died between the two) lapses after `claimMs`.
 */
import type { Redis } from 'ioredis';
import type { AgentId, ContactId, QueueId } from '../../core/ids.js';
import type { Channel, HistoryEntry, SkillLevels } from '../../core/model.js';
import type { CompletedContact } from '../../core/survey-book.js';
import type { RecallStore, SurveyClaim } from '../recall-store.js';

/**
 * KEYS: the batch's keys. ARGV: (op, ttl ms, value) per key. `L` a latest
 * entry (kept unless the stored one ended later), `S` a surveyable contact
 * (not answered: `- <json>`), `A` an answer (`y` or `n`, only on a contact
 * still kept, its TTL kept).
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
    redis.call('SET', KEYS[i], '- ' .. v, 'PX', ttl)
  else
    local prev = redis.call('GET', KEYS[i])
    if prev then
      local sp = string.find(prev, ' ', 1, true)
      redis.call('SET', KEYS[i], v .. string.sub(prev, sp), 'KEEPTTL')
    end
  end
end
return #KEYS
`;

/**
 * KEYS: the survey key. ARGV: the claim (`c<until>`), now (ms). Returns nil
 * (not kept), {contact} (taken) or {contact, state} (answered, or taken by
 * an answer still in flight).
 */
const CLAIM = `
local v = redis.call('GET', KEYS[1])
if not v then return false end
local sp = string.find(v, ' ', 1, true)
local state, body = string.sub(v, 1, sp - 1), string.sub(v, sp + 1)
if state ~= '-' and (string.sub(state, 1, 1) ~= 'c' or tonumber(string.sub(state, 2)) > tonumber(ARGV[2])) then return {body, state} end
redis.call('SET', KEYS[1], ARGV[1] .. ' ' .. body, 'KEEPTTL')
return {body}
`;

/** KEYS: the survey key. ARGV: the claim. Gives it back if it is still this one. */
const RELEASE = `
local v = redis.call('GET', KEYS[1])
if v and string.sub(v, 1, #ARGV[1] + 1) == ARGV[1] .. ' ' then
  redis.call('SET', KEYS[1], '- ' .. string.sub(v, #ARGV[1] + 2), 'KEEPTTL')
  return 1
end
return 0
`;

/** A latest entry as stored after its end time: positional, no notes (a third of the bytes of the object's JSON). */
type StoredEntry = [contactId: string, queueId: string, channel: string, agentId: string, startedAt: number, disposition: string | null];
/** A surveyable contact as stored: positional. */
type StoredCompleted = [
  queueId: string,
  channel: string,
  tier: string,
  agentId: string,
  closedAt: number,
  customerId: string | null,
  language: string | null,
  skills: SkillLevels | null,
  owner: string | null,
];

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
    const stored: StoredEntry = [entry.contactId, entry.queueId, entry.channel, entry.agentId, entry.startedAt, entry.disposition];
    this.#push({ key: this.latestKey(customerId), op: 'L', ttl: Math.ceil(ttlMs), value: `${entry.endedAt} ${JSON.stringify(stored)}` });
  }

  completed(contactId: string, c: CompletedContact, ttlMs: number): void {
    if (ttlMs <= 0) return;
    const skills = c.skills === undefined || Object.keys(c.skills).length === 0 ? null : c.skills;
    const stored: StoredCompleted = [
      c.queueId,
      c.channel,
      c.tier,
      c.agentId,
      c.closedAt,
      c.customerId ?? null,
      c.language ?? null,
      skills,
      c.ownerIntegration ?? null,
    ];
    this.#push({ key: this.surveyKey(contactId), op: 'S', ttl: Math.ceil(ttlMs), value: JSON.stringify(stored) });
  }

  answered(contactId: string, helpful: boolean): void {
    this.#push({ key: this.surveyKey(contactId), op: 'A', ttl: 0, value: helpful ? 'y' : 'n' });
  }

  async latest(customerId: string): Promise<HistoryEntry | undefined> {
    const v = await this.#redis.get(this.latestKey(customerId));
    if (v === null) return undefined;
    const sp = v.indexOf(' ');
    const [id, queue, channel, agent, startedAt, disposition] = JSON.parse(v.slice(sp + 1)) as StoredEntry;
    return {
      contactId: id as ContactId,
      queueId: queue as QueueId,
      channel: channel as Channel,
      agentId: agent as AgentId,
      startedAt,
      endedAt: Number(v.slice(0, sp)),
      disposition,
      notes: null,
    };
  }

  async claimSurvey(contactId: string): Promise<SurveyClaim | undefined> {
    const key = this.surveyKey(contactId);
    const now = Date.now();
    const claim = `c${now + (this.#o.claimMs ?? 30_000)}`;
    const got = (await this.#redis.eval(CLAIM, 1, key, claim, now)) as [string, string?] | null;
    if (got === null) return undefined;
    const [queue, channel, tier, agent, closedAt, customer, language, skills, owner] = JSON.parse(got[0]) as StoredCompleted;
    const state = got[1];
    const taken = state === undefined;
    const contact: CompletedContact = {
      queueId: queue as QueueId,
      channel: channel as Channel,
      tier,
      agentId: agent as AgentId,
      closedAt,
      // Taken by another answer (or answered): the core refuses this one as a second answer.
      helpful: taken ? null : state !== 'n',
      ...(customer === null ? {} : { customerId: customer }),
      ...(language === null ? {} : { language }),
      skills: skills ?? {},
      ...(owner === null ? {} : { ownerIntegration: owner }),
    };
    const redis = this.#redis;
    const onError = this.#o.onError;
    return {
      contact,
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
