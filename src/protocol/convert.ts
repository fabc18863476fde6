/**
 * Core records and events to wire messages (the JSON mapping of
 * `proto/switchboard.proto`). Nulls become absent fields: proto3 has no null.
 */
import type { CoreEvent } from '../core/events.js';
import type { AgentProfile, AgentRecord, AgentStatus, ContactRecord, HistoryEntry, OfferReason } from '../core/model.js';
import type { AgentMsg, AgentProfileMsg, ContactMsg, EventKind, EventPayloads, HistoryEntryMsg, JsonObject, OfferReasonMsg } from './messages.js';

/** Copies an object without its null and undefined fields. */
type Compact<T> = { [K in keyof T as null extends T[K] ? never : undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as null extends T[K] ? K : undefined extends T[K] ? K : never]?: Exclude<T[K], null | undefined>;
};
function compact<T extends object>(o: T): Compact<T> {
  const out: Record<string, unknown> = {};
  // for...in, not Object.entries: no [key, value] pair allocated per field (hot: every event fanned out).
  for (const k in o) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== null && v !== undefined) out[k] = v;
  }
  return out as Compact<T>;
}

export function profileToMsg(p: AgentProfile): AgentProfileMsg {
  return {
    skills: { ...p.skills },
    languages: [...p.languages],
    capacity: { ...(p.capacity as Record<string, number>) },
    queues: [...p.queues],
  };
}

/** `stateSince`: since when the agent is in its state (the gateway keeps it: `AgentStates`). */
export function agentToMsg(a: Readonly<AgentRecord>, status: AgentStatus, stateSince?: number): AgentMsg {
  return compact({
    id: a.id,
    profile: profileToMsg(a),
    presence: a.presence,
    awayReason: a.awayReason,
    status,
    contacts: [...a.contacts],
    presenceSince: a.presenceSince,
    loginSeq: a.loginSeq,
    stateSince,
  });
}

export type ContactState = ContactRecord['state'] | 'closed';

type ContactMsgDraft = { -readonly [K in keyof ContactMsg]: ContactMsg[K] };

/**
 * What both wire views of a contact carry, in the wire's order: the full
 * view's `context` between `seq` and `state`, the summary's flag after
 * `step`, then the assignment. Built field by field (the optional ones only
 * when set) rather than as a literal passed through `compact`: this runs for
 * every contact event fanned out, every offer and every create, and
 * `compact`'s `Object.entries` allocated a pair per field (the largest
 * allocation site under load).
 */
function contactCommon(c: Readonly<ContactRecord>, externalId: string | undefined, state: ContactState, view: 'full' | 'summary'): ContactMsgDraft {
  const m: Partial<ContactMsgDraft> = {
    id: c.id,
    queueId: c.queueId,
    channel: c.channel,
    language: c.language,
    skills: { ...c.skills },
    customer: { id: c.customer.id, tier: c.customer.tier },
    priority: c.priority,
    firstArrival: c.firstArrival,
    virtualArrival: c.virtualArrival,
    seq: c.seq,
  };
  if (view === 'full') m.context = c.context as JsonObject;
  m.state = state;
  m.step = c.step;
  if (view === 'summary') m.summary = true;
  if (c.preferredAgentId !== null) m.preferredAgentId = c.preferredAgentId;
  if (c.agentId !== null) m.agentId = c.agentId;
  if (c.deadline !== null) m.deadline = c.deadline;
  if (c.connectedAt !== null) m.connectedAt = c.connectedAt;
  m.onHold = c.onHold;
  if (externalId !== undefined) m.externalId = externalId;
  if (c.repeatOf !== null) m.repeatOf = c.repeatOf;
  if (c.disposition !== null) m.disposition = c.disposition;
  return m as ContactMsgDraft;
}

/** A contact's wire view, whole. */
export function contactToMsg(c: Readonly<ContactRecord>, externalId?: string, state?: ContactState): ContactMsg {
  const m = contactCommon(c, externalId, state ?? c.state, 'full');
  if (c.notes !== null) m.notes = c.notes;
  if (c.transfers?.length) m.transfers = c.transfers.map((x) => compact(x));
  if (c.consultBy != null) m.consultBy = c.consultBy;
  if (c.callback != null) m.callback = compact(c.callback);
  if (c.followUp != null) m.followUp = { ...c.followUp };
  if (c.handoff != null) m.handoff = compact({ transcript: c.handoff.transcript.map((l) => ({ ...l })), intent: c.handoff.intent, botId: c.handoff.botId });
  return m as ContactMsg;
}

/**
 * A contact's wire view in summary, for snapshot pages: what a wallboard
 * shows, without what may be large (context, notes, transfer notes, the
 * follow-up's note, the bot transcript). `summary: true` says so.
 */
export function contactSummaryToMsg(c: Readonly<ContactRecord>, externalId?: string): ContactMsg {
  const m = contactCommon(c, externalId, c.state, 'summary');
  if (c.transfers?.length) m.transfers = c.transfers.map(({ notes: _n, ...x }) => compact(x));
  if (c.consultBy != null) m.consultBy = c.consultBy;
  if (c.callback != null) m.callback = compact(c.callback);
  // The note is left out ('' is what proto3 reads when a string is absent).
  if (c.followUp != null) {
    m.followUp = { of: c.followUp.of, byAgentId: c.followUp.byAgentId, note: '', dueAt: c.followUp.dueAt };
    if (c.followUp.surveyReason !== undefined) m.followUp.surveyReason = c.followUp.surveyReason;
  }
  if (c.handoff != null) m.handoff = compact({ intent: c.handoff.intent, botId: c.handoff.botId });
  // Why its agent was chosen: a wallboard opened after the offer still says it.
  if (c.offerWhy != null) m.why = offerReasonToMsg(c.offerWhy);
  return m as ContactMsg;
}

/** Why an offer went to its agent, on the wire (null fields left out). */
export function offerReasonToMsg(why: OfferReason): OfferReasonMsg {
  return compact(why);
}

export function historyToMsg(h: readonly HistoryEntry[]): HistoryEntryMsg[] {
  return h.map((e) => compact(e));
}

const kinds = new Map<string, EventKind>();

/** `contact.offer_expired` -> `contactOfferExpired` (worked out once per type: it runs for every event). */
export function eventKindOf(type: CoreEvent['type']): EventKind {
  let kind = kinds.get(type);
  if (kind === undefined) {
    const [head, tail] = type.split('.') as [string, string];
    kind = (head + tail.replace(/(^|_)([a-z])/g, (_m, _u, ch: string) => ch.toUpperCase())) as EventKind;
    kinds.set(type, kind);
  }
  return kind;
}

/** The wire payload of a core event (without `at`, which goes on the envelope). */
export function eventPayload(e: CoreEvent, externalIdOf?: (contactId: string) => string | undefined): { kind: EventKind; payload: EventPayloads[EventKind] } {
  const kind = eventKindOf(e.type);
  switch (e.type) {
    case 'agent.logged_in':
      return { kind, payload: compact({ agentId: e.agentId, profile: profileToMsg(e.profile), loginSeq: e.loginSeq, presence: e.presence, reason: e.reason }) };
    case 'contact.created':
      return { kind, payload: compact({ contact: contactToMsg(e.contact, externalIdOf?.(e.contact.id)), redirectedFrom: e.redirectedFrom }) };
    case 'contact.follow_up_scheduled':
      return { kind, payload: { contact: contactToMsg(e.contact) } };
    case 'contact.offered': {
      const { type: _t, at: _at, why, ...rest } = e;
      const payload: EventPayloads['contactOffered'] = compact(rest);
      if (why !== undefined) payload.why = offerReasonToMsg(why);
      return { kind, payload };
    }
    case 'contact.transferred': {
      const { type: _t, at: _at, actor: _a, transfer, ...rest } = e;
      return { kind, payload: compact({ ...rest, transfer: compact(transfer) }) as EventPayloads[EventKind] };
    }
    default: {
      const { type: _t, at: _at, actor: _a, ...rest } = e;
      return { kind, payload: compact(rest) as EventPayloads[EventKind] };
    }
  }
}
