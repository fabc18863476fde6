/**
 * The core benchmark's population: 10 queues, 8 languages (incl. regional
 * tags) and 26 skill sets, i.e. 208 skill/language combinations; agents speak
 * two languages and hold 5 of 12 skills at random levels.
 */
import type { AgentProfile, CoreConfig, NewContact } from '../../src/core/index.js';
import { pick } from '../lib/random.js';

export const QUEUES = Array.from({ length: 10 }, (_, i) => `q${i}`);
export const LANGUAGES = ['en', 'en-CA', 'fr', 'fr-CA', 'es', 'de', 'it', 'pt'] as const;
export const SKILLS = Array.from({ length: 12 }, (_, i) => `s${i}`);

/** 26 requirement sets: one or two skills at minimum level 1..3. */
export function skillSets(r: () => number): Record<string, number>[] {
  const sets: Record<string, number>[] = [];
  for (let i = 0; i < 26; i++) {
    const a = SKILLS[i % SKILLS.length]!;
    const set: Record<string, number> = { [a]: 1 + (i % 3) };
    if (i % 2 === 1)
      set[
        pick(
          r,
          SKILLS.filter((s) => s !== a),
        )
      ] = 1;
    sets.push(set);
  }
  return sets;
}

const ALL_WEEK = Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => [d, ['00:00-24:00']]));

/**
 * `rules: false`: the workload as it was before issue 21 (one step at an
 * hour, no queue requirements, priority steps, overflow or hours), for
 * telling a workload's cost from a code change's (bench:core-ab).
 */
export function config(
  strategy: 'longest-idle' | 'most-skilled' | 'least-occupied' | 'round-robin' = 'longest-idle',
  { rules = true }: { readonly rules?: boolean } = {},
): CoreConfig {
  if (!rules) {
    return {
      queues: QUEUES.map((id) => ({
        id,
        channels: ['voice', 'chat'] as const,
        strategy,
        wrapUpSeconds: 30,
        offerTimeoutSeconds: 86_400,
        steps: [{ afterSeconds: 3600, maxLevel: 1 }],
      })),
      tiers: { prime: { bonusSeconds: 60 } },
    };
  }
  return {
    // The rules of issue 21 in force: every other queue requires a skill of
    // its own; after 60 s a step raises the priority (5 -> 3), after 120 s the
    // contact overflows into the next queue under that queue's requirements.
    queues: QUEUES.map((id, i) => ({
      id,
      channels: ['voice', 'chat'] as const,
      strategy,
      wrapUpSeconds: 30,
      offerTimeoutSeconds: 86_400,
      ...(i % 2 === 0 ? { skills: { [SKILLS[i]!]: 1 } } : {}),
      steps: [
        { afterSeconds: 60, priority: 3 },
        { afterSeconds: 120, overflowTo: [QUEUES[(i + 1) % QUEUES.length]!] },
        { afterSeconds: 3600, maxLevel: 1 },
      ],
      // Hours of operation in force (open at the bench's hours): every create reads the queue's schedule.
      hours: { timeZone: 'America/Toronto', weekly: ALL_WEEK, holidays: [{ date: '12-25', name: 'Christmas Day' }] },
    })),
    tiers: { prime: { bonusSeconds: 60 } },
  };
}

export function agentProfile(r: () => number, channel: 'voice' | 'chat'): AgentProfile {
  const skills: Record<string, number> = {};
  while (Object.keys(skills).length < 5) skills[pick(r, SKILLS)] = 1 + Math.floor(r() * 5);
  const l1 = pick(r, LANGUAGES);
  let l2 = pick(r, LANGUAGES);
  while (l2 === l1) l2 = pick(r, LANGUAGES);
  const queues = new Set([pick(r, QUEUES), pick(r, QUEUES), pick(r, QUEUES)]);
  return {
    skills,
    languages: [l1, l2],
    capacity: channel === 'voice' ? { voice: 1 } : { chat: 3 },
    queues: [...queues],
  };
}

export function contact(r: () => number, id: number, sets: Record<string, number>[], channel: 'voice' | 'chat'): NewContact {
  return {
    id: `c${id}`,
    queueId: pick(r, QUEUES),
    channel,
    language: pick(r, LANGUAGES),
    skills: pick(r, sets),
    customer: { id: `u${id % 50_000}`, tier: r() < 0.2 ? 'prime' : 'standard' },
  };
}
