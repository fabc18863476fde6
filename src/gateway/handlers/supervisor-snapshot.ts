/**
 * The supervisor's snapshot: queues with their counts, agents, the oldest
 * contacts, survey tallies and the day's counts of the floor.
 */
import { agentToMsg, contactToMsg } from '../../protocol/convert.js';
import type { FloorStatsMsg, QueueViewMsg, SnapshotMsg } from '../../protocol/messages.js';
import type { FloorReading } from '../../insights/floor-stats.js';
import type { RequestContext } from './request-context.js';

/** The day's counts as the wire carries them: every configured queue, every agent surveyed. */
export function floorStatsToMsg(f: FloorReading): FloorStatsMsg {
  const msg: FloorStatsMsg = {
    since: f.since,
    queues: [...f.queues].map(([queueId, q]) => ({ queueId, ...q })),
    agents: [...f.agents].map(([agentId, a]) => ({ agentId, yes: a.yes, no: a.no, noReasons: Object.fromEntries(a.noReasons) })),
  };
  if (f.resetsAt !== undefined) msg.resetsAt = f.resetsAt;
  return msg;
}

/**
 * A snapshot lists at most this many contacts by default, and never more than
 * the maximum: it is built and encoded on the routing thread, and 100,000
 * contacts held routing for about half a second and made a 35 MB frame
 * (measured: 480-520 ms). The queue counts cover every contact.
 */
export const DEFAULT_SNAPSHOT_CONTACTS = 1_000;
export const MAX_SNAPSHOT_CONTACTS = 10_000;

/** Queues (with waiting counts), agents and the oldest `contactsLimit` contacts, now; and the counts of the day. */
export function snapshot(ctx: RequestContext, contactsLimit = DEFAULT_SNAPSHOT_CONTACTS): SnapshotMsg {
  const r = ctx.router;
  const waiting = new Map<string, { n: number; oldest: number }>();
  for (const w of r.waitingStats()) {
    const q = waiting.get(w.queueId) ?? { n: 0, oldest: Infinity };
    q.n += w.waiting;
    q.oldest = Math.min(q.oldest, w.oldestArrival);
    waiting.set(w.queueId, q);
  }
  const work = new Map<string, { callbacks: number; followUps: number; repeats: number }>();
  for (const c of r.contacts()) {
    if (c.callback === null && c.followUp === null && c.repeatOf === null) continue;
    let w = work.get(c.queueId);
    if (w === undefined) work.set(c.queueId, (w = { callbacks: 0, followUps: 0, repeats: 0 }));
    if (c.callback !== null && c.connectedAt === null) w.callbacks++;
    if (c.followUp !== null && c.state === 'scheduled') w.followUps++;
    if (c.repeatOf !== null && c.state === 'waiting') w.repeats++;
  }
  const queues: QueueViewMsg[] = [];
  for (const q of r.config.queues.values()) {
    const w = waiting.get(q.id);
    const k = work.get(q.id);
    const view: QueueViewMsg = {
      id: q.id,
      name: q.config.name ?? q.id,
      channels: [...q.channels],
      waiting: w?.n ?? 0,
      callbacks: k?.callbacks ?? 0,
      followUps: k?.followUps ?? 0,
      repeatsWaiting: k?.repeats ?? 0,
    };
    if (w !== undefined) view.oldestArrival = w.oldest;
    queues.push(view);
  }
  const now = ctx.now();
  const snap: SnapshotMsg = {
    queues,
    agents: [...r.agents()].map((a) => agentToMsg(a, r.agentStatus(a.id))),
    contacts: oldestContacts(r.contacts(), contactsLimit).map((c) => contactToMsg(c, ctx.registry.externalIdOf(c.id))),
    contactsTotal: r.contactCount,
    at: now,
    agentSurveys: [...r.surveyTallies()].map(([agentId, t]) => ({ agentId, yes: t.yes, no: t.no })),
  };
  snap.floorStats = floorStatsToMsg(ctx.floorStats.read(now));
  return snap;
}

/** The first `n` of the router's contacts: it lists them in the order they arrived. */
function oldestContacts<T>(all: Iterable<T>, n: number): T[] {
  const out: T[] = [];
  if (n <= 0) return out;
  for (const c of all) {
    out.push(c);
    if (out.length >= n) break;
  }
  return out;
}
