/**
 * The routing rules of docs/routing.md as plain functions, and the records
 * of the reference model (`reference-model.ts`) they read: what the model
 * decides with, apart from the model's command flow. The property tests
 * apply the rule functions to the router's own records too.
 */
import { primarySubtag } from '../../src/core/language.js';
import type { Capacity, Channel, SkillLevels } from '../../src/core/index.js';
import type { CompiledConfig, CompiledQueue, Level } from '../../src/core/queue-config.js';

export interface Clock {
  now(): number;
}

export type ModelContactState = 'waiting' | 'offered' | 'active' | 'wrap_up' | 'scheduled';

export interface ModelContact {
  id: string;
  queueId: string;
  channel: Channel;
  language: string;
  skills: SkillLevels;
  customer: string;
  tier: string;
  priority: number;
  firstArrival: number;
  virtualArrival: number;
  /** Creation order, from 1. */
  seq: number;
  state: ModelContactState;
  /** Relaxation level in force (index into the queue's levels). */
  step: number;
  /** The agent holding the offer or the contact; null while waiting. */
  agentId: string | null;
  declinedBy: string[];
  preferredAgentId: string | null;
  preferUntil: number | null;
  /** Ring deadline while offered (null when auto-accepted), wrap-up end while in wrap-up, due time while scheduled. */
  deadline: number | null;
  /** During a consultative transfer: the agent whose slot it still holds. */
  consultBy: string | null;
  /** The queue of its last transfer's origin (where a cancelled consultation returns). */
  transferredFrom: string | null;
  /** Callback dial attempts started, or null when no callback was requested. */
  callbackAttempts: number | null;
  /** A follow-up: the agent who scheduled it. */
  followUpBy: string | null;
  /** Per timer kind, when its deadline was last armed (the model's arming counter); deadlines due together take effect in this order. */
  armed: Record<TimerKindName, number>;
}

export interface ModelAgent {
  id: string;
  skills: SkillLevels;
  languages: string[];
  capacity: Capacity;
  queues: string[];
  presence: 'available' | 'away' | 'offline';
  awayReason: string | null;
  loginSeq: number;
  idleSince: number;
  missedInRow: number;
  /** Held contacts (offered, active, wrap-up) in the order they came. */
  contacts: string[];
}

/** One offer the model made, with what the agent could have taken instead at that moment. */
export interface ModelOffer {
  at: number;
  contactId: string;
  agentId: string;
  /** The contact as it was when offered. */
  contact: ModelContact;
  /** Other waiting contacts the same agent was eligible for when the offer was made. */
  rivals: ModelContact[];
}

export interface ModelEnd {
  at: number;
  contactId: string;
  how: 'closed' | 'abandoned' | 'given_up' | 'cancelled';
}

export type TimerKindName = 'offer' | 'wrap' | 'prefer' | 'step' | 'due' | 'maxWait';
export const unarmed = (): Record<TimerKindName, number> => ({ offer: 0, wrap: 0, prefer: 0, step: 0, due: 0, maxWait: 0 });

// ---- the rules as pure functions (also applied to the router's own records) --------

/** Routing key order (priority, virtual arrival, seq): negative when `a` goes first. */
export function compareKeys(
  a: { priority: number; virtualArrival: number; seq: number },
  b: { priority: number; virtualArrival: number; seq: number },
): number {
  if (a.priority !== b.priority) return a.priority - b.priority;
  if (a.virtualArrival !== b.virtualArrival) return a.virtualArrival - b.virtualArrival;
  return a.seq - b.seq;
}

/**
 * Eligibility items 3-5: language, and some pool of the level the agent
 * serves whose requirements it meets: in the contact's own queue (the first
 * pool) the contact's skills and the queue's; in an overflow queue that
 * pool's requirements alone; every level capped at `maxLevel`.
 */
export function passesLevel(
  agent: { queues: readonly string[]; languages: readonly string[]; skills: SkillLevels },
  contact: { language: string; skills: SkillLevels },
  level: Level,
): boolean {
  const tag = contact.language.toLowerCase();
  const speaks = level.exactLanguage
    ? agent.languages.some((l) => l.toLowerCase() === tag)
    : agent.languages.some((l) => primarySubtag(l) === primarySubtag(tag));
  if (!speaks) return false;
  return level.pools.some((q, p) => {
    if (!agent.queues.includes(q)) return false;
    const required = p === 0 ? [...Object.entries(contact.skills), ...Object.entries(level.poolSkills[0]!)] : Object.entries(level.poolSkills[p]!);
    return required.every(([skill, min]) => (agent.skills[skill] ?? 0) >= Math.min(min, level.maxLevel));
  });
}

/** Capacity (rule 5), given the channels of everything the agent holds. */
export function hasRoomFor(config: CompiledConfig, capacity: Capacity, held: readonly Channel[], ch: Channel): boolean {
  if (held.filter((h) => h === ch).length >= (capacity[ch] ?? 0)) return false;
  if (held.some((h) => config.exclusive.has(h))) return false;
  if (config.exclusive.has(ch) && !held.every((h) => config.interruptible.has(h))) return false;
  return true;
}

/** All seven items of eligibility of docs/routing.md. */
export function isEligible(
  config: CompiledConfig,
  agent: {
    id: string;
    presence: string;
    queues: readonly string[];
    languages: readonly string[];
    skills: SkillLevels;
    capacity: Capacity;
  },
  held: readonly Channel[],
  contact: {
    queueId: string;
    channel: Channel;
    language: string;
    skills: SkillLevels;
    step: number;
    declinedBy: readonly string[];
    preferUntil: number | null;
    preferredAgentId: string | null;
  },
): boolean {
  return (
    agent.presence === 'available' &&
    hasRoomFor(config, agent.capacity, held, contact.channel) &&
    passesLevel(agent, contact, levelOf(config, contact)) &&
    !contact.declinedBy.includes(agent.id) &&
    (contact.preferUntil === null || contact.preferredAgentId === agent.id)
  );
}

export function levelOf(config: CompiledConfig, contact: { queueId: string; step: number }): Level {
  const level = queueOf(config, contact.queueId).levels[contact.step];
  if (level === undefined) throw new Error(`contact at step ${contact.step} past the last level`);
  return level;
}

export function queueOf(config: CompiledConfig, id: string): CompiledQueue {
  for (const q of config.queues.values()) if (q.id === id) return q;
  throw new Error(`unknown queue ${id}`);
}

/** The last level whose wait threshold has passed. */
export function levelForWait(queue: CompiledQueue, waited: number): number {
  let step = 0;
  queue.levels.forEach((level, i) => {
    if (level.afterMs <= waited) step = i;
  });
  return step;
}

// ---- the model's choices and deadlines, from its records ------------------------

/** Rule 4: the preferred agent if eligible, else the strategy of the contact's own queue. */
export function chooseAgent(
  config: CompiledConfig,
  roundRobin: ReadonlyMap<string, number>,
  c: ModelContact,
  eligible: readonly ModelAgent[],
  heldChannels: (a: ModelAgent) => readonly Channel[],
): ModelAgent {
  const preferred = eligible.find((a) => a.id === c.preferredAgentId);
  if (preferred !== undefined) return preferred;
  const idleOrder = (a: ModelAgent, b: ModelAgent): number =>
    a.idleSince !== b.idleSince ? a.idleSince - b.idleSince : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  const queue = queueOf(config, c.queueId);
  let order: (a: ModelAgent, b: ModelAgent) => number;
  switch (queue.strategy) {
    case 'longest-idle':
      order = idleOrder;
      break;
    case 'most-skilled': {
      const names = new Set([...Object.keys(c.skills), ...Object.keys(queue.skills)]);
      const sum = (a: ModelAgent): number => [...names].reduce((s, k) => s + (a.skills[k] ?? 0), 0);
      order = (a, b) => sum(b) - sum(a) || idleOrder(a, b);
      break;
    }
    case 'least-occupied': {
      const share = (a: ModelAgent): number => heldChannels(a).filter((h) => h === c.channel).length / (a.capacity[c.channel] ?? 0);
      order = (a, b) => share(a) - share(b) || idleOrder(a, b);
      break;
    }
    case 'round-robin': {
      const pointer = roundRobin.get(c.queueId) ?? 0;
      const after = eligible.filter((a) => a.loginSeq > pointer);
      const pool = after.length > 0 ? after : eligible;
      return [...pool].sort((a, b) => a.loginSeq - b.loginSeq)[0]!;
    }
  }
  return [...eligible].sort(order)[0]!;
}

/** When the contact's maximum wait runs out: its queue's limit from first arrival; callbacks and follow-ups have none. */
export function maxWaitAt(config: CompiledConfig, c: ModelContact): number | null {
  const m = queueOf(config, c.queueId).maxWait;
  if (m === null || c.callbackAttempts !== null || c.followUpBy !== null) return null;
  return c.firstArrival + m.afterMs;
}

/** The deadlines the contact has in force. */
export function timersOf(config: CompiledConfig, c: ModelContact): { time: number; kind: TimerKindName }[] {
  const out: { time: number; kind: TimerKindName }[] = [];
  if (c.state === 'offered' && c.deadline !== null) out.push({ time: c.deadline, kind: 'offer' });
  if (c.state === 'wrap_up' && c.deadline !== null) out.push({ time: c.deadline, kind: 'wrap' });
  if (c.preferUntil !== null) out.push({ time: c.preferUntil, kind: 'prefer' });
  const next = queueOf(config, c.queueId).levels[c.step + 1];
  if (c.state === 'waiting' && next !== undefined) out.push({ time: c.firstArrival + next.afterMs, kind: 'step' });
  if (c.state === 'scheduled' && c.deadline !== null) out.push({ time: c.deadline, kind: 'due' });
  const limit = maxWaitAt(config, c);
  if (c.state === 'waiting' && limit !== null) out.push({ time: limit, kind: 'maxWait' });
  return out;
}

/**
 * The queue's preference window from now, when the preferred agent is
 * logged in and could take the contact at all at level `step` (pools,
 * language, skills, a slot of the channel) and is not `excluded`; else null.
 */
export function preferenceWindow(
  agentOf: (id: string) => ModelAgent | undefined,
  pref: string | null,
  queue: CompiledQueue,
  step: number,
  contact: { channel: Channel; language: string; skills: SkillLevels },
  now: number,
  excluded: readonly string[] = [],
): number | null {
  if (pref === null || queue.preferenceWindowMs <= 0 || excluded.includes(pref)) return null;
  const a = agentOf(pref);
  if (a === undefined || a.presence === 'offline' || (a.capacity[contact.channel] ?? 0) === 0) return null;
  return passesLevel(a, contact, queue.levels[step]!) ? now + queue.preferenceWindowMs : null;
}
