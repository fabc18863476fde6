/**
 * A routing class groups the waiting contacts that exactly the same agents
 * may take: same channel, language rule, and pools each with its (capped)
 * skill requirements. Contacts of one class wait in one heap by routing key; each
 * agent keeps the list of classes its profile matches. So "best contact for
 * this agent" peeks one heap per matching class, and "is anybody able to
 * serve this" is a counter, instead of a scan over every contact or agent.
 */
import { ContactHeap } from './contact-heap.js';
import type { QueueId } from './ids.js';
import { primarySubtag } from './language.js';
import type { Channel } from './model.js';
import { CHANNEL_INDEX, type AgentEntry, type ContactEntry } from './entries.js';
import type { Level } from './queue-config.js';

/**
 * The routing key of every class's best waiting contact, three numbers per
 * class index (priority, virtual arrival, seq; +Infinity while none waits),
 * in one flat array. "Best contact for this agent" compares the tops of the
 * agent's classes: reading them here is one sequential array instead of
 * class -> heap -> entry -> record for each class.
 */
export class ClassTops {
  keys: Float64Array = new Float64Array(3 * 64).fill(Infinity);

  /** Makes room for `count` classes. */
  ensure(count: number): void {
    if (3 * count <= this.keys.length) return;
    let len = this.keys.length;
    while (len < 3 * count) len *= 2;
    const grown = new Float64Array(len).fill(Infinity);
    grown.set(this.keys);
    this.keys = grown;
  }
}

/**
 * Skill names as small integers, per router. An agent's levels are then a
 * byte array by skill number (`AgentEntry.skillLevels`), and a class's skill
 * check reads bytes instead of looking names up in skill objects of many
 * different shapes, which V8 handles slowly (megamorphic).
 */
export class SkillIndex {
  readonly #ids = new Map<string, number>();

  get size(): number {
    return this.#ids.size;
  }

  of(name: string): number {
    let id = this.#ids.get(name);
    if (id === undefined) this.#ids.set(name, (id = this.#ids.size));
    return id;
  }
}

export class ContactClass {
  /** Waiting contacts of this class; change it through `add` and `delete` only, which keep `ClassTops` current. */
  readonly heap = new ContactHeap();
  /**
   * Whether each agent (by dense index) matches, cached: two bits per agent,
   * words in pairs (known, matches) per 32 agents. 10,000 agents take 2.5 KB
   * a class, so a longest-idle walk over hundreds of agents in idle (so
   * random index) order reads a few cache lines, not hundreds.
   */
  #compat: Int32Array = new Int32Array(8);
  /**
   * Logged-in agents whose profile matches, or -1 until first asked: only
   * classes of skip-if-unserved levels ever need it, so it is counted on
   * first use and then kept up to date at login and logout.
   */
  loggedIn = -1;
  readonly chIdx: number;
  /**
   * Longest-idle walks: while its channel's ready list keeps epoch
   * `readyEpoch`, no agent of this class sits before slot `readySkip`, so
   * the next walk starts there. Agents nobody needs pile up at the head of
   * an idle-ordered list; without this every walk crossed all of them.
   */
  readyEpoch = -1;
  readySkip = 0;

  readonly #tops: ClassTops;
  /** Per pool, its requirements as skill numbers (see `SkillIndex`) and minimum levels. */
  readonly #skillIds: readonly Int32Array[];
  readonly #skillMins: readonly Int32Array[];

  constructor(
    /** Index in creation order (and in `ClassTops`). */
    readonly idx: number,
    tops: ClassTops,
    readonly sig: string,
    readonly channel: Channel,
    /** Lower-cased full tag when exact, primary subtag otherwise. */
    readonly language: string,
    readonly exact: boolean,
    /** The queues whose agents may take these contacts, each with what it requires (DESIGN §3.3). */
    readonly pools: readonly PoolRequirement[],
    skillIndex: SkillIndex,
  ) {
    this.#skillIds = pools.map((p) => Int32Array.from(p.skills, ([name]) => skillIndex.of(name)));
    this.#skillMins = pools.map((p) => Int32Array.from(p.skills, ([, min]) => min));
    this.chIdx = CHANNEL_INDEX[channel];
    this.#tops = tops;
    tops.ensure(idx + 1);
  }

  add(c: ContactEntry): void {
    this.heap.push(c);
    this.heap.topKey(this.#tops.keys, 3 * this.idx);
  }

  delete(c: ContactEntry): void {
    this.heap.remove(c);
    this.heap.topKey(this.#tops.keys, 3 * this.idx);
  }

  /** Whether the agent's profile passes pools, language and skills. */
  matches(agent: AgentEntry): boolean {
    let c = this.compatAt(agent.idx);
    if (c === 0) {
      c = this.#compute(agent) ? 1 : 2;
      this.#store(agent.idx, c === 1);
    }
    return c === 1;
  }

  /** The cached answer for the agent with dense index `idx`: 0 unknown (ask `matches`), 1 matches, 2 does not. */
  compatAt(idx: number): number {
    const w = (idx >> 5) << 1;
    const bits = this.#compat;
    if (w >= bits.length) return 0;
    const bit = 1 << (idx & 31);
    if ((bits[w]! & bit) === 0) return 0;
    return (bits[w + 1]! & bit) !== 0 ? 1 : 2;
  }

  /** Drops the cached answer for an agent whose profile may have changed. */
  forget(agent: AgentEntry): void {
    const w = (agent.idx >> 5) << 1;
    if (w < this.#compat.length) this.#compat[w]! &= ~(1 << (agent.idx & 31));
  }

  #store(idx: number, matches: boolean): void {
    const w = (idx >> 5) << 1;
    if (w >= this.#compat.length) {
      let len = this.#compat.length;
      while (len <= w + 1) len *= 2;
      const grown = new Int32Array(len);
      grown.set(this.#compat);
      this.#compat = grown;
    }
    const bit = 1 << (idx & 31);
    this.#compat[w]! |= bit;
    if (matches) this.#compat[w + 1]! |= bit;
    else this.#compat[w + 1]! &= ~bit;
  }

  /** Language, then some pool the agent serves whose requirements the agent meets. */
  #compute(agent: AgentEntry): boolean {
    if (!(this.exact ? agent.exactLangs : agent.primaryLangs).has(this.language)) return false;
    for (let p = 0; p < this.pools.length; p++) {
      if (agent.queueSet.has(this.pools[p]!.queue) && this.#meets(agent, p)) return true;
    }
    return false;
  }

  #meets(agent: AgentEntry, pool: number): boolean {
    const levels = agent.skillLevels;
    const ids = this.#skillIds[pool]!;
    const mins = this.#skillMins[pool]!;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      // 0: the agent does not have the skill at all.
      const have = id < levels.length ? levels[id]! : 0;
      if (have === 0 || have < mins[i]!) return false;
    }
    return true;
  }

  /** The first pool (home queue first) through which the agent may take these contacts, or -1. */
  poolOf(agent: AgentEntry): number {
    for (let p = 0; p < this.pools.length; p++) {
      if (agent.queueSet.has(this.pools[p]!.queue) && this.#meets(agent, p)) return p;
    }
    return -1;
  }
}

/** One pool of a routing class: a queue and the (capped) requirements a contact has there. */
export interface PoolRequirement {
  readonly queue: QueueId;
  readonly skills: readonly (readonly [string, number])[];
}

/**
 * The signature and parts of the class of a contact under a level. In its
 * own queue (the first pool) a contact needs its own skills and the queue's
 * (the higher level of each); in an overflow queue, only that pool's
 * requirements (DESIGN §3.3). The level's cap applies to all.
 */
export function classKey(
  channel: Channel,
  language: string,
  level: Level,
  sortedSkills: readonly (readonly [string, number])[],
): { sig: string; language: string; pools: PoolRequirement[] } {
  const lang = level.exactLanguage ? language.toLowerCase() : primarySubtag(language);
  let sig = `${channel}|${level.exactLanguage ? 'e' : 'p'}:${lang}`;
  const pools: PoolRequirement[] = [];
  for (let p = 0; p < level.pools.length; p++) {
    const own = level.poolSkills[p]!;
    let req: (readonly [string, number])[];
    if (p === 0 && isEmpty(own)) req = sortedSkills as (readonly [string, number])[];
    else {
      if (p === 0) {
        const merged = new Map<string, number>(sortedSkills);
        for (const name in own) merged.set(name, Math.max(merged.get(name) ?? 0, own[name]!));
        req = [...merged];
      } else req = Object.entries(own);
      req.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    const skills = req.map(([name, min]) => [name, Math.min(min, level.maxLevel)] as const);
    const queue = level.pools[p]!;
    sig += `|${queue}:`;
    for (const [name, m] of skills) sig += `${name}>=${m};`;
    pools.push({ queue, skills });
  }
  return { sig, language: lang, pools };
}

function isEmpty(o: object): boolean {
  for (const _ in o) return false;
  return true;
}
