/**
 * The domain model of DESIGN.md §2: channels, contacts, agents, queues,
 * offers. Records here are plain data (JSON-serialisable) so that snapshots,
 * events and the wire protocol can carry them unchanged.
 */
import type { AgentId, ContactId, QueueId } from './ids.js';

export const CHANNELS = ['voice', 'chat', 'email', 'social'] as const;
export type Channel = (typeof CHANNELS)[number];
export const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c);

export const STRATEGIES = ['longest-idle', 'most-skilled', 'least-occupied', 'round-robin'] as const;
export type Strategy = (typeof STRATEGIES)[number];

/** Skill name -> level 1..5 (agents) or minimum level 1..5 (contacts). */
export type SkillLevels = Readonly<Record<string, number>>;

/** Per-channel number of slots; a missing channel means 0. */
export type Capacity = Readonly<Partial<Record<Channel, number>>>;

/**
 * What wrap-up (after-contact work) asks of the agent once a contact ends
 * (the prompts of Genesys Cloud / Amazon Connect):
 * - `optional`: no time box; the agent finishes when ready, disposition optional;
 * - `timed` (default): up to `wrapUpSeconds`, the agent may finish early;
 * - `timed-strict`: exactly `wrapUpSeconds`, no early finish (the agent may
 *   record a disposition and notes meanwhile);
 * - `mandatory`: no time box, and it cannot finish without a disposition.
 */
export const WRAP_UP_MODES = ['optional', 'timed', 'timed-strict', 'mandatory'] as const;
export type WrapUpMode = (typeof WRAP_UP_MODES)[number];
/** What a queue's maximum wait does to a contact (config-schema.ts `maxWaitSchema`). */
export const MAX_WAIT_ACTIONS = ['close', 'callback', 'voicemail'] as const;
export type MaxWaitAction = (typeof MAX_WAIT_ACTIONS)[number];

/** What an agent brings to login. */
export interface AgentProfile {
  readonly skills: SkillLevels;
  readonly languages: readonly string[];
  readonly capacity: Capacity;
  readonly queues: readonly string[];
}

export interface Customer {
  readonly id: string;
  readonly tier: string;
}

/** What an integration supplies to create a contact. */
export interface NewContact {
  readonly id: string;
  readonly queueId: string;
  readonly channel: Channel;
  readonly language: string;
  readonly skills?: SkillLevels;
  readonly customer: Customer;
  readonly priority?: number;
  readonly preferredAgentId?: string;
  /** Free-form context the core carries but never reads (history, transcript, notes). */
  readonly context?: Readonly<Record<string, unknown>>;
  /** The integration the contact belongs to (see `ContactOwner`); the core carries it, never reads it. */
  readonly owner?: ContactOwner;
  /**
   * The customer's latest handled contact as a store outside the core
   * remembers it: the host looks it up before it creates the contact, so
   * that a customer whose entry the core no longer keeps
   * (`history.memoryWindowSeconds`) is still a repeat within the FCR window
   * and still routed to their last agent. The newer of it and the core's
   * own entry counts. Set by the host, never taken from a client.
   */
  readonly recalled?: HistoryEntry;
  /** A chatbot handing the conversation over to a human (chat only). */
  readonly handoff?: {
    readonly transcript: readonly TranscriptLine[];
    readonly intent?: string;
    readonly botId?: string;
  };
}

export interface TranscriptLine {
  readonly from: 'customer' | 'bot';
  readonly text: string;
  /** When it was said (ms), if the bot knows. */
  readonly at?: number;
}

/** What a bot hand-off carries to the agent. */
export interface BotHandoff {
  readonly transcript: readonly TranscriptLine[];
  readonly intent: string | null;
  readonly botId: string | null;
}

/**
 * The integration a contact belongs to (DESIGN §4, "Integration contract"):
 * it hears of the contact, dials it when it is a call back, and may manage
 * it. Kept on the contact itself so that it lasts exactly as long as the
 * contact, through snapshots, restarts and leader changes; a follow-up or
 * voicemail of a contact belongs to the same integration. The core carries
 * it and never reads it.
 */
export interface ContactOwner {
  readonly integration: string;
  /**
   * How the contact came to be: over the integration's socket (it lives only
   * while the integration is there, within the gateway's grace), over HTTP
   * (no socket by design: exempt), or `inherited` from the contact it
   * follows or whose voicemail it is (nobody on the line: exempt).
   */
  readonly via: 'socket' | 'http' | 'inherited';
}

/** The owner a follow-up or voicemail of `of` takes over (as a spread: nothing when `of` has none). */
export function inheritedOwner(of: Readonly<ContactRecord>): { readonly owner?: ContactOwner } {
  return of.owner === undefined ? {} : { owner: { integration: of.owner.integration, via: 'inherited' } };
}

/** `scheduled`: not routed until its due time (a follow-up, or a callback between dial attempts). */
export type ContactState = 'waiting' | 'offered' | 'active' | 'wrap_up' | 'scheduled';

/** A contact as the core holds it, JSON-serialisable. */
export interface ContactRecord {
  readonly id: ContactId;
  queueId: QueueId;
  readonly channel: Channel;
  readonly language: string;
  readonly skills: SkillLevels;
  readonly customer: Customer;
  priority: number;
  /** Clock time (ms) the contact first entered a queue. */
  readonly firstArrival: number;
  /** First arrival minus the tier bonus (ms): the second part of the routing key. */
  readonly virtualArrival: number;
  /** Creation order: the last tie-break of the routing key. */
  readonly seq: number;
  preferredAgentId: AgentId | null;
  /** Why that agent is preferred (null when none is, or in records from before it was kept). */
  preferredBy: PreferenceSource | null;
  /** While set and the preferred agent is logged in, only they may take the contact. */
  preferUntil: number | null;
  readonly context: Readonly<Record<string, unknown>>;
  state: ContactState;
  /** Index of the relaxation level in force (0 = the queue's own level). */
  step: number;
  /** The agent holding the offer or the contact; null while waiting. */
  agentId: AgentId | null;
  /** Agents who rejected or let expire an offer of this contact. */
  readonly declinedBy: AgentId[];
  /** Offer ring deadline (ms), or wrap-up end (ms), or null. */
  deadline: number | null;
  /** When the integration reported the customer connected (ms), or null. */
  connectedAt: number | null;
  /** Whether the customer is on hold now (reported by the integration). */
  onHold: boolean;
  /**
   * First-contact resolution: the customer's handled contact this one repeats
   * (closed within the FCR window before this one arrived), or null.
   */
  readonly repeatOf: ContactId | null;
  /** Disposition and notes recorded during wrap-up, carried into the history. */
  disposition: string | null;
  notes: string | null;
  /** Set once a waiting caller chose to be called back (virtual hold). */
  readonly callback: CallbackRequest | null;
  /** Set on a follow-up an agent scheduled: what it follows and the agent's note. */
  readonly followUp: FollowUp | null;
  /** Set when a chatbot handed this chat over: its transcript and detected intent. */
  readonly handoff: BotHandoff | null;
  /** Why its agent was chosen, while offered or held (the last offer's `why`); null while waiting or scheduled. */
  offerWhy: OfferReason | null;
  /** The integration the contact belongs to; absent for contacts nobody owns (and those stored before it was kept). */
  readonly owner?: ContactOwner;
  /** Transfers and escalations of this contact, oldest first: who handed it on, where, why. */
  readonly transfers: TransferRecord[];
  /**
   * During a consultative transfer, the agent who handed the contact on: a
   * slot of theirs stays held until the new agent accepts (hand-over) or
   * they cancel. Null otherwise.
   */
  consultBy: AgentId | null;
}

/** What every new contact starts without: no agent, no offer declined, no wrap-up, no transfer. */
type FreshFields = 'agentId' | 'declinedBy' | 'connectedAt' | 'onHold' | 'disposition' | 'notes' | 'transfers' | 'consultBy' | 'offerWhy';
/** What a new contact has unless said (null). */
type NullableFields = 'preferredAgentId' | 'preferredBy' | 'preferUntil' | 'repeatOf' | 'callback' | 'followUp' | 'handoff';
export type NewContactFields = Omit<ContactRecord, FreshFields | NullableFields> & Partial<Pick<ContactRecord, NullableFields>>;

/**
 * A new contact's record (a created contact, a voicemail, a follow-up, a
 * reopened case): the fields given, null where not, and the fresh state of
 * every contact. One literal, so every record has the same shape (same
 * fields in the same order: the core's property reads stay monomorphic).
 */
export function newContactRecord(f: NewContactFields): ContactRecord {
  return {
    id: f.id,
    queueId: f.queueId,
    channel: f.channel,
    language: f.language,
    skills: f.skills,
    customer: f.customer,
    priority: f.priority,
    firstArrival: f.firstArrival,
    virtualArrival: f.virtualArrival,
    seq: f.seq,
    preferredAgentId: f.preferredAgentId ?? null,
    preferredBy: f.preferredBy ?? null,
    preferUntil: f.preferUntil ?? null,
    context: f.context,
    state: f.state,
    step: f.step,
    agentId: null,
    declinedBy: [],
    deadline: f.deadline,
    connectedAt: null,
    onHold: false,
    repeatOf: f.repeatOf ?? null,
    disposition: null,
    notes: null,
    transfers: [],
    consultBy: null,
    handoff: f.handoff ?? null,
    offerWhy: null,
    callback: f.callback ?? null,
    followUp: f.followUp ?? null,
    ...(f.owner === undefined ? {} : { owner: f.owner }),
  };
}

/**
 * Why a contact prefers an agent (DESIGN §3.4): named by the integration,
 * the customer's last agent, named in a transfer, or the agent who
 * scheduled the follow-up.
 */
export type PreferenceSource = 'integration' | 'last-agent' | 'transfer' | 'follow-up';

/**
 * Why an offer went to its agent, carried by every `contact.offered`: the
 * preferred agent (and why preferred), or the queue's strategy and the
 * figure that decided; the level in force; the overflow queue, if any.
 */
export interface OfferReason {
  /** `preferred`: the contact's preferred agent, eligible now; else the strategy of the contact's queue chose among the eligible. */
  readonly by: 'preferred' | Strategy;
  /** With `by: 'preferred'`, why that agent is preferred (null for a record from before it was kept); else null. */
  readonly preferred: PreferenceSource | null;
  /**
   * The figure that decided, before the offer: `longest-idle` the time (ms)
   * the agent has been idle since, `most-skilled` the sum of its levels over
   * the required skills, `least-occupied` its share of the channel's slots in
   * use (0..1), `round-robin` its login turn; null for a preferred agent.
   */
  readonly value: number | null;
  /** The relaxation level in force (0 = the queue's own). */
  readonly step: number;
  /** The overflow queue through which the agent may take the contact (it does not serve the contact's own queue under its requirements), or null. */
  readonly overflow: QueueId | null;
}

export interface CallbackRequest {
  /** Where to dial, when not the number the customer called from. */
  readonly number: string | null;
  readonly requestedAt: number;
  /** Dial attempts started so far. */
  attempts: number;
}

export interface FollowUp {
  /** The contact it follows up. */
  readonly of: ContactId;
  readonly byAgentId: AgentId;
  readonly note: string;
  readonly dueAt: number;
  /** Set when a survey "no" with this reason reopened the case (see `answerSurvey`). */
  readonly surveyReason?: string;
}

/** What a survey "no" reason is about: only those about the agent count in the agent's figures. */
export const SURVEY_ABOUT = ['agent', 'policy', 'product'] as const;
export type SurveyAbout = (typeof SURVEY_ABOUT)[number];

export interface TransferRecord {
  readonly at: number;
  readonly fromAgentId: AgentId;
  readonly fromQueueId: QueueId;
  readonly toQueueId: QueueId;
  /** The named agent, or null for a transfer to the queue. */
  readonly toAgentId: AgentId | null;
  readonly mode: 'blind' | 'consult';
  readonly notes: string | null;
  /** Set for an escalation: its reason code. */
  readonly escalation: string | null;
}

/** One handled contact in a customer's history (kept by the core, offered with every contact). */
export interface HistoryEntry {
  readonly contactId: ContactId;
  readonly queueId: QueueId;
  readonly channel: Channel;
  readonly agentId: AgentId;
  /** First arrival (ms). */
  readonly startedAt: number;
  /** When it closed (ms). */
  readonly endedAt: number;
  readonly disposition: string | null;
  readonly notes: string | null;
}

/** What the agent has set; `offline` only while a logged-out agent still holds a call. */
export type AgentPresence = 'available' | 'away' | 'offline';
/** What views and metrics show. */
export type AgentStatus = 'offline' | 'available' | 'busy' | 'wrap_up' | 'away';

export interface AgentRecord {
  readonly id: AgentId;
  readonly skills: SkillLevels;
  /** Tags as the profile spells them (`fr-CA`); matching compares them case-insensitively. */
  readonly languages: readonly string[];
  readonly capacity: Capacity;
  readonly queues: readonly QueueId[];
  presence: AgentPresence;
  awayReason: string | null;
  /** Login order, for round-robin. */
  readonly loginSeq: number;
  /** Latest of becoming available, last offer, end of last wrap-up (ms). */
  idleSince: number;
  missedInRow: number;
  /** Contacts offered to or held by the agent, in the order they came. */
  readonly contacts: ContactId[];
  /** When the agent entered its current presence (ms), for views. */
  presenceSince: number;
}
