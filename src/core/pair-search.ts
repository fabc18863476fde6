/**
 * Rules 2 and 4 of docs/routing.md, as searches over the routing state: the
 * best eligible agent for a waiting contact, and the best-key waiting
 * contact an agent may take; `matchAll` pairs the two until no eligible
 * pair is left.
 */
import { betterAgent, skillSum } from './agent-choice.js';
import type { DirtyList } from './dirty-list.js';
import type { AgentEntry, ContactEntry } from './entries.js';
import { keyLess } from './entries.js';
import type { OfferReason } from './model.js';
import type { RoutingState } from './routing-state.js';

/** Per-contact eligibility beyond the class: declines and reservations. */
function personalOk(a: AgentEntry, c: ContactEntry): boolean {
  return !c.hasDeclined(a.id) && (c.rec.preferUntil === null || c.rec.preferredAgentId === a.id);
}

function eligible(s: RoutingState, a: AgentEntry, c: ContactEntry): boolean {
  return a.rec.presence === 'available' && s.canTake(a, c.chIdx) && c.cls!.matches(a) && personalOk(a, c);
}

export function bestAgentFor(s: RoutingState, c: ContactEntry): AgentEntry | null {
  const pref = c.rec.preferredAgentId;
  if (pref !== null) {
    const p = s.agents.get(pref);
    if (p !== undefined && eligible(s, p, c)) return p;
    if (c.rec.preferUntil !== null) return null;
  }
  const cls = c.cls!;
  const ready = s.ready[c.chIdx]!;
  const strategy = c.queue.strategy;
  if (strategy === 'longest-idle') {
    // The walk that dominates an arrival among many available agents: per
    // agent, one slot of the ready list and two bits of the class's
    // compatibility cache, both by the agent's dense index. It starts
    // where the class's last walk found its first match (see
    // `ContactClass.readySkip`): agents nobody needs gather at the head.
    const end = ready.end;
    let i = ready.resume(cls.readyEpoch, cls.readySkip);
    let firstMatch = -1;
    let found: AgentEntry | null = null;
    for (; i < end; i++) {
      const idx = ready.idxAt(i);
      if (idx < 0) continue;
      const m = cls.compatAt(idx);
      if (m === 2) continue;
      const a = ready.itemAt(idx);
      if (m === 1 || cls.matches(a)) {
        if (firstMatch < 0) firstMatch = i;
        if (!c.hasDeclined(a.id)) {
          found = a;
          break;
        }
      }
    }
    cls.readyEpoch = ready.epoch;
    cls.readySkip = firstMatch < 0 ? end : firstMatch;
    return found;
  }
  let best: AgentEntry | null = null;
  const rr = s.roundRobin.get(c.rec.queueId) ?? 0;
  ready.forEach((a) => {
    if (!cls.matches(a) || c.hasDeclined(a.id)) return;
    if (best === null || betterAgent(strategy, c, a, best, rr)) best = a;
  });
  return best;
}

/**
 * `bestAgentFor` when only `candidates` can be eligible for the contact:
 * the same choice (the preferred agent, else the queue's strategy with its
 * ties to longest idle, then id), by a pass over them instead of a walk of
 * the channel's ready list. `matchAll` uses it for a contact that
 * one of its changed agents found: every other available agent was already
 * known unable to take it (see `matchAll`), while the ready list may
 * hold hundreds of agents who can take nothing, ahead of the one that can.
 */
export function bestAgentAmong(s: RoutingState, c: ContactEntry, candidates: DirtyList<AgentEntry>): AgentEntry | null {
  const pref = c.rec.preferredAgentId;
  if (pref !== null) {
    const p = s.agents.get(pref);
    if (p !== undefined && eligible(s, p, c)) return p;
    if (c.rec.preferUntil !== null) return null;
  }
  const strategy = c.queue.strategy;
  const rr = strategy === 'round-robin' ? (s.roundRobin.get(c.rec.queueId) ?? 0) : 0;
  let best: AgentEntry | null = null;
  for (let i = 0; i < candidates.size; i++) {
    const a = candidates.at(i);
    if (!eligible(s, a, c)) continue;
    if (best === null || betterAgent(strategy, c, a, best, rr)) best = a;
  }
  return best;
}

/**
 * Why `bestAgentFor` chose agent `a` for contact `c` (call it before the
 * offer changes the agent): a few reads of what the choice already looked
 * at, so that every offer can say why at no measurable cost.
 */
export function offerReason(s: RoutingState, c: ContactEntry, a: AgentEntry): OfferReason {
  const step = c.rec.step;
  const cls = c.cls!;
  // Only a level that opened an overflow queue has more than one pool to look at.
  const pool = cls.pools.length === 1 ? 0 : cls.poolOf(a);
  const overflow = pool > 0 ? cls.pools[pool]!.queue : null;
  if (c.rec.preferredAgentId === a.id) return { by: 'preferred', preferred: c.rec.preferredBy, value: null, step, overflow };
  const strategy = c.queue.strategy;
  let value: number;
  switch (strategy) {
    case 'most-skilled':
      value = skillSum(a.rec.skills, c.rec.skills, c.queue.skills);
      break;
    case 'least-occupied':
      value = a.held[c.chIdx]! / a.cap[c.chIdx]!;
      break;
    case 'round-robin':
      value = a.rec.loginSeq;
      break;
    default:
      value = a.rec.idleSince;
  }
  return { by: strategy, preferred: null, value, step, overflow };
}

/**
 * The best-key waiting contact the agent may take, if better than `bound`.
 * The class tops (ClassTops) name the class with the best waiting key
 * without opening any class; its top is the answer unless a decline or a
 * reservation rules it out for this agent, and only then are the classes
 * searched one by one. Opening a class costs a few cache misses at 100,000
 * waiting contacts, comparing a top costs none.
 */
export function bestContactFor(s: RoutingState, a: AgentEntry, bound: ContactEntry | null): ContactEntry | null {
  if (a.rec.presence !== 'available') return null;
  // The key to beat, as numbers; +Infinity (any waiting contact beats it) without a bound.
  let bp = bound === null ? Infinity : bound.rec.priority;
  let bv = bound === null ? Infinity : bound.rec.virtualArrival;
  let bs = bound === null ? Infinity : bound.rec.seq;
  let bestIdx = -1;
  const byChannel = s.compatClassesOf(a);
  const tops = s.tops.keys;
  for (let ch = 0; ch < byChannel.length; ch++) {
    const classes = byChannel[ch]!;
    if (classes.length === 0 || !s.canTake(a, ch)) continue;
    for (let i = 0; i < classes.length; i++) {
      const idx = classes[i]!;
      const k = 3 * idx;
      const p = tops[k]!;
      if (p !== bp ? p < bp : tops[k + 1] !== bv ? tops[k + 1]! < bv : tops[k + 2]! < bs) {
        bestIdx = idx;
        bp = p;
        bv = tops[k + 1]!;
        bs = tops[k + 2]!;
      }
    }
  }
  if (bestIdx < 0) return null;
  const top = s.classList[bestIdx]!.heap.peek()!;
  return personalOk(a, top) ? top : bestContactSearch(s, a, bound);
}

/** `bestContactFor` when the best top is ruled out for the agent: every class, in key order past its top. */
function bestContactSearch(s: RoutingState, a: AgentEntry, bound: ContactEntry | null): ContactEntry | null {
  let best = bound;
  let found: ContactEntry | null = null;
  const byChannel = s.compatClassesOf(a);
  for (let ch = 0; ch < byChannel.length; ch++) {
    const classes = byChannel[ch]!;
    if (classes.length === 0 || !s.canTake(a, ch)) continue;
    for (let i = 0; i < classes.length; i++) {
      const cls = s.classList[classes[i]!]!;
      const top = cls.heap.peek();
      if (top === undefined || (best !== null && !keyLess(top, best))) continue;
      let pick: ContactEntry | null = top;
      if (!personalOk(a, top)) {
        pick = null;
        cls.heap.findInOrder((c) => {
          if (best !== null && !keyLess(c, best)) return true;
          if (personalOk(a, c)) {
            pick = c;
            return true;
          }
          return false;
        });
      }
      if (pick !== null) {
        best = pick;
        found = pick;
      }
    }
  }
  return found;
}

/**
 * Offers until no waiting contact has an eligible agent. Only what changed
 * since the last match can form a new pair (the invariant after every
 * match), so candidates come from the dirty contacts and agents; each round
 * takes the candidate contact with the best key and offers it to its best
 * agent, exactly as the global rule would.
 */
export function matchAll(s: RoutingState, offer: (c: ContactEntry, a: AgentEntry) => void): void {
  const contacts = s.dirtyContacts;
  const agents = s.dirtyAgents;
  for (;;) {
    let best: ContactEntry | null = null;
    let bestAgent: AgentEntry | null = null;
    // A delete moves the last member into the slot deleted: read that slot again.
    for (let i = 0; i < contacts.size;) {
      const c = contacts.at(i);
      if (c.rec.state !== 'waiting') {
        contacts.delete(c);
        continue;
      }
      if (best !== null && !keyLess(c, best)) {
        i++;
        continue;
      }
      const a = bestAgentFor(s, c);
      if (a === null) {
        contacts.delete(c);
        continue;
      }
      best = c;
      bestAgent = a;
      i++;
    }
    for (let i = 0; i < agents.size;) {
      const a = agents.at(i);
      const c = bestContactFor(s, a, best);
      if (c === null) {
        if (best === null) agents.delete(a);
        else i++;
        continue;
      }
      best = c;
      bestAgent = null;
      i++;
    }
    if (best === null) return;
    // Found by a changed agent: no other agent can take it. Every dirty
    // contact with a better key than the contacts' pass chose had no
    // eligible agent at all, so `best` is a contact that did not change,
    // and no agent that did not change either could take it at the last
    // match; nothing since made one eligible without marking it dirty.
    // So its best agent is among the dirty ones (a pass over a few),
    // not somewhere in the whole ready list.
    bestAgent ??= bestAgentAmong(s, best, agents)!;
    offer(best, bestAgent);
  }
}
