/**
 * Supervisor requests: a snapshot then the live stream of every event, and
 * actions on agents and contacts.
 */
import { SwitchboardError } from '../core/errors.js';
import { agentToMsg, contactToMsg } from '../protocol/convert.js';
import type { FloorStatsMsg, QueueViewMsg, Request, SnapshotMsg } from '../protocol/messages.js';
import type { FloorReading } from './floor-stats.js';
import type { Gateway, ResultBody } from './gateway.js';
import { denied, ok, presenceOf, required, reasonFrom } from './request-helpers.js';
import type { Session } from './session.js';

export function handleSupervisorRequest(gw: Gateway, s: Session, req: Request): ResultBody {
  switch (req.kind) {
    case 'ping':
      return { pong: { time: Date.now() } };
    case 'subscribe': {
      const limit = req.body.contactsLimit ?? 0;
      if (!Number.isInteger(limit) || limit < 0 || limit > MAX_SNAPSHOT_CONTACTS) {
        throw new SwitchboardError(
          'INVALID_ARGUMENT',
          `contactsLimit must be an integer 1..${MAX_SNAPSHOT_CONTACTS} (0: the default, ${DEFAULT_SNAPSHOT_CONTACTS})`,
        );
      }
      s.subscribed = true;
      return { snapshot: snapshot(gw, limit === 0 ? DEFAULT_SNAPSHOT_CONTACTS : limit) };
    }
    case 'forcePresence': {
      const b = req.body;
      const agentId = required(b.agentId, 'agentId');
      const presence = presenceOf(b.presence);
      if (presence === 'away' && b.reason !== undefined) reasonFrom(gw.config.awayReasons, b.reason, 'away reason', ['supervisor']);
      gw.exec((r) => r.setPresence(agentId, presence, b.reason ?? (presence === 'away' ? 'supervisor' : undefined)));
      return ok;
    }
    case 'forceLogout': {
      const agentId = required(req.body.agentId, 'agentId');
      gw.exec((r) => r.logoutAgent(agentId, { force: true }));
      return ok;
    }
    case 'updateContact': {
      const b = req.body;
      const id = required(b.contactId, 'contactId');
      if (b.priority === undefined && b.queueId === undefined) {
        throw new SwitchboardError('INVALID_ARGUMENT', 'give a priority, a queueId or both');
      }
      const change: { priority?: number; queueId?: string } = {};
      if (b.priority !== undefined) change.priority = b.priority;
      if (b.queueId !== undefined) change.queueId = b.queueId;
      gw.exec((r) => r.updateContact(id, change));
      return ok;
    }
    default:
      throw denied(`${req.kind} is not a supervisor request`);
  }
}

/**
 * The gateway's counts of the day. The gateway owns them (like its wait
 * estimator) and feeds them every core event it drains; read through this
 * accessor so that a gateway without them still gives a snapshot (without
 * `floorStats`).
 */
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
export function snapshot(gw: Gateway, contactsLimit = DEFAULT_SNAPSHOT_CONTACTS): SnapshotMsg {
  const r = gw.router;
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
  const now = Date.now();
  const snap: SnapshotMsg = {
    queues,
    agents: [...r.agents()].map((a) => agentToMsg(a, r.agentStatus(a.id))),
    contacts: oldestContacts(r.contacts(), contactsLimit).map((c) => contactToMsg(c, gw.registry.externalIdOf(c.id))),
    contactsTotal: r.contactCount,
    at: now,
    agentSurveys: [...r.surveyTallies()].map(([agentId, t]) => ({ agentId, yes: t.yes, no: t.no })),
  };
  snap.floorStats = floorStatsToMsg(gw.floorStats.read(now));
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
