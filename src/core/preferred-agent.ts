/**
 * Rule 4 of DESIGN §3.4, the preferred agent: whom a contact prefers (the
 * one named, else the agent who last served the customer, in whichever
 * queue) and how long it waits for them.
 */
import { CHANNEL_INDEX } from './entries.js';
import type { AgentId } from './ids.js';
import type { Channel, SkillLevels } from './model.js';
import type { CompiledQueue } from './queue-config.js';
import type { RoutingState } from './routing-state.js';

/** What the preference window needs to know of a contact. */
export interface Prospect {
  readonly channel: Channel;
  readonly language: string;
  readonly skills: SkillLevels;
}

/**
 * Until when a contact entering `queue` at level `step` now waits for its
 * preferred agent `pref`: the queue's preference window (default 0: not at
 * all, the agent is preferred only when free now), and only while that
 * agent is logged in and could take the contact at all (serves a queue of
 * the level, speaks the language, has the skills and a slot of the
 * channel); never for an agent it will not be offered to (`excluded`: who
 * rejected it or handed it on). Null: no wait.
 */
export function preferenceUntil(
  s: RoutingState,
  pref: AgentId | null,
  queue: CompiledQueue,
  step: number,
  contact: Prospect,
  at: number,
  excluded: (agent: AgentId) => boolean = () => false,
): number | null {
  if (pref === null || queue.preferenceWindowMs <= 0) return null;
  const agent = s.agents.get(pref);
  if (agent === undefined || !agent.loggedIn || excluded(pref) || agent.cap[CHANNEL_INDEX[contact.channel]]! === 0) return null;
  const skills = Object.entries(contact.skills).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const cls = s.classAt(queue, step, contact.channel, contact.language, skills);
  return cls.matches(agent) ? at + queue.preferenceWindowMs : null;
}
