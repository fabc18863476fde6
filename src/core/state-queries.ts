/**
 * Reads of the routing state for views, metrics and the wait estimate that
 * are not routing: an agent's status as shown, who could serve a contact,
 * waiting counts per queue, channel and tier.
 */
import type { ContactEntry } from './entries.js';
import { agentId as toAgentId, type QueueId } from './ids.js';
import type { AgentRecord, AgentStatus } from './model.js';
import type { RoutingState } from './routing-state.js';

export interface WaitingStats {
  readonly queueId: QueueId;
  readonly channel: string;
  readonly tier: string;
  readonly waiting: number;
  /** First arrival (ms) of the longest-waiting contact. */
  readonly oldestArrival: number;
}

/** What views and metrics show for an agent. */
export function agentStatus(s: RoutingState, id: string): AgentStatus {
  const a = s.agents.get(toAgentId(id));
  if (a === undefined || a.rec.presence === 'offline') return 'offline';
  if (a.rec.contacts.length > 0) {
    let allWrap = true;
    for (const cid of a.rec.contacts) if (s.contacts.get(cid)!.rec.state !== 'wrap_up') allWrap = false;
    if (allWrap) return 'wrap_up';
    if (a.rec.presence === 'available' || a.rec.contacts.some((cid) => s.contacts.get(cid)!.rec.state === 'active')) return 'busy';
  }
  if (a.rec.presence === 'available' && s.consultHolds.has(a.id)) return 'busy';
  return a.rec.presence;
}

/** `step` if the contact's queue has it, else the step in force. */
export function stepOf(c: ContactEntry, step: number | undefined): number {
  return step !== undefined && Number.isInteger(step) && step >= 0 && step < c.queue.levels.length ? step : c.rec.step;
}

/** Logged-in agents whose profile may take the contact under its current step, or `step` (pools, language, skills), whatever their load. O(agents). */
export function servingAgents(s: RoutingState, c: ContactEntry, step?: number): Readonly<AgentRecord>[] {
  const cls = s.classOf(c, stepOf(c, step));
  const out: Readonly<AgentRecord>[] = [];
  for (const a of s.agents.values()) if (a.loggedIn && cls.matches(a)) out.push(a.rec);
  return out;
}

/** Waiting contacts per queue, channel and tier, with the oldest first arrival. */
export function waitingStats(st: RoutingState): WaitingStats[] {
  const out = new Map<string, { queueId: QueueId; channel: string; tier: string; waiting: number; oldestArrival: number }>();
  for (const c of st.contacts.values()) {
    if (c.rec.state !== 'waiting') continue;
    const k = `${c.rec.queueId}|${c.rec.channel}|${c.rec.customer.tier}`;
    const s = out.get(k);
    if (s === undefined)
      out.set(k, { queueId: c.rec.queueId, channel: c.rec.channel, tier: c.rec.customer.tier, waiting: 1, oldestArrival: c.rec.firstArrival });
    else {
      s.waiting++;
      if (c.rec.firstArrival < s.oldestArrival) s.oldestArrival = c.rec.firstArrival;
    }
  }
  return [...out.values()];
}

/** `fn` of each item, lazily (records out of their entries). */
export function* mapIter<T, U>(it: IterableIterator<T>, fn: (t: T) => U): IterableIterator<U> {
  for (const t of it) yield fn(t);
}
