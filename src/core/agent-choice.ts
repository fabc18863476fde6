/**
 * Rule 4 of docs/routing.md: how a queue's strategy ranks two eligible agents.
 */
import type { AgentEntry, ContactEntry } from './entries.js';
import type { SkillLevels, Strategy } from './model.js';

/**
 * Rule 4: whether agent `a` beats agent `b` for contact `c` under the queue's
 * strategy; ties fall to longest idle, then agent id. `rr` is the queue's
 * round-robin pointer (loginSeq of the agent last offered one of its contacts).
 */
export function betterAgent(strategy: Strategy, c: ContactEntry, a: AgentEntry, b: AgentEntry, rr: number): boolean {
  switch (strategy) {
    case 'most-skilled': {
      const sa = skillSum(a.rec.skills, c.rec.skills, c.queue.skills);
      const sb = skillSum(b.rec.skills, c.rec.skills, c.queue.skills);
      if (sa !== sb) return sa > sb;
      break;
    }
    case 'least-occupied': {
      // held/cap compared without division: a.h/a.c < b.h/b.c  <=>  a.h*b.c < b.h*a.c
      const ch = c.chIdx;
      const l = a.held[ch]! * b.cap[ch]!;
      const r = b.held[ch]! * a.cap[ch]!;
      if (l !== r) return l < r;
      break;
    }
    case 'round-robin': {
      const la = a.rec.loginSeq;
      const lb = b.rec.loginSeq;
      const aAfter = la > rr;
      const bAfter = lb > rr;
      if (aAfter !== bAfter) return aAfter;
      return la < lb;
    }
    default:
      break;
  }
  const ia = a.rec.idleSince;
  const ib = b.rec.idleSince;
  if (ia !== ib) return ia < ib;
  return a.rec.id < b.rec.id;
}

/** The agent's levels summed over the contact's required skills: its own and its queue's. */
export function skillSum(agentSkills: SkillLevels, own: SkillLevels, queue: SkillLevels): number {
  let sum = 0;
  for (const name in own) sum += agentSkills[name] ?? 0;
  for (const name in queue) if (!(name in own)) sum += agentSkills[name] ?? 0;
  return sum;
}
