/**
 * Every state change of the core is one of these events. They are the feed
 * for metrics, the supervisor stream and persistence: applying them in order
 * to a snapshot rebuilds the exact state (see `RoutingState.apply`).
 *
 * Times are clock milliseconds; `at` is when the change happened.
 */
import type { AgentId, ContactId, QueueId } from './ids.js';
import type { AgentProfile, AgentPresence, Channel, ContactRecord, OfferReason, SurveyAbout, TransferRecord } from './model.js';

interface Base {
  readonly at: number;
  /**
   * Who caused the change, when a supervisor or an integration did
   * (`supervisor:sam`, `integration:ivr`): set on the events of the command
   * itself, not on what the router decided after it (offers, timeouts).
   */
  readonly actor?: string;
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
  /** Why this agent (absent in events recorded before it was kept). */
  readonly why?: OfferReason;
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
  /**
   * Wrap-up deadline; equal to `at` when the queue has no wrap-up time; null
   * when the wrap-up has no time box (modes `optional` and `mandatory`).
   */
  readonly wrapUpUntil: number | null;
  readonly by: 'agent' | 'integration' | 'supervisor';
  /** Why, when not the plain report of `by`: `customer-hung-up` (an abandon after the accept). */
  readonly reason?: string;
}
export interface ContactClosed extends Base {
  readonly type: 'contact.closed';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly disposition: string | null;
  readonly notes: string | null;
  readonly by: 'agent' | 'timeout' | 'logout' | 'supervisor';
}
export interface ContactAbandoned extends Base {
  readonly type: 'contact.abandoned';
  readonly contactId: ContactId;
  /** The agent whose offer was pending when the customer left. */
  readonly offeredTo: AgentId | null;
  /**
   * Set when the customer did not leave but the contact was removed: why
   * (`integration-gone`, or a supervisor's reason). Absent for an abandon.
   */
  readonly reason?: string;
  /** Who removed it (a supervisor's or integration's id), when someone did. */
  readonly by?: string;
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

/** The agent recorded a disposition and/or notes during wrap-up (without finishing it). */
export interface ContactWrapUpRecorded extends Base {
  readonly type: 'contact.wrap_up_recorded';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  /** The contact's disposition and notes after this change. */
  readonly disposition: string | null;
  readonly notes: string | null;
}

/**
 * An agent handed an active contact on (blind or consultative transfer, or
 * escalation): it waits in `queueId` with its key unchanged, reserved for
 * the named agent until `preferUntil`, never offered back to `agentId`.
 */
export interface ContactTransferred extends Base {
  readonly type: 'contact.transferred';
  readonly contactId: ContactId;
  /** The agent who handed it on. */
  readonly agentId: AgentId;
  readonly transfer: TransferRecord;
  readonly queueId: QueueId;
  /** Relaxation level in force in the target queue. */
  readonly step: number;
  /**
   * The preferred agent from now on: the named agent, else the one preferred
   * before (a transfer to a queue keeps it). Absent in events recorded
   * before, which meant the named agent or none.
   */
  readonly preferredAgentId?: AgentId | null;
  readonly preferUntil: number | null;
}
/** A consultative transfer is over: the first agent's held slot frees. */
export interface ContactTransferCompleted extends Base {
  readonly type: 'contact.transfer_completed';
  readonly contactId: ContactId;
  /** The agent whose slot was held. */
  readonly agentId: AgentId;
  /** The agent who took the contact over (accepted), else null. */
  readonly toAgentId: AgentId | null;
  readonly reason: 'accepted' | 'abandoned' | 'agent_logged_out';
}
/** The first agent took a consultative transfer back before anyone accepted it. */
export interface ContactTransferCancelled extends Base {
  readonly type: 'contact.transfer_cancelled';
  readonly contactId: ContactId;
  /** The agent who has the contact back (active). */
  readonly agentId: AgentId;
  /** The agent whose pending offer was withdrawn, or null. */
  readonly offeredTo: AgentId | null;
  /** The queue it returns to (the one it was transferred from) and its level there. */
  readonly queueId: QueueId;
  readonly step: number;
}

/** An integration posted the "was this helpful?" answer for a completed contact. */
export interface ContactSurveyAnswered extends Base {
  readonly type: 'contact.survey_answered';
  readonly contactId: ContactId;
  /** The agent who handled it, and its queue, channel and tier when it closed. */
  readonly agentId: AgentId;
  readonly queueId: QueueId;
  readonly channel: Channel;
  readonly tier: string;
  readonly helpful: boolean;
  /** The reason category of a "no" (null for a "yes"). */
  readonly reason: string | null;
  /**
   * What the reason is about (null for a "yes"; absent in events recorded
   * before reasons had one: the agent). Only "no" answers about the agent
   * count in the agent's figures.
   */
  readonly about?: SurveyAbout | null;
}

/** A waiting caller chose a callback: they leave the line and keep their place. */
export interface ContactCallbackRequested extends Base {
  readonly type: 'contact.callback_requested';
  readonly contactId: ContactId;
  readonly number: string | null;
  /** `max-wait` when the queue's maximum wait made it a callback (the caller did not ask). */
  readonly reason?: 'max-wait';
}
/** A callback's turn came and an agent accepted it: the integration dials the customer now. */
export interface ContactCallbackDialing extends Base {
  readonly type: 'contact.callback_dialing';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  /** 1 for the first attempt. */
  readonly attempt: number;
  readonly number: string | null;
}
/**
 * A dial attempt went unanswered: the agent is released; the callback is
 * scheduled again at `retryAt` (same key, same place), or given up (the
 * contact is gone) when `retryAt` is null.
 */
export interface ContactCallbackFailed extends Base {
  readonly type: 'contact.callback_failed';
  readonly contactId: ContactId;
  readonly agentId: AgentId;
  readonly attempt: number;
  readonly retryAt: number | null;
}
/** An agent scheduled a follow-up: a contact that is routed once due. */
export interface ContactFollowUpScheduled extends Base {
  readonly type: 'contact.follow_up_scheduled';
  readonly contact: ContactRecord;
}
/** A scheduled follow-up was cancelled (by its agent, a supervisor or the customer's integration): it is gone. */
export interface ContactFollowUpCancelled extends Base {
  readonly type: 'contact.follow_up_cancelled';
  readonly contactId: ContactId;
  /** The agent who scheduled it. */
  readonly byAgentId: AgentId;
  readonly reason: string | null;
}
/** A scheduled follow-up was moved: it comes due at `dueAt`, keyed as if scheduled for then. */
export interface ContactFollowUpRescheduled extends Base {
  readonly type: 'contact.follow_up_rescheduled';
  readonly contactId: ContactId;
  /** The agent who scheduled it. */
  readonly byAgentId: AgentId;
  readonly dueAt: number;
  /** Its routing key's arrival: `dueAt` less the customer tier's bonus. */
  readonly virtualArrival: number;
}
/** A scheduled contact (follow-up, callback retry) is due: it waits now. */
export interface ContactDue extends Base {
  readonly type: 'contact.due';
  readonly contactId: ContactId;
  /** Relaxation level in force. */
  readonly step: number;
  /** A follow-up's reservation for the agent who scheduled it. */
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
  | ContactHoldChanged
  | ContactWrapUpRecorded
  | ContactTransferred
  | ContactTransferCompleted
  | ContactTransferCancelled
  | ContactSurveyAnswered
  | ContactCallbackRequested
  | ContactCallbackDialing
  | ContactCallbackFailed
  | ContactFollowUpScheduled
  | ContactFollowUpCancelled
  | ContactFollowUpRescheduled
  | ContactDue;

export type CoreEventType = CoreEvent['type'];
