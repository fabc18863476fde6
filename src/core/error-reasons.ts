/**
 * The stable machine reasons of Switchboard's errors. A code (`NOT_FOUND`,
 * `FAILED_PRECONDITION`, ...) says what kind of failure it was, for programs
 * that retry or map statuses; the reason says which one, with `params` naming
 * its subjects (queue, contact, limit ...), so that a user interface can say
 * it in its own language instead of showing the English `message`.
 *
 * Each entry gives the reason's code, the names of its params (every error of
 * the reason carries all of them, as strings) and what it means: the
 * README's reason table is checked against this list by a test, and so are the
 * web app's English and French texts.
 *
 * The list imports nothing (`errors.ts` builds on it); codes are checked
 * against `ErrorCode` there.
 */
export const ERROR_REASONS = {
  // ---- requests and fields ----------------------------------------------------
  MALFORMED_REQUEST: { code: 'INVALID_ARGUMENT', params: [], doc: 'the frame or body is not a valid message' },
  FIELD_REQUIRED: { code: 'INVALID_ARGUMENT', params: ['field'], doc: 'a required field is missing or empty' },
  FIELD_INVALID: { code: 'INVALID_ARGUMENT', params: ['field'], doc: 'a field has a malformed value (the message says which form it needs)' },
  NUMBER_OUT_OF_RANGE: { code: 'INVALID_ARGUMENT', params: ['field', 'min', 'max'], doc: 'a number field is not a whole number from `min` to `max`' },
  TEXT_TOO_LONG: { code: 'INVALID_ARGUMENT', params: ['field', 'max'], doc: 'a text field is empty where it may not be, or longer than `max` characters' },
  TIME_NOT_IN_FUTURE: { code: 'INVALID_ARGUMENT', params: ['field', 'now'], doc: 'a time (ms) that must be in the future is not' },
  TIME_TOO_FAR: { code: 'INVALID_ARGUMENT', params: ['field'], doc: 'a time is more than a year ahead' },
  CHOICE_REQUIRED: { code: 'INVALID_ARGUMENT', params: ['fields'], doc: 'give at least one of `fields`' },
  REASON_NOT_CONFIGURED: { code: 'INVALID_ARGUMENT', params: ['what', 'value', 'allowed'], doc: 'a reason code is not one of the configured list `allowed`' },
  UNKNOWN_TIER: { code: 'INVALID_ARGUMENT', params: ['tier'], doc: 'a customer tier the configuration does not name' },
  // ---- queues -------------------------------------------------------------------
  QUEUE_NOT_FOUND: { code: 'NOT_FOUND', params: ['queue'], doc: 'no queue of that id' },
  QUEUE_CLOSED: { code: 'FAILED_PRECONDITION', params: ['queue', 'opensAt'], doc: 'a new contact refused by a closed queue; it opens at `opensAt` (ms)' },
  QUEUE_CLOSED_UNTIL_FURTHER_NOTICE: {
    code: 'FAILED_PRECONDITION',
    params: ['queue'],
    doc: 'a new contact refused by a closed queue with no opening within a year',
  },
  QUEUE_FULL: { code: 'RESOURCE_EXHAUSTED', params: ['queue', 'channel'], doc: "the queue's limit of waiting contacts of the channel is reached" },
  QUEUE_WRONG_CHANNEL: { code: 'INVALID_ARGUMENT', params: ['queue', 'channel'], doc: 'the queue does not take contacts of the channel' },
  NO_ESCALATION_QUEUE: { code: 'FAILED_PRECONDITION', params: ['queue'], doc: 'the queue names no escalation queue' },
  DISPOSITION_UNKNOWN: { code: 'INVALID_ARGUMENT', params: ['disposition', 'queue', 'allowed'], doc: "a disposition that is not one of the queue's codes" },
  DISPOSITION_REQUIRED: { code: 'INVALID_ARGUMENT', params: ['queue'], doc: "the queue's wrap-up needs a disposition to finish" },
  WRAP_UP_TIME_BOXED: { code: 'FAILED_PRECONDITION', params: ['queue', 'endsAt'], doc: "the queue's wrap-up cannot finish before `endsAt` (ms)" },
  // ---- contacts -----------------------------------------------------------------
  CONTACT_NOT_FOUND: { code: 'NOT_FOUND', params: ['contact'], doc: 'no contact of that id (or it ended too long ago)' },
  CONTACT_EXISTS: { code: 'ALREADY_EXISTS', params: ['contact'], doc: 'a contact of that id exists already' },
  CONTACT_ENDED: { code: 'FAILED_PRECONDITION', params: ['contact'], doc: 'the contact has ended' },
  EXTERNAL_ID_ENDED: { code: 'ALREADY_EXISTS', params: ['contact', 'externalId'], doc: 'a retry of an external id whose contact has ended' },
  CONTACT_NOT_WAITING: {
    code: 'FAILED_PRECONDITION',
    params: ['contact', 'state'],
    doc: 'only a waiting contact can be changed, assigned or offered a callback',
  },
  CONTACT_NOT_ACTIVE: {
    code: 'FAILED_PRECONDITION',
    params: ['contact', 'state'],
    doc: 'only a contact in progress can be ended, held, connected or transferred',
  },
  CONTACT_NOT_IN_WRAP_UP: { code: 'FAILED_PRECONDITION', params: ['contact', 'state'], doc: 'the contact is not in wrap-up' },
  CONTACT_NOT_HANDLED: { code: 'FAILED_PRECONDITION', params: ['contact', 'state'], doc: 'a follow-up needs a contact in progress or in wrap-up' },
  CONTACT_ACCEPTED: {
    code: 'FAILED_PRECONDITION',
    params: ['contact', 'state'],
    doc: 'the contact was accepted: it cannot be removed or abandoned, only ended',
  },
  CONTACT_NOT_TAKEN: { code: 'FAILED_PRECONDITION', params: ['contact', 'state'], doc: 'no agent took the contact yet (remove it instead)' },
  CONTACT_NOT_HELD: { code: 'FAILED_PRECONDITION', params: ['contact', 'agent'], doc: 'the agent does not hold the contact' },
  CONTACT_NOT_OFFERED: { code: 'FAILED_PRECONDITION', params: ['contact', 'agent'], doc: 'the contact is not offered to the agent (any more)' },
  CONTACT_DECLINED: { code: 'FAILED_PRECONDITION', params: ['contact', 'agent'], doc: 'the agent turned the contact down already' },
  CONTACT_CONNECTED: { code: 'FAILED_PRECONDITION', params: ['contact'], doc: 'the contact is connected already' },
  CONTACT_ON_HOLD: { code: 'FAILED_PRECONDITION', params: ['contact'], doc: 'the contact is on hold already' },
  CONTACT_NOT_ON_HOLD: { code: 'FAILED_PRECONDITION', params: ['contact'], doc: 'the contact is not on hold' },
  NOT_YOUR_CONTACT: {
    code: 'PERMISSION_DENIED',
    params: ['contact'],
    doc: 'the contact is not the caller’s own (offered to or held by the agent, created by the integration)',
  },
  // ---- workflows ----------------------------------------------------------------
  CALLBACK_NOT_VOICE: { code: 'FAILED_PRECONDITION', params: ['contact', 'channel'], doc: 'only a caller can be called back' },
  CALLBACK_EXISTS: { code: 'ALREADY_EXISTS', params: ['contact'], doc: 'the contact has a callback already' },
  NOT_A_CALLBACK: { code: 'FAILED_PRECONDITION', params: ['contact'], doc: 'the contact is not a callback' },
  NO_DIAL_IN_PROGRESS: { code: 'FAILED_PRECONDITION', params: ['contact', 'state'], doc: 'the callback has no dial attempt in progress' },
  NOT_A_FOLLOW_UP: { code: 'FAILED_PRECONDITION', params: ['contact'], doc: 'the contact is not a follow-up' },
  FOLLOW_UP_DUE: { code: 'FAILED_PRECONDITION', params: ['contact', 'state'], doc: 'the follow-up came due already' },
  FOLLOW_UP_NOT_YOURS: {
    code: 'PERMISSION_DENIED',
    params: ['contact'],
    doc: 'the follow-up was scheduled by another agent or for a contact of another integration',
  },
  NOT_IN_CONSULT: { code: 'FAILED_PRECONDITION', params: ['contact', 'agent'], doc: 'the contact is not in a consultative transfer by the agent' },
  TRANSFER_TO_SELF: { code: 'INVALID_ARGUMENT', params: [], doc: 'an agent cannot transfer a contact to themselves' },
  TRANSFER_TARGET_OFFLINE: { code: 'FAILED_PRECONDITION', params: ['agent'], doc: 'the agent to transfer to is not logged in' },
  TRANSFER_TARGET_NOT_IN_QUEUE: { code: 'FAILED_PRECONDITION', params: ['agent', 'queue'], doc: 'the agent to transfer to does not serve the queue' },
  SURVEY_REASON_REQUIRED: { code: 'INVALID_ARGUMENT', params: ['allowed'], doc: 'a "no" answer needs a reason' },
  SURVEY_REASON_WITH_YES: { code: 'INVALID_ARGUMENT', params: [], doc: 'a reason goes with a "no" only' },
  SURVEY_NOT_COMPLETED: { code: 'FAILED_PRECONDITION', params: ['contact', 'state'], doc: 'the contact has not completed yet' },
  SURVEY_NO_CONTACT: { code: 'NOT_FOUND', params: ['contact'], doc: 'no completed contact of that id (never handled, abandoned, or too old)' },
  SURVEY_ANSWERED: { code: 'ALREADY_EXISTS', params: ['contact'], doc: 'the contact was surveyed already' },
  // ---- agents -------------------------------------------------------------------
  AGENT_NOT_LOGGED_IN: { code: 'NOT_FOUND', params: ['agent'], doc: 'the agent is not logged in' },
  AGENT_LOGGED_IN: { code: 'ALREADY_EXISTS', params: ['agent'], doc: 'the agent is logged in already' },
  AGENT_HOLDS_CONTACT: { code: 'FAILED_PRECONDITION', params: ['agent'], doc: 'the agent holds a contact in progress: end it, or log out with force' },
  AGENT_NOT_AVAILABLE: { code: 'FAILED_PRECONDITION', params: ['agent', 'presence'], doc: 'the agent is not available' },
  CAPACITY_FULL: { code: 'FAILED_PRECONDITION', params: ['agent', 'channel'], doc: 'the agent has no free slot of the channel' },
  LOGIN_FIRST: { code: 'FAILED_PRECONDITION', params: [], doc: 'the agent must log in first' },
  PROFILE_MISMATCH: { code: 'FAILED_PRECONDITION', params: ['agent'], doc: 'the agent is logged in with another profile: log out first' },
  NO_PROFILE: { code: 'FAILED_PRECONDITION', params: ['agent'], doc: 'no profile is configured for the agent' },
  PROFILE_FROM_CONFIG_ONLY: { code: 'PERMISSION_DENIED', params: [], doc: 'this server takes agent profiles from its configuration only' },
  NOT_YOURSELF: { code: 'PERMISSION_DENIED', params: ['agent', 'other'], doc: 'an agent acts only as itself' },
  // ---- sessions and the server ----------------------------------------------------
  REQUEST_NOT_ALLOWED: { code: 'PERMISSION_DENIED', params: ['kind', 'role'], doc: 'the request is not one of the role’s' },
  TOKEN_REQUIRED: { code: 'UNAUTHENTICATED', params: [], doc: 'no token was given' },
  TOKEN_INVALID: { code: 'UNAUTHENTICATED', params: [], doc: 'the token is malformed, not yet valid, or signed with another secret' },
  TOKEN_EXPIRED: { code: 'UNAUTHENTICATED', params: [], doc: 'the token has expired' },
  ROLE_MISMATCH: { code: 'PERMISSION_DENIED', params: ['role', 'needed'], doc: 'the token is of another role than the endpoint needs' },
  NO_ENDPOINT: { code: 'NOT_FOUND', params: ['path'], doc: 'no endpoint or HTTP route at that path' },
  METRICS_DISABLED: { code: 'NOT_FOUND', params: [], doc: 'this server has metrics turned off' },
  RECORDS_NOT_KEPT: { code: 'NOT_FOUND', params: [], doc: 'this server keeps no interaction records' },
  SHUTTING_DOWN: { code: 'UNAVAILABLE', params: [], doc: 'the server is shutting down: retry on another or later' },
  STALE_CURSOR: { code: 'FAILED_PRECONDITION', params: [], doc: "a snapshot cursor that is not the connection's next page: subscribe again" },
  RATE_LIMITED: { code: 'RESOURCE_EXHAUSTED', params: ['limit'], doc: 'more than `limit` messages a second' },
  FRAME_TOO_LARGE: { code: 'RESOURCE_EXHAUSTED', params: ['bytes', 'limit'], doc: 'a frame over the size limit' },
  TOO_MANY_CONNECTIONS: { code: 'RESOURCE_EXHAUSTED', params: [], doc: 'too many connections or connection attempts (from this address, or in all)' },
  HTTP_RATE_LIMITED: { code: 'RESOURCE_EXHAUSTED', params: [], doc: 'HTTP: too many contacts created by this integration' },
  BAD_QUERY: { code: 'INVALID_ARGUMENT', params: [], doc: 'HTTP: an export query is malformed (the message says which parameter)' },
  UNKNOWN_DOMAIN: {
    code: 'INVALID_ARGUMENT',
    params: [],
    doc: 'several routing domains: the request names none, or one the server does not have (the message lists them)',
  },
  METHOD_NOT_ALLOWED: { code: 'INVALID_ARGUMENT', params: ['method', 'allow'], doc: 'HTTP: the path does not take the method (status 405, `Allow`)' },
  UNSUPPORTED_MEDIA_TYPE: { code: 'INVALID_ARGUMENT', params: [], doc: 'HTTP: the body must be `application/json` (status 415)' },
  WEBSOCKET_ENDPOINT: { code: 'FAILED_PRECONDITION', params: ['path'], doc: 'HTTP: a plain request to a WebSocket path (status 426)' },
  STORE_UNAVAILABLE: { code: 'UNAVAILABLE', params: [], doc: 'the state store is unavailable: nothing was changed; retry shortly' },
  NOT_READY: { code: 'UNAVAILABLE', params: [], doc: 'the server cannot take it now (starting, recovering, its store or leader changing): retry shortly' },
  NOT_CONNECTED: { code: 'UNAVAILABLE', params: [], doc: 'SDK: the client is not connected' },
  CONNECTION_CLOSED: { code: 'UNAVAILABLE', params: ['closeCode'], doc: 'SDK: the connection closed before the reply' },
  LEADER_CHANGED: {
    code: 'UNAVAILABLE',
    params: [],
    doc: 'SDK: the routing leader changed before the reply (the socket stayed open): the request may or may not have been applied; retry',
  },
  NO_REPLY: { code: 'DEADLINE_EXCEEDED', params: ['kind', 'timeoutMs'], doc: 'SDK: no reply (or awaited event) within the timeout' },
  RESUME_OUT_OF_RANGE: { code: 'OUT_OF_RANGE', params: [], doc: "an integration's resume point is past what is kept: a snapshot follows" },
  INTERNAL_ERROR: { code: 'INTERNAL', params: [], doc: 'a bug: the server logged it' },
} as const satisfies Record<string, { readonly code: string; readonly params: readonly string[]; readonly doc: string }>;

/** A stable machine reason of an error (see {@link ERROR_REASONS}). */
export type ErrorReason = keyof typeof ERROR_REASONS;

/** The params an error of `R` carries: each of its names, as text. */
export type ReasonParams<R extends ErrorReason> = { readonly [K in (typeof ERROR_REASONS)[R]['params'][number]]: string | number };

/** Every reason, in the list's order. */
export const ERROR_REASON_NAMES = Object.keys(ERROR_REASONS) as ErrorReason[];

/** True when `value` is one of the stable reasons. */
export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && Object.hasOwn(ERROR_REASONS, value);
}
