/**
 * The contact-center workflows of DESIGN.md §4 that are commands of their
 * own (docs/routing.md, "Workflows"): wrap-up records, callbacks (virtual
 * hold), follow-ups and surveys. Each validates first (an error changes
 * nothing) and changes state only through events; the `Router` exposes them
 * as methods. Transfers are in transfer-commands.ts.
 */
import { withinChars } from './text.js';
import type { ContactEntry } from './entries.js';
import { fail, withArticle } from './errors.js';
import type { CoreEvent } from './events.js';
import { contactId as toContactId, isValidId, queueId as toQueueId, type ContactId } from './ids.js';
import { inheritedOwner, newContactRecord, type ContactRecord } from './model.js';
import type { CompletedContact } from './survey-book.js';
import type { RoutingState } from './routing-state.js';

export const MAX_TEXT = 4096;
export const MAX_FOLLOW_UP_MS = 366 * 24 * 3600_000;

/**
 * What workflow commands need of the router: its state, the command frame
 * (fire what is due, act, match), event emission, and lookups that throw the
 * router's errors. The router passes itself in this shape; nothing else does.
 */
export interface CommandHost {
  readonly state: RoutingState;
  run<T>(act: (now: number) => T): T;
  emit(e: CoreEvent): void;
  /** The live contact, else NOT_FOUND. */
  contact(id: string): ContactEntry;
  /** FAILED_PRECONDITION unless `agent` holds (or is offered) the contact. */
  holder(c: ContactEntry, agent: string): void;
  /** Skips levels nobody logged in can serve (after a contact starts waiting). */
  applySkips(c: ContactEntry, at: number): void;
}

export function checkWrapUpFields(disposition: unknown, notes: unknown): void {
  if (disposition !== undefined && !isValidId(disposition))
    throw fail('FIELD_INVALID', 'disposition must be a short code (letters, digits, . _ - : @)', { field: 'disposition' });
  if (notes !== undefined && (typeof notes !== 'string' || !withinChars(notes, MAX_TEXT)))
    throw fail('TEXT_TOO_LONG', `notes must be a string of at most ${MAX_TEXT} characters`, { field: 'notes', max: MAX_TEXT });
}

// ---- wrap-up ------------------------------------------------------------------------

/** Records a disposition and/or notes during wrap-up without finishing it. */
export function recordWrapUp(host: CommandHost, agent: string, contact: string, disposition?: string, notes?: string): void {
  checkWrapUpFields(disposition, notes);
  if (disposition === undefined && notes === undefined) throw fail('CHOICE_REQUIRED', 'give a disposition, notes or both', { fields: 'disposition, notes' });
  host.run((at) => {
    const c = wrappingBy(host, agent, contact, disposition);
    host.emit({
      type: 'contact.wrap_up_recorded',
      at,
      contactId: c.rec.id,
      agentId: c.rec.agentId!,
      disposition: disposition ?? c.rec.disposition,
      notes: notes ?? c.rec.notes,
    });
  });
}

/** A contact in wrap-up held by `agent`, with `disposition` allowed by its queue. */
export function wrappingBy(host: CommandHost, agent: string, contact: string, disposition: string | undefined): ContactEntry {
  const c = host.contact(contact);
  host.holder(c, agent);
  if (c.rec.state !== 'wrap_up') throw fail('CONTACT_NOT_IN_WRAP_UP', `contact ${contact} is ${c.rec.state}, not in wrap-up`, { contact, state: c.rec.state });
  const allowed = c.queue.dispositions;
  if (disposition !== undefined && allowed !== null && !allowed.has(disposition)) {
    const codes = [...allowed].join(', ');
    throw fail('DISPOSITION_UNKNOWN', `disposition ${disposition} is not a code of queue ${c.queue.id} (one of ${codes})`, {
      disposition,
      queue: c.queue.id,
      allowed: codes,
    });
  }
  return c;
}

// ---- callbacks and follow-ups ------------------------------------------------------

/**
 * Virtual hold: a waiting caller chooses to be called back. The contact
 * keeps its key and place; when an agent accepts it, the integration is
 * told to dial (`contact.callback_dialing`).
 */
export function requestCallback(host: CommandHost, contact: string, number?: string): void {
  if (number !== undefined && (typeof number !== 'string' || !/^\+?[0-9]{3,20}$/.test(number)))
    throw fail('FIELD_INVALID', 'number must be a phone number (digits, optional leading +)', { field: 'number' });
  host.run((at) => {
    const c = host.contact(contact);
    if (c.rec.channel !== 'voice')
      throw fail('CALLBACK_NOT_VOICE', `contact ${contact} is ${withArticle(c.rec.channel)} contact; only a caller can be called back`, {
        contact,
        channel: c.rec.channel,
      });
    if (c.rec.callback !== null) throw fail('CALLBACK_EXISTS', `contact ${contact} already has a callback`, { contact });
    if (c.rec.state !== 'waiting')
      throw fail('CONTACT_NOT_WAITING', `contact ${contact} is ${c.rec.state}; only a waiting caller can choose a callback`, { contact, state: c.rec.state });
    host.emit({ type: 'contact.callback_requested', at, contactId: c.rec.id, number: number ?? null });
  });
}

/**
 * The integration could not reach the customer on a callback attempt: the
 * agent is released, and the callback is tried again after the queue's
 * retry delay (same place in line), or given up after its last attempt.
 */
export function callbackFailed(host: CommandHost, contact: string): void {
  host.run((at) => {
    const c = host.contact(contact);
    const cb = c.rec.callback;
    if (cb === null) throw fail('NOT_A_CALLBACK', `contact ${contact} is not a callback`, { contact });
    if (c.rec.state !== 'active' || c.rec.connectedAt !== null) {
      const state = c.rec.connectedAt !== null ? 'connected' : c.rec.state;
      throw fail('NO_DIAL_IN_PROGRESS', `contact ${contact} has no dial attempt in progress (it is ${state})`, { contact, state });
    }
    const q = c.queue;
    const retryAt = cb.attempts < q.callbackMaxAttempts ? at + q.callbackRetryMs : null;
    host.emit({ type: 'contact.callback_failed', at, contactId: c.rec.id, agentId: c.rec.agentId!, attempt: cb.attempts, retryAt });
  });
}

/**
 * A voice follow-up is a call out to the customer: it carries a callback
 * (to the number they called from), so that when an agent accepts it the
 * integration is told to dial (`contact.callback_dialing`), and an
 * unanswered attempt is retried as a callback's is (`callbackFailed`).
 */
function outboundCall(channel: string, dueAt: number): ContactRecord['callback'] {
  return channel === 'voice' ? { number: null, requestedAt: dueAt, attempts: 0 } : null;
}

/**
 * An agent schedules a follow-up of a contact they hold (active or in
 * wrap-up): at `dueAt` it becomes a contact of the same customer and
 * channel, reserved for this agent for the queue's follow-up window, then
 * open to the queue (`queueId`, default the contact's). Returns it.
 */
export function scheduleFollowUp(
  host: CommandHost,
  agent: string,
  contact: string,
  followUp: { id: string; dueAt: number; note: string; queueId?: string },
): ContactRecord {
  const f = followUp;
  if (typeof f !== 'object' || f === null) throw fail('FIELD_REQUIRED', 'a follow-up is required', { field: 'followUp' });
  if (!isValidId(f.id)) throw fail('FIELD_INVALID', `invalid follow-up id ${JSON.stringify(f.id)}`, { field: 'id' });
  if (typeof f.dueAt !== 'number' || !Number.isInteger(f.dueAt)) throw fail('FIELD_INVALID', 'dueAt must be a time in ms', { field: 'dueAt' });
  if (typeof f.note !== 'string' || f.note.length === 0 || !withinChars(f.note, MAX_TEXT))
    throw fail('TEXT_TOO_LONG', `note must be a string of 1..${MAX_TEXT} characters`, { field: 'note', max: MAX_TEXT });
  if (f.queueId !== undefined && !isValidId(f.queueId)) throw fail('FIELD_INVALID', 'invalid queue id', { field: 'queueId' });
  return host.run((at) => {
    if (f.dueAt <= at) throw fail('TIME_NOT_IN_FUTURE', `dueAt ${f.dueAt} is not in the future (now ${at})`, { field: 'dueAt', now: at });
    if (f.dueAt > at + MAX_FOLLOW_UP_MS) throw fail('TIME_TOO_FAR', 'dueAt is more than a year ahead', { field: 'dueAt' });
    const c = host.contact(contact);
    host.holder(c, agent);
    if (c.rec.state !== 'active' && c.rec.state !== 'wrap_up')
      throw fail('CONTACT_NOT_HANDLED', `contact ${contact} is ${c.rec.state}; follow up a contact you handle`, { contact, state: c.rec.state });
    if (host.state.contacts.has(toContactId(f.id))) throw fail('CONTACT_EXISTS', `contact ${f.id} already exists`, { contact: f.id });
    const queue = f.queueId === undefined ? c.queue : host.state.config.queues.get(toQueueId(f.queueId));
    if (queue === undefined) throw fail('QUEUE_NOT_FOUND', `queue ${f.queueId} does not exist`, { queue: String(f.queueId) });
    if (!queue.channels.has(c.rec.channel))
      throw fail('QUEUE_WRONG_CHANNEL', `queue ${queue.id} does not take ${c.rec.channel} contacts`, { queue: queue.id, channel: c.rec.channel });
    const bonus = host.state.config.tierBonusMs.get(c.rec.customer.tier) ?? 0;
    const rec = newContactRecord({
      id: toContactId(f.id),
      queueId: queue.id,
      channel: c.rec.channel,
      language: c.rec.language,
      skills: { ...c.rec.skills },
      customer: { ...c.rec.customer },
      priority: queue.defaultPriority,
      firstArrival: f.dueAt,
      virtualArrival: f.dueAt - bonus,
      seq: host.state.contactSeq + 1,
      preferredAgentId: c.rec.agentId,
      preferredBy: 'follow-up',
      context: c.rec.context,
      state: 'scheduled',
      step: 0,
      deadline: f.dueAt,
      callback: outboundCall(c.rec.channel, f.dueAt),
      followUp: { of: c.rec.id, byAgentId: c.rec.agentId!, note: f.note, dueAt: f.dueAt },
      ...inheritedOwner(c.rec),
    });
    host.emit({ type: 'contact.follow_up_scheduled', at, contact: rec });
    return host.state.contacts.get(rec.id)!.rec;
  });
}

// ---- surveys -----------------------------------------------------------------------

/**
 * Records the "was this helpful?" answer for a completed contact (closed
 * after an agent handled it). A "no" needs a reason from the configured
 * list. NOT_FOUND for a contact never seen (or forgotten, see
 * `survey.keepCompleted`), FAILED_PRECONDITION for one still live or that
 * ended without being handled, ALREADY_EXISTS for a second answer.
 *
 * A "no" whose reason reopens the case (the problem is not solved) creates a
 * follow-up contact for the same customer, due at once and reserved for the
 * agent who handled it (see `reopenCase`); it is returned.
 *
 * `recalled`: the completed contact as a store outside the core remembers
 * it (the host looks it up before the answer), for one the core no longer
 * keeps (`survey.memoryWindowSeconds`); it counts within the survey window.
 */
export function answerSurvey(host: CommandHost, contact: string, helpful: boolean, reason?: string, recalled?: CompletedContact): ContactRecord | null {
  if (typeof helpful !== 'boolean') throw fail('FIELD_INVALID', 'helpful must be true or false', { field: 'helpful' });
  const reasons = host.state.config.survey.reasons;
  const why = reason === undefined ? undefined : reasons.get(reason);
  if (!helpful && why === undefined) {
    const allowed = [...reasons.keys()].join(', ');
    throw fail('SURVEY_REASON_REQUIRED', `a "no" needs a reason, one of ${allowed}`, { allowed });
  }
  if (helpful && reason !== undefined) throw fail('SURVEY_REASON_WITH_YES', 'a reason goes with a "no" only');
  return host.run((at) => {
    const id = isValidId(contact) ? toContactId(contact) : undefined;
    const live = id === undefined ? undefined : host.state.contacts.get(id);
    if (live !== undefined)
      throw fail('SURVEY_NOT_COMPLETED', `contact ${contact} has not completed (it is ${live.rec.state})`, { contact, state: live.rec.state });
    const inWindow = recalled !== undefined && at - recalled.closedAt <= host.state.config.survey.windowMs ? recalled : undefined;
    const done = id === undefined ? undefined : (host.state.surveys.completed(id) ?? inWindow);
    if (done === undefined) throw fail('SURVEY_NO_CONTACT', `no completed contact ${contact} (never handled, abandoned, or too old to survey)`, { contact });
    if (done.helpful !== null) throw fail('SURVEY_ANSWERED', `contact ${contact} was already surveyed`, { contact });

    host.emit({
      type: 'contact.survey_answered',
      at,
      contactId: id!,
      agentId: done.agentId,
      queueId: done.queueId,
      channel: done.channel,
      tier: done.tier,
      helpful,
      reason: helpful ? null : reason!,
      about: helpful ? null : why!.about,
    });
    return helpful || !why!.reopens ? null : reopenCase(host, id!, done, reason!, at);
  });
}

/**
 * A survey "no" said the problem is not solved: the case reopens as a
 * follow-up of the completed contact (`followUp.of`, with the reason in
 * `followUp.surveyReason`), for the same customer, channel, language and
 * skills, in the same queue, due now: `contact.due` puts it in line at once,
 * reserved for the agent who handled it for the queue's follow-up window if
 * they are logged in and serve the queue. It is a repeat of that contact
 * (`repeatOf`), and every offer carries the customer's history, the
 * completed contact with its disposition and notes first. Nothing reopens
 * when the completed contact's details were not kept (a snapshot from
 * before) or its queue is gone from the configuration.
 */
function reopenCase(host: CommandHost, of: ContactId, done: Readonly<CompletedContact>, reason: string, at: number): ContactRecord | null {
  const queue = host.state.config.queues.get(done.queueId);
  if (queue === undefined || done.customerId === undefined || done.language === undefined) return null;
  const base = `${of}:reopened`;
  let id = toContactId(base.length <= 128 ? base : `reopened:${host.state.contactSeq + 1}`);
  for (let n = 2; host.state.contacts.has(id); n++) id = toContactId(`reopened:${host.state.contactSeq + 1}:${n}`);
  const bonus = host.state.config.tierBonusMs.get(done.tier) ?? 0;
  const rec = newContactRecord({
    id,
    queueId: queue.id,
    channel: done.channel,
    language: done.language,
    skills: { ...done.skills },
    customer: { id: done.customerId, tier: done.tier },
    priority: queue.defaultPriority,
    firstArrival: at,
    virtualArrival: at - bonus,
    seq: host.state.contactSeq + 1,
    preferredAgentId: done.agentId,
    // A reopened case is a follow-up of the contact the agent handled.
    preferredBy: 'follow-up',
    context: {},
    state: 'scheduled',
    step: 0,
    deadline: at,
    repeatOf: of,
    callback: outboundCall(done.channel, at),
    followUp: { of, byAgentId: done.agentId, note: `survey "no": ${reason}`, dueAt: at, surveyReason: reason },
    ...(done.ownerIntegration === undefined ? {} : { owner: { integration: done.ownerIntegration, via: 'inherited' as const } }),
  });
  host.emit({ type: 'contact.follow_up_scheduled', at, contact: rec });
  return host.state.contacts.get(id)?.rec ?? null;
}
