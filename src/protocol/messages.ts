/**
 * The wire messages as plain objects in the proto3 JSON mapping of
 * `proto/switchboard.proto` (camelCase fields, uint64 as decimal strings,
 * `google.protobuf.Struct` as a plain object). Both encodings decode to
 * exactly these shapes (see `codec.ts`), so server and SDK code never see
 * protobuf classes.
 */

export const SUBPROTOCOL_JSON = 'switchboard.v1.json';
export const SUBPROTOCOL_PROTO = 'switchboard.v1.proto';
/** Browsers cannot set headers on a WebSocket: the token may ride as a subprotocol `bearer.<jwt>`. */
export const BEARER_PREFIX = 'bearer.';

export type Encoding = 'json' | 'proto';
export type Role = 'agent' | 'integration' | 'supervisor';

export type JsonObject = { [key: string]: unknown };

export interface AgentProfileMsg {
  skills?: Record<string, number>;
  languages?: string[];
  capacity?: Record<string, number>;
  queues?: string[];
}

export interface CustomerMsg {
  id?: string;
  tier?: string;
}

export interface AgentMsg {
  id: string;
  profile?: AgentProfileMsg;
  presence: string;
  awayReason?: string;
  status: string;
  contacts?: string[];
  presenceSince?: number;
  loginSeq?: number;
  /** Since when the agent is in its `status` (and away reason): the server's time in state. */
  stateSince?: number;
}

export interface ContactMsg {
  id: string;
  queueId: string;
  channel: string;
  language: string;
  skills?: Record<string, number>;
  customer?: CustomerMsg;
  priority?: number;
  firstArrival?: number;
  virtualArrival?: number;
  seq?: number;
  preferredAgentId?: string;
  context?: JsonObject;
  state: string;
  step?: number;
  agentId?: string;
  deadline?: number;
  connectedAt?: number;
  onHold?: boolean;
  externalId?: string;
  repeatOf?: string;
  disposition?: string;
  notes?: string;
  transfers?: TransferRecordMsg[];
  consultBy?: string;
  handoff?: BotHandoffMsg;
  callback?: { number?: string; requestedAt?: number; attempts?: number };
  followUp?: { of: string; byAgentId: string; note: string; dueAt?: number; surveyReason?: string };
  /** In snapshot pages: context, notes and transcripts left out (`getContact` has them). */
  summary?: boolean;
  /** In snapshot pages, while offered or held: why its agent was chosen. */
  why?: OfferReasonMsg;
}

export interface BotHandoffMsg {
  transcript?: { from: string; text: string; at?: number }[];
  intent?: string;
  botId?: string;
}

export interface AgentSurveyMsg {
  agentId: string;
  yes?: number;
  /** "No" answers about the agent: the only ones that count in their figures. */
  no?: number;
  /** "No" answers about a policy or the product. */
  notAboutAgent?: number;
}

/** One queue's counts of the day (see `FloorStats` in the proto for each rule). */
export interface QueueCountersMsg {
  queueId: string;
  answered?: number;
  answeredInSl?: number;
  /** Sum of the answered contacts' waits (ms): ASA = answerWaitMs / answered. */
  answerWaitMs?: number;
  abandoned?: number;
  /** Transfers out of the queue (escalations apart, in `escalations`). */
  transfers?: number;
  escalations?: number;
  callbacksScheduled?: number;
  followUpsScheduled?: number;
}

export interface AgentSurveyCountersMsg {
  agentId: string;
  yes?: number;
  /** "No" answers about the agent. */
  no?: number;
  /** Reason category of each "no" (about the agent or not) -> how many. */
  noReasons?: Record<string, number>;
  /** "No" answers about a policy or the product. */
  notAboutAgent?: number;
}

/** One agent's figures over a period (see `AgentFigures` in the proto). */
export interface AgentFiguresMsg {
  agentId: string;
  handled?: number;
  handledByChannel?: Record<string, number>;
  talkMs?: number;
  holdMs?: number;
  wrapUpMs?: number;
  handleMs?: number;
  transfers?: number;
  escalations?: number;
  repeats?: number;
  surveyYes?: number;
  surveyNo?: number;
  surveyNoByCategory?: Record<string, number>;
  staffedMs?: number;
  occupiedMs?: number;
}

/** The floor's counts since `since` (the day's start, or the server's start when later). */
export interface FloorStatsMsg {
  since: number;
  /** When the counts next start over; absent when never. */
  resetsAt?: number;
  queues?: QueueCountersMsg[];
  agents?: AgentSurveyCountersMsg[];
  agentFigures?: AgentFiguresMsg[];
}

export interface TransferRecordMsg {
  at?: number;
  fromAgentId: string;
  fromQueueId: string;
  toQueueId: string;
  toAgentId?: string;
  mode: string;
  notes?: string;
  escalation?: string;
}

export interface HistoryEntryMsg {
  contactId: string;
  queueId: string;
  channel: string;
  agentId: string;
  startedAt?: number;
  endedAt?: number;
  disposition?: string;
  notes?: string;
}

export interface QueueViewMsg {
  id: string;
  name?: string;
  channels?: string[];
  waiting?: number;
  oldestArrival?: number;
  callbacks?: number;
  followUps?: number;
  repeatsWaiting?: number;
  /** Closed by its hours of operation, until `closedUntil` (ms). */
  closed?: boolean;
  closedUntil?: number;
}

// ---- requests ---------------------------------------------------------------

export interface ContactRefMsg {
  contactId: string;
}

export interface CreateContactMsg {
  externalId: string;
  queueId: string;
  channel: string;
  language: string;
  skills?: Record<string, number>;
  customer: CustomerMsg;
  priority?: number;
  preferredAgentId?: string;
  context?: JsonObject;
  handoff?: BotHandoffMsg;
}

/** Request body per request kind (the `oneof body` of `Request`). */
export interface RequestBodies {
  ping: Record<string, never>;
  login: { agentId?: string; profile?: AgentProfileMsg; presence?: 'available' | 'away'; reason?: string };
  setPresence: { agentId?: string; presence: 'available' | 'away'; reason?: string };
  accept: ContactRefMsg;
  reject: ContactRefMsg;
  complete: ContactRefMsg;
  finishWrapUp: { contactId: string; disposition?: string; notes?: string };
  logout: Record<string, never>;
  recordWrapUp: { contactId: string; disposition?: string; notes?: string };
  transfer: { contactId: string; queueId?: string; agentId?: string; consult?: boolean; notes?: string };
  cancelTransfer: ContactRefMsg;
  escalate: { contactId: string; reason: string; notes?: string };
  scheduleFollowUp: { contactId: string; dueAt: number; note: string; queueId?: string };
  createContact: CreateContactMsg;
  abandon: ContactRefMsg;
  connected: ContactRefMsg;
  hold: ContactRefMsg;
  unhold: ContactRefMsg;
  end: ContactRefMsg;
  position: ContactRefMsg;
  survey: { contactId: string; helpful?: boolean; reason?: string };
  requestCallback: { contactId: string; number?: string };
  callbackFailed: ContactRefMsg;
  subscribe: { pageSize?: number; batched?: boolean };
  snapshotPage: { cursor: string };
  getContact: ContactRefMsg;
  forcePresence: { agentId: string; presence: 'available' | 'away'; reason?: string };
  forceLogout: { agentId: string; endContacts?: boolean };
  endContact: { contactId: string; reason: string };
  removeContact: { contactId: string; reason: string };
  assignContact: { contactId: string; agentId: string };
  updateContact: { contactId: string; priority?: number; queueId?: string };
  listFollowUps: { agentId?: string; customerId?: string };
  cancelFollowUp: { contactId: string; reason?: string };
  rescheduleFollowUp: { contactId: string; dueAt: number };
}
export type RequestKind = keyof RequestBodies;
/** What only agents send. */
const AGENT_REQUESTS: readonly RequestKind[] = [
  'login',
  'setPresence',
  'accept',
  'reject',
  'complete',
  'finishWrapUp',
  'logout',
  'recordWrapUp',
  'transfer',
  'cancelTransfer',
  'escalate',
  'scheduleFollowUp',
];
/** What only integrations send. */
const INTEGRATION_REQUESTS: readonly RequestKind[] = [
  'createContact',
  'abandon',
  'connected',
  'hold',
  'unhold',
  'end',
  'position',
  'survey',
  'requestCallback',
  'callbackFailed',
];
/** What only supervisors send. */
const SUPERVISOR_REQUESTS: readonly RequestKind[] = [
  'subscribe',
  'forcePresence',
  'forceLogout',
  'endContact',
  'removeContact',
  'assignContact',
  'updateContact',
  'snapshotPage',
  'getContact',
];
/** What every role sends besides `ping`: an agent about its own follow-ups, the others about any. */
const FOLLOW_UP_REQUESTS: readonly RequestKind[] = ['listFollowUps', 'cancelFollowUp', 'rescheduleFollowUp'];

export const REQUEST_KINDS: readonly RequestKind[] = ['ping', ...AGENT_REQUESTS, ...INTEGRATION_REQUESTS, ...SUPERVISOR_REQUESTS, ...FOLLOW_UP_REQUESTS];

/** Which role may send which request. */
export const REQUESTS_BY_ROLE: Readonly<Record<Role, ReadonlySet<RequestKind>>> = {
  agent: new Set(['ping', ...AGENT_REQUESTS, ...FOLLOW_UP_REQUESTS]),
  integration: new Set(['ping', ...INTEGRATION_REQUESTS, ...FOLLOW_UP_REQUESTS]),
  supervisor: new Set(['ping', ...SUPERVISOR_REQUESTS, ...FOLLOW_UP_REQUESTS]),
};

/** A decoded request: its id, kind and body. */
export type Request = { [K in RequestKind]: { id: string; kind: K; body: RequestBodies[K] } }[RequestKind];

// ---- replies ----------------------------------------------------------------

export interface ErrorMsg {
  code: string;
  message: string;
  /** A closed queue's next opening (ms). */
  opensAt?: number;
  /** Which failure it is, stable (one of `ERROR_REASONS`), for a user interface to say in its language. */
  reason?: string;
  /** The reason's subjects by name (queue id, limit, time in ms ...). */
  params?: Record<string, string>;
}

export interface LoginResultMsg {
  agent: AgentMsg;
  resumed?: boolean;
  contacts?: ContactMsg[];
  histories?: { customerId: string; entries?: HistoryEntryMsg[] }[];
}
export interface ContactResultMsg {
  contact: ContactMsg;
  created?: boolean;
  /** A retry whose fields differ from the contact's creation (answered as a retry all the same). */
  retryDiffers?: boolean;
  position?: number;
  estimatedWaitSeconds?: number;
  estimatedWaitWithinSeconds?: number;
  waitStatus?: WaitStatus;
  closedUntil?: number;
}
/**
 * `estimate`: the figures hold; `no_agents`: nobody who could take the
 * contact is available (no number); `closed`: nobody is, and its queue is
 * closed until `closedUntil`; `not_waiting`.
 */
export type WaitStatus = 'estimate' | 'no_agents' | 'closed' | 'not_waiting';
export interface PositionResultMsg {
  contactId: string;
  state: string;
  position?: number;
  estimatedWaitSeconds?: number;
  estimatedWaitWithinSeconds?: number;
  waitStatus?: WaitStatus;
  /** The agent offered or handling it. */
  agentId?: string;
  /** The contact's queue is closed until then (ms); a callback at opening starts to wait then. */
  closedUntil?: number;
}
export interface SnapshotMsg {
  queues?: QueueViewMsg[];
  agents?: AgentMsg[];
  contacts?: ContactMsg[];
  at?: number;
  agentSurveys?: AgentSurveyMsg[];
  floorStats?: FloorStatsMsg;
  /** Contacts on the floor in all. */
  contactsTotal?: number;
  /** Agents logged in in all. */
  agentsTotal?: number;
  /** Where the next page starts (`snapshotPage`); absent on the last page. */
  nextCursor?: string;
  /** The day's figures of some agents, a page at a time after the agents (each replaces what was known of that agent). */
  agentFigures?: AgentFiguresMsg[];
  /** The day's survey counters of some agents, a page at a time after the figures (each replaces what was known of that agent). */
  surveyCounters?: AgentSurveyCountersMsg[];
}

/** The result kinds of `Reply` (besides `error`). */
export interface ReplyResults {
  ok: Record<string, never>;
  pong: { time?: number };
  login: LoginResultMsg;
  contact: ContactResultMsg;
  position: PositionResultMsg;
  snapshot: SnapshotMsg;
  followUps: { followUps?: ContactMsg[] };
}
export type ResultKind = keyof ReplyResults;

/** Which result a request kind gets. */
export interface ResultOf {
  ping: ReplyResults['pong'];
  login: LoginResultMsg;
  setPresence: ReplyResults['ok'];
  accept: ReplyResults['ok'];
  reject: ReplyResults['ok'];
  complete: ReplyResults['ok'];
  finishWrapUp: ReplyResults['ok'];
  logout: ReplyResults['ok'];
  recordWrapUp: ReplyResults['ok'];
  transfer: ReplyResults['ok'];
  cancelTransfer: ReplyResults['ok'];
  escalate: ReplyResults['ok'];
  scheduleFollowUp: ContactResultMsg;
  createContact: ContactResultMsg;
  abandon: ReplyResults['ok'];
  connected: ReplyResults['ok'];
  hold: ReplyResults['ok'];
  unhold: ReplyResults['ok'];
  end: ReplyResults['ok'];
  position: PositionResultMsg;
  survey: ReplyResults['ok'];
  requestCallback: ReplyResults['ok'];
  callbackFailed: ReplyResults['ok'];
  subscribe: SnapshotMsg;
  snapshotPage: SnapshotMsg;
  getContact: ContactResultMsg;
  forcePresence: ReplyResults['ok'];
  forceLogout: ReplyResults['ok'];
  endContact: ReplyResults['ok'];
  removeContact: ReplyResults['ok'];
  assignContact: ReplyResults['ok'];
  updateContact: ReplyResults['ok'];
  listFollowUps: ReplyResults['followUps'];
  cancelFollowUp: ReplyResults['ok'];
  rescheduleFollowUp: ReplyResults['ok'];
}

export type ReplyMsg = { id: string } & ({ error: ErrorMsg } | { [K in ResultKind]: { [P in K]: ReplyResults[K] } }[ResultKind]);

// ---- events -----------------------------------------------------------------

/** Why an offer went to its agent (core `OfferReason`; absent fields were null). */
export interface OfferReasonMsg {
  by: string;
  preferred?: string;
  value?: number;
  step?: number;
  overflow?: string;
}

/** Event payload per event kind (the `oneof payload` of `Event`). */
export interface EventPayloads {
  offer: { contact: ContactMsg; expiresAt?: number; history?: HistoryEntryMsg[]; why?: OfferReasonMsg };
  shutdown: { reason: string };
  /** The routing leader changed; the relayed socket was carried over (see `LeaderChanged` in the proto). */
  leaderChanged: { reason: string };
  agentLoggedIn: { agentId: string; profile?: AgentProfileMsg; loginSeq?: number; presence: string; reason?: string };
  agentPresenceChanged: { agentId: string; presence: string; reason?: string };
  agentLoggedOut: { agentId: string };
  contactCreated: { contact: ContactMsg; redirectedFrom?: string };
  contactStepChanged: { contactId: string; step?: number; skipped?: boolean };
  contactPreferenceEnded: { contactId: string };
  contactOffered: { contactId: string; agentId: string; expiresAt?: number; why?: OfferReasonMsg };
  contactOfferRejected: { contactId: string; agentId: string };
  contactOfferExpired: { contactId: string; agentId: string; missedInRow?: number };
  contactOfferRevoked: { contactId: string; agentId: string; reason: string };
  contactAccepted: { contactId: string; agentId: string; auto?: boolean };
  contactEnded: { contactId: string; agentId: string; wrapUpUntil?: number; by: string; reason?: string };
  contactClosed: { contactId: string; agentId: string; disposition?: string; notes?: string; by: string };
  contactAbandoned: { contactId: string; offeredTo?: string; reason?: string; by?: string };
  contactRequeued: { contactId: string; agentId: string; reason: string };
  contactUpdated: { contactId: string; priority?: number; queueId: string; step?: number };
  contactConnected: { contactId: string; agentId: string };
  contactHoldChanged: { contactId: string; agentId: string; onHold?: boolean };
  contactWrapUpRecorded: { contactId: string; agentId: string; disposition?: string; notes?: string };
  contactTransferred: {
    contactId: string;
    agentId: string;
    transfer: TransferRecordMsg;
    queueId: string;
    step?: number;
    preferUntil?: number;
    preferredAgentId?: string;
  };
  contactTransferCompleted: { contactId: string; agentId: string; toAgentId?: string; reason: string };
  contactTransferCancelled: { contactId: string; agentId: string; offeredTo?: string; queueId: string; step?: number };
  contactSurveyAnswered: {
    contactId: string;
    agentId: string;
    queueId: string;
    channel: string;
    tier: string;
    helpful?: boolean;
    reason?: string;
    about?: string;
  };
  contactCallbackRequested: { contactId: string; number?: string; reason?: string };
  contactCallbackDialing: { contactId: string; agentId: string; attempt?: number; number?: string };
  contactCallbackFailed: { contactId: string; agentId: string; attempt?: number; retryAt?: number };
  contactFollowUpScheduled: { contact: ContactMsg };
  contactDue: { contactId: string; step?: number; preferUntil?: number };
  contactFollowUpCancelled: { contactId: string; byAgentId: string; reason?: string };
  contactFollowUpRescheduled: { contactId: string; byAgentId: string; dueAt: number; virtualArrival?: number };
  contactWaitUpdated: {
    contactId: string;
    position?: number;
    estimatedWaitSeconds?: number;
    estimatedWaitWithinSeconds?: number;
    waitStatus: WaitStatus;
    /** With `closed`: when the queue opens (ms). */
    closedUntil?: number;
  };
  /** First on an integration socket (seq 0): where its stream stands, and whether what it missed follows. */
  streamOpened: { lastSeq: string; resumedAfter?: string; replayed?: number; error?: ErrorMsg; contacts?: ContactMsg[] };
  /** To supervisors: the day's figures of the agents a closed contact or a survey answer changed. */
  agentFiguresChanged: { since: number; agents: AgentFiguresMsg[] };
}
export type EventKind = keyof EventPayloads;
export const EVENT_KINDS: readonly EventKind[] = [
  'offer',
  'shutdown',
  'leaderChanged',
  'agentLoggedIn',
  'agentPresenceChanged',
  'agentLoggedOut',
  'contactCreated',
  'contactStepChanged',
  'contactPreferenceEnded',
  'contactOffered',
  'contactOfferRejected',
  'contactOfferExpired',
  'contactOfferRevoked',
  'contactAccepted',
  'contactEnded',
  'contactClosed',
  'contactAbandoned',
  'contactRequeued',
  'contactUpdated',
  'contactConnected',
  'contactHoldChanged',
  'contactWrapUpRecorded',
  'contactTransferred',
  'contactTransferCompleted',
  'contactTransferCancelled',
  'contactSurveyAnswered',
  'contactCallbackRequested',
  'contactCallbackDialing',
  'contactCallbackFailed',
  'contactFollowUpScheduled',
  'contactDue',
  'contactWaitUpdated',
  'contactFollowUpCancelled',
  'contactFollowUpRescheduled',
  'streamOpened',
  'agentFiguresChanged',
];

/** An event as it is on the wire: `seq` is a uint64, hence a decimal string. */
export type EventMsg = { seq: string; at?: number; actor?: string } & { [K in EventKind]: { [P in K]: EventPayloads[K] } }[EventKind];

/**
 * Consecutive events of a connection that subscribed `batched`: the i-th has
 * sequence `firstSeq + i` (its own `seq` is left out; the SDK sets it).
 */
export interface EventBatchMsg {
  firstSeq: string;
  events?: EventMsg[];
}

export type ServerMessage = { reply: ReplyMsg } | { event: EventMsg } | { batch: EventBatchMsg };
