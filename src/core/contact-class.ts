/**
 * A routing class groups the waiting contacts that exactly the same agents
 * may take: same channel, language rule, pools and (capped) skill
 * requirements. Contacts of one class wait in one heap by routing key; each
 * agent keeps the list of classes its profile matches. So "best contact for
 * this agent" peeks one heap per matching class, and "is anybody able to
 * serve this" is a counter, instead of a scan over every contact or agent.
 */
import { IndexedHeap } from './indexed-heap.js';
import type { QueueId } from './ids.js';
import { primarySubtag } from './language.js';
import type { Channel } from './model.js';
import { CHANNEL_INDEX, keyLess, type AgentEntry, type ContactEntry } from './entries.js';
import type { Level } from './queue-config.js';

export class ContactClass {
  readonly heap = new IndexedHeap<ContactEntry>(keyLess);
  /** Per agent idx: 0 unknown, 1 matches, 2 does not. */
  compat: Uint8Array = new Uint8Array(64);
  /**
   * Logged-in agents whose profile matches, or -1 until first asked: only
   * classes of skip-if-unserved levels ever need it, so it is counted on
   * first use and then kept up to date at login and logout.
   */
  loggedIn = -1;
  readonly chIdx: number;

  constructor(
    readonly sig: string,
    readonly channel: Channel,
    /** Lower-cased full tag when exact, primary subtag otherwise. */
    readonly language: string,
    readonly exact: boolean,
    readonly pools: readonly QueueId[],
    readonly skills: readonly (readonly [string, number])[],
  ) {
    this.chIdx = CHANNEL_INDEX[channel];
  }

  /** Whether the agent's profile passes pools, language and skills. */
  matches(agent: AgentEntry): boolean {
    let c = agent.idx < this.compat.length ? this.compat[agent.idx]! : 0;
    if (c === 0) {
      c = this.#compute(agent) ? 1 : 2;
      this.#store(agent.idx, c);
    }
    return c === 1;
  }

  /** Drops the cached answer for an agent whose profile may have changed. */
  forget(agent: AgentEntry): void {
    if (agent.idx < this.compat.length) this.compat[agent.idx] = 0;
  }

  #store(idx: number, value: number): void {
    if (idx >= this.compat.length) {
      let len = this.compat.length;
      while (len <= idx) len *= 2;
      const grown = new Uint8Array(len);
      grown.set(this.compat);
      this.compat = grown;
    }
    this.compat[idx] = value;
  }

  #compute(agent: AgentEntry): boolean {
    let pool = false;
    for (const q of this.pools) {
      if (agent.queueSet.has(q)) {
        pool = true;
        break;
      }
    }
    if (!pool) return false;
    if (!(this.exact ? agent.exactLangs : agent.primaryLangs).has(this.language)) return false;
    const skills = agent.rec.skills;
    for (const [name, min] of this.skills) {
      const have = skills[name];
      if (have === undefined || have < min) return false;
    }
    return true;
  }
}

/** The signature and parts of the class of a contact under a level. */
export function classKey(
  channel: Channel,
  language: string,
  level: Level,
  sortedSkills: readonly (readonly [string, number])[],
): { sig: string; language: string; skills: (readonly [string, number])[] } {
  const lang = level.exactLanguage ? language.toLowerCase() : primarySubtag(language);
  const skills: (readonly [string, number])[] = [];
  let sig = `${channel}|${level.exactLanguage ? 'e' : 'p'}:${lang}|${level.pools.join(',')}|`;
  for (const [name, min] of sortedSkills) {
    const m = Math.min(min, level.maxLevel);
    skills.push([name, m]);
    sig += `${name}>=${m};`;
  }
  return { sig, language: lang, skills };
}
