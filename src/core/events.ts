/**
 * Every state change of the core is one of these events. They are the feed
 * for metrics, the supervisor stream and persistence: applying them in order
 * to a snapshot rebuilds the exact state (see `RoutingState.apply`).
 *
 * Times are clock milliseconds; `at` is when the change happened.
 */
import type { AgentId, ContactId, QueueId } from './ids.js';
import type { AgentProfile, AgentPresence, ContactRecord } from './model.js';

interface Base {
  readonly at: number;
}

export interface AgentLoggedIn extends Base {
  readonly type: 'agent.logged_in';
  readonly agentId: AgentId;
  readonly profile: AgentProfile;
  readonly loginSeq: number;
  readonly presence: Exclude<AgentPresence, 'offline'>;
  readonly reason: string | null;
}
export interface AgentPresenceChanged extends Base {
  readonly type: 'agent.presence_changed';
  readonly agentId: AgentId;
  readonly presence: Exclude<AgentPresence, 'offline'>;
  readonly reason: string | null;
}
export interface AgentLoggedOut extends Base {
  readonly type: 'agent.logged_out';
  readonly agentId: AgentId;
}
export interface ContactCreated extends Base {
  readonly type: 'contact.created';
  readonly contact: ContactRecord;
  /** Set when the target queue was full and the contact went to its overflow queue. */
  readonly redirectedFrom: QueueId | null;
}
export interface ContactStepChanged extends Base {
  readonly type: 'contact.step_changed';
  readonly contactId: ContactId;
  readonly step: number;
  readonly skipped: boolean;
}
export interface ContactPreferenceEnded extends Base {
  readonly type: 'contact.preference_ended';
  readonly contactId: ContactId;
}
export interface ContactOffered extends Base {
  readonly type: 'contact.offered';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  /** Ring deadline, or null when the offer is accepted on the agent's behalf. */
  readonly expiresAt: number | null;
}
export interface ContactOfferRejected extends Base {
  readonly type: 'contact.offer_rejected';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
}
export interface ContactOfferExpired extends Base {
  readonly type: 'contact.offer_expired';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  /** The agent's count of offers missed in a row, this one included. */
  readonly missedInRow: number;
}
export interface ContactOfferRevoked extends Base {
  readonly type: 'contact.offer_revoked';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly reason: 'agent_logged_out' | 'agent_away';
}
export interface ContactAccepted extends Base {
  readonly type: 'contact.accepted';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly auto: boolean;
}
export interface ContactEnded extends Base {
  readonly type: 'contact.ended';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  /** Wrap-up deadline; equal to `at` when the queue has no wrap-up time. */
  readonly wrapUpUntil: number;
  readonly by: 'agent' | 'integration' | 'supervisor';
}
export interface ContactClosed extends Base {
  readonly type: 'contact.closed';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly disposition: string | null;
  readonly notes: string | null;
  readonly by: 'agent' | 'timeout' | 'logout';
}
export interface ContactAbandoned extends Base {
  readonly type: 'contact.abandoned';
  readonly contactId: ContactId;
  /** The agent whose offer was pending when the customer left. */
  readonly offeredTo: AgentId | null;
}
export interface ContactRequeued extends Base {
  readonly type: 'contact.requeued';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly reason: 'agent_logged_out';
}
export interface ContactUpdated extends Base {
  readonly type: 'contact.updated';
  readonly contactId: ContactId;
  readonly priority: number;
  readonly queueId: QueueId;
  /** Relaxation level in force in the (new) queue. */
  readonly step: number;
  /** Reservation for the preferred agent: restarted by a move (new queue's window), else unchanged. */
  readonly preferUntil: number | null;
}

export interface ContactConnected extends Base {
  readonly type: 'contact.connected';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
}
export interface ContactHoldChanged extends Base {
  readonly type: 'contact.hold_changed';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly onHold: boolean;
}

export type CoreEvent =
  | AgentLoggedIn
  | AgentPresenceChanged
  | AgentLoggedOut
  | ContactCreated
  | ContactStepChanged
  | ContactPreferenceEnded
  | ContactOffered
  | ContactOfferRejected
  | ContactOfferExpired
  | ContactOfferRevoked
  | ContactAccepted
  | ContactEnded
  | ContactClosed
  | ContactAbandoned
  | ContactRequeued
  | ContactUpdated
  | ContactConnected
  | ContactHoldChanged;

export type CoreEventType = CoreEvent['type'];
