/**
 * Core records and events to wire messages (the JSON mapping of
 * `proto/switchboard.proto`). Nulls become absent fields: proto3 has no null.
 */
import type { CoreEvent } from '../core/events.js';
import type { AgentProfile, AgentRecord, AgentStatus, ContactRecord, HistoryEntry } from '../core/model.js';
import type { AgentMsg, AgentProfileMsg, ContactMsg, EventKind, EventPayloads, HistoryEntryMsg, JsonObject } from './messages.js';

/** Copies an object without its null and undefined fields. */
type Compact<T> = { [K in keyof T as null extends T[K] ? never : undefined extends T[K] ? never : K]: T[K] } & {
  [K in keyof T as null extends T[K] ? K : undefined extends T[K] ? K : never]?: Exclude<T[K], null | undefined>;
};
function compact<T extends object>(o: T): Compact<T> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) if (v !== null && v !== undefined) out[k] = v;
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

export function agentToMsg(a: Readonly<AgentRecord>, status: AgentStatus): AgentMsg {
  return compact({
    id: a.id,
    profile: profileToMsg(a),
    presence: a.presence,
    awayReason: a.awayReason,
    status,
    contacts: [...a.contacts],
    presenceSince: a.presenceSince,
    loginSeq: a.loginSeq,
  });
}

export type ContactState = ContactRecord['state'] | 'closed';

export function contactToMsg(c: Readonly<ContactRecord>, externalId?: string, state?: ContactState): ContactMsg {
  return compact({
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
    preferredAgentId: c.preferredAgentId,
    context: c.context as JsonObject,
    state: state ?? c.state,
    step: c.step,
    agentId: c.agentId,
    deadline: c.deadline,
    connectedAt: c.connectedAt,
    onHold: c.onHold,
    externalId,
    repeatOf: c.repeatOf,
    disposition: c.disposition,
    notes: c.notes,
    transfers: c.transfers?.length ? c.transfers.map((x) => compact({ ...x })) : undefined,
    consultBy: c.consultBy,
    callback: c.callback == null ? undefined : compact({ ...c.callback }),
    followUp: c.followUp == null ? undefined : { ...c.followUp },
    handoff: c.handoff == null ? undefined : compact({ transcript: c.handoff.transcript.map((l) => ({ ...l })), intent: c.handoff.intent, botId: c.handoff.botId }),
  });
}

export function historyToMsg(h: readonly HistoryEntry[]): HistoryEntryMsg[] {
  return h.map((e) => compact({ ...e }));
}

/** `contact.offer_expired` -> `contactOfferExpired`. */
export function eventKindOf(type: CoreEvent['type']): EventKind {
  const [head, tail] = type.split('.') as [string, string];
  return (head + tail.replace(/(^|_)([a-z])/g, (_m, _u, ch: string) => ch.toUpperCase())) as EventKind;
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
    case 'contact.transferred': {
      const { type: _t, at: _at, transfer, ...rest } = e;
      return { kind, payload: compact({ ...rest, transfer: compact({ ...transfer }) }) as EventPayloads[EventKind] };
    }
    default: {
      const { type: _t, at: _at, ...rest } = e;
      return { kind, payload: compact(rest) as EventPayloads[EventKind] };
    }
  }
}
