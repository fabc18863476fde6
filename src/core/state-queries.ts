/**
 * Reads of the routing state for views, metrics and the wait estimate that
 * are not routing: an agent's status as shown, who could serve a contact,
 * waiting counts per queue, channel and tier.
 */
import type { AgentEntry, ContactEntry } from './entries.js';
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
  return a === undefined ? 'offline' : statusOf(s, a);
}

/**
 * Every agent's status as `agentStatus` tells it, one after the other: a
 * pass over the agents' entries (no lookup by id), for the metrics' agents
 * by state at every scrape.
 */
export function agentStatuses(s: RoutingState): IterableIterator<AgentStatus> {
  return mapIter(s.agents.values(), (a) => statusOf(s, a));
}

function statusOf(s: RoutingState, a: AgentEntry): AgentStatus {
  if (a.rec.presence === 'offline') return 'offline';
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

/** Waiting contacts per queue, channel and tier, with the oldest first arrival. O(cells), from the state's tallies (no pass over the contacts). */
export function waitingStats(st: RoutingState): WaitingStats[] {
  const out: WaitingStats[] = [];
  for (const q of st.tallies.queues()) {
    for (const cell of q.cells) {
      if (cell.waiting > 0) out.push({ queueId: q.id, channel: cell.channel, tier: cell.tier, waiting: cell.waiting, oldestArrival: cell.oldest() });
    }
  }
  return out;
}

/** A queue's counts as the wallboard shows them (`queueCounts`). */
export interface QueueCounts {
  waiting: number;
  /** First arrival (ms) of its longest-waiting contact (Infinity: none waits). */
  oldestArrival: number;
  /** Callbacks not yet connected. */
  callbacks: number;
  /** Follow-ups scheduled. */
  followUps: number;
  /** Repeat contacts (first-contact resolution) waiting. */
  repeatsWaiting: number;
}

/**
 * Per queue that holds any waiting contact, callback or follow-up, its
 * wallboard counts. O(queues + cells), from the state's tallies: the first
 * page of a supervisor's snapshot must not hold routing (issue 20).
 */
export function queueCounts(st: RoutingState): Map<QueueId, QueueCounts> {
  const out = new Map<QueueId, QueueCounts>();
  for (const q of st.tallies.queues()) {
    if (q.waiting === 0 && q.marked === 0) continue;
    out.set(q.id, {
      waiting: q.waiting,
      oldestArrival: q.waiting > 0 ? q.oldest() : Infinity,
      callbacks: q.callbacks,
      followUps: q.followUps,
      repeatsWaiting: q.repeatsWaiting,
    });
  }
  return out;
}

/** `fn` of each item, lazily (records out of their entries). */
export function* mapIter<T, U>(it: IterableIterator<T>, fn: (t: T) => U): IterableIterator<U> {
  for (const t of it) yield fn(t);
}
