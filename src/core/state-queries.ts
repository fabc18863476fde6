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

/** Waiting contacts per queue, channel and tier, with the oldest first arrival. O(contacts), without a string built per contact. */
export function waitingStats(st: RoutingState): WaitingStats[] {
  type Cell = { queueId: QueueId; channel: string; tier: string; waiting: number; oldestArrival: number };
  const out: Cell[] = [];
  // queue -> channel -> tier: keys that are the records' own (interned) strings, so each lookup hashes nothing new.
  const byQueue = new Map<QueueId, Map<string, Map<string, Cell>>>();
  for (const c of st.contacts.values()) {
    const r = c.rec;
    if (r.state !== 'waiting') continue;
    let byChannel = byQueue.get(r.queueId);
    if (byChannel === undefined) byQueue.set(r.queueId, (byChannel = new Map()));
    let byTier = byChannel.get(r.channel);
    if (byTier === undefined) byChannel.set(r.channel, (byTier = new Map()));
    const cell = byTier.get(r.customer.tier);
    if (cell === undefined) {
      const fresh: Cell = { queueId: r.queueId, channel: r.channel, tier: r.customer.tier, waiting: 1, oldestArrival: r.firstArrival };
      byTier.set(r.customer.tier, fresh);
      out.push(fresh);
    } else {
      cell.waiting++;
      if (r.firstArrival < cell.oldestArrival) cell.oldestArrival = r.firstArrival;
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

/** Per queue that holds any contact, its wallboard counts: one pass over the contacts, O(contacts). */
export function queueCounts(st: RoutingState): Map<QueueId, QueueCounts> {
  const out = new Map<QueueId, QueueCounts>();
  for (const c of st.contacts.values()) {
    const r = c.rec;
    const waiting = r.state === 'waiting';
    if (!waiting && r.callback === null && r.followUp === null) continue;
    let q = out.get(r.queueId);
    if (q === undefined) out.set(r.queueId, (q = { waiting: 0, oldestArrival: Infinity, callbacks: 0, followUps: 0, repeatsWaiting: 0 }));
    if (waiting) {
      q.waiting++;
      if (r.firstArrival < q.oldestArrival) q.oldestArrival = r.firstArrival;
      if (r.repeatOf !== null) q.repeatsWaiting++;
    }
    if (r.callback !== null && r.connectedAt === null) q.callbacks++;
    if (r.followUp !== null && r.state === 'scheduled') q.followUps++;
  }
  return out;
}

/** `fn` of each item, lazily (records out of their entries). */
export function* mapIter<T, U>(it: IterableIterator<T>, fn: (t: T) => U): IterableIterator<U> {
  for (const t of it) yield fn(t);
}
