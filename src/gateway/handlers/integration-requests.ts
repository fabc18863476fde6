/**
 * Integration requests: create contacts (idempotent on the integration's
 * external id) and report on them. An integration acts only on the contacts
 * it created.
 */
import { newId } from './new-id.js';
import { fail } from '../../core/errors.js';
import { isValidId } from '../../core/ids.js';
import type { Channel, HistoryEntry, NewContact } from '../../core/model.js';
import type { CompletedContact } from '../../core/survey-book.js';
import { contactToMsg } from '../../protocol/convert.js';
import { creationOf, type CreatedVia } from '../contact-registry.js';
import type { ContactResultMsg, CreateContactMsg, PositionResultMsg, Request, RequestBodies } from '../../protocol/messages.js';
import type { RequestContext, ResultBody } from './request-context.js';
import { ok, required } from './request-helpers.js';
import type { Session } from '../session.js';
import type { Recalled } from '../recall-flow.js';
import { handleFollowUpRequest } from './follow-up-requests.js';

/** `recalled`: what a look-up before the request found (recall-flow.ts), for a new contact or a survey answer. */
export function handleIntegrationRequest(ctx: RequestContext, s: Session, req: Request, recalled?: Recalled): ResultBody {
  switch (req.kind) {
    case 'ping':
      return { pong: { time: ctx.now() } };
    case 'createContact':
      return { contact: createContact(ctx, s.principal, req.body, 'socket', recalled?.history) };
    case 'abandon': {
      const id = ownContact(ctx, s.principal, req.body.contactId);
      ctx.exec((r) => r.abandonContact(id));
      return ok;
    }
    case 'connected': {
      const id = ownContact(ctx, s.principal, req.body.contactId);
      ctx.exec((r) => r.markConnected(id));
      return ok;
    }
    case 'hold':
    case 'unhold': {
      const id = ownContact(ctx, s.principal, req.body.contactId);
      const onHold = req.kind === 'hold';
      ctx.exec((r) => r.setHold(id, onHold));
      return ok;
    }
    case 'end': {
      const id = ownContact(ctx, s.principal, req.body.contactId);
      ctx.exec((r) => r.endContact(id, 'integration'));
      return ok;
    }
    case 'position':
      return { position: positionOf(ctx, ownContact(ctx, s.principal, req.body.contactId, true)) };
    case 'requestCallback': {
      const b = req.body;
      const id = ownContact(ctx, s.principal, b.contactId);
      ctx.exec((r) => r.requestCallback(id, b.number));
      return ok;
    }
    case 'callbackFailed': {
      const id = ownContact(ctx, s.principal, req.body.contactId);
      ctx.exec((r) => r.callbackFailed(id));
      return ok;
    }
    case 'survey':
      answerSurvey(ctx, s.principal, req.body, recalled?.survey?.contact);
      return ok;
    case 'listFollowUps':
    case 'cancelFollowUp':
    case 'rescheduleFollowUp':
      return handleFollowUpRequest(ctx, { role: 'integration', id: s.principal }, req);
    default:
      throw fail('REQUEST_NOT_ALLOWED', `${req.kind} is not an integration request`, { kind: req.kind, role: 'integration' });
  }
}

function ownContact(ctx: RequestContext, integrationId: string, contactId: string | undefined, closedOk = false): string {
  const id = required(contactId, 'contactId');
  const owner = ctx.registry.ownerOf(id);
  if (owner === undefined) {
    if (ctx.router.contact(id) !== undefined) throw fail('NOT_YOUR_CONTACT', `contact ${id} was not created by integration ${integrationId}`, { contact: id });
    throw fail('CONTACT_NOT_FOUND', `contact ${id} does not exist`, { contact: id });
  }
  if (owner !== integrationId) throw fail('NOT_YOUR_CONTACT', `contact ${id} was not created by integration ${integrationId}`, { contact: id });
  if (!closedOk && ctx.router.contact(id) === undefined) throw fail('CONTACT_ENDED', `contact ${id} is closed`, { contact: id });
  return id;
}

/**
 * Records a survey answer for a contact the integration created. Shared by
 * WebSocket and HTTP. `recalled`: the completed contact as the recall
 * store keeps it, for one the core no longer keeps; the contact's owner is
 * the registry's, else the one the completed contact names (the registry
 * keeps closed contacts for a while only).
 */
export function answerSurvey(ctx: RequestContext, integrationId: string, b: RequestBodies['survey'], recalled?: CompletedContact): void {
  const contactId = required(b.contactId, 'contactId');
  const owner = ctx.registry.ownerOf(contactId) ?? ctx.router.completedContact(contactId)?.ownerIntegration ?? recalled?.ownerIntegration;
  const id = owner === undefined ? ownContact(ctx, integrationId, contactId, true) : contactId;
  if (owner !== undefined && owner !== integrationId)
    throw fail('NOT_YOUR_CONTACT', `contact ${id} was not created by integration ${integrationId}`, { contact: id });
  if (typeof b.helpful !== 'boolean') throw fail('FIELD_REQUIRED', 'helpful (true or false) is required', { field: 'helpful' });
  const helpful = b.helpful;
  ctx.exec((r) => r.answerSurvey(id, helpful, b.reason, recalled));
}

/**
 * Position among the waiting contacts of its queue (0 when not waiting) and
 * the estimated wait with its 80 % bound, in whole seconds (see
 * insights/wait-estimate.ts); `waitStatus` says when there is no number.
 * While its queue is closed (hours of operation) `closedUntil` says until
 * when; a callback scheduled at the opening waits at least until then.
 */
export function positionOf(ctx: RequestContext, id: string): PositionResultMsg {
  const c = ctx.router.contact(id);
  if (c === undefined)
    return { contactId: id, state: 'closed', position: 0, estimatedWaitSeconds: 0, estimatedWaitWithinSeconds: 0, waitStatus: 'not_waiting' };
  const position = c.state === 'waiting' ? ctx.router.position(id) : 0;
  const w = ctx.estimator.estimate(ctx.router, id);
  ctx.waitPush.told(id, w);
  const r: PositionResultMsg = {
    contactId: id,
    state: c.state,
    position,
    estimatedWaitSeconds: Math.round(w.seconds ?? 0),
    estimatedWaitWithinSeconds: Math.round(w.within ?? 0),
    waitStatus: w.status,
  };
  // Offered, active or in wrap-up: whom to bridge the caller to.
  if (c.agentId !== null && c.agentId !== undefined) r.agentId = c.agentId;
  const hours = ctx.router.queueHours(c.queueId);
  if (c.state === 'scheduled' && c.callback !== null && c.deadline !== null) {
    // A callback at the opening: nobody serves it before its due time.
    r.closedUntil = c.deadline;
    r.estimatedWaitSeconds = Math.round(Math.max(0, (c.deadline - ctx.now()) / 1000) + (w.seconds ?? 0));
  } else if (hours !== null && !hours.open && hours.until !== null) r.closedUntil = hours.until;
  return r;
}

/** The wait fields of a contact result. */
function waitFields(
  p: PositionResultMsg,
): Pick<ContactResultMsg, 'position' | 'estimatedWaitSeconds' | 'estimatedWaitWithinSeconds' | 'waitStatus' | 'closedUntil'> {
  const f: Pick<ContactResultMsg, 'position' | 'estimatedWaitSeconds' | 'estimatedWaitWithinSeconds' | 'waitStatus' | 'closedUntil'> = {
    position: p.position ?? 0,
    estimatedWaitSeconds: p.estimatedWaitSeconds ?? 0,
    estimatedWaitWithinSeconds: p.estimatedWaitWithinSeconds ?? 0,
    waitStatus: p.waitStatus ?? 'not_waiting',
  };
  if (p.closedUntil !== undefined) f.closedUntil = p.closedUntil;
  return f;
}

/**
 * Creates a contact for an integration, or finds the one a previous attempt
 * with the same external id created. Shared by WebSocket and HTTP.
 */
export function createContact(ctx: RequestContext, integrationId: string, b: CreateContactMsg, via: CreatedVia, recalled?: HistoryEntry): ContactResultMsg {
  const externalId = required(b.externalId, 'externalId');
  if (!isValidId(externalId)) throw fail('FIELD_INVALID', 'externalId must be 1..128 letters, digits or . _ - : @', { field: 'externalId' });
  const { externalId: _x, ...fields } = b;
  const creation = creationOf(fields);
  const known = ctx.registry.find(integrationId, externalId);
  if (known !== undefined) {
    const live = ctx.router.contact(known);
    const contact = live !== undefined ? contactToMsg(live, externalId) : ctx.registry.closedContact(known);
    if (contact !== undefined) {
      const p = positionOf(ctx, known);
      const result: ContactResultMsg = { contact, created: false, ...waitFields(p) };
      // A retry with other fields is a mistake of the integration's (two calls under one id?): answered, but flagged.
      const first = ctx.registry.creationOf(known);
      if (first !== undefined && first.fingerprint !== creation.fingerprint) result.retryDiffers = true;
      return result;
    }
    // Ended before this server recovered the state: known, but its last view is not.
    throw fail('EXTERNAL_ID_ENDED', `contact ${known} was already created for externalId ${externalId} and has ended`, { contact: known, externalId });
  }
  const input: { -readonly [K in keyof NewContact]: NewContact[K] } = {
    id: newId('c'),
    queueId: required(b.queueId, 'queueId'),
    channel: required(b.channel, 'channel') as Channel,
    language: required(b.language, 'language'),
    skills: b.skills ?? {},
    customer: { id: required(b.customer?.id, 'customer.id'), tier: b.customer?.tier || 'standard' },
  };
  if (b.priority !== undefined) input.priority = b.priority;
  if (b.preferredAgentId !== undefined) input.preferredAgentId = b.preferredAgentId;
  if (b.context !== undefined) input.context = b.context;
  // The customer's latest entry as the recall store keeps it (looked up before: the core has none).
  if (recalled !== undefined) input.recalled = recalled;
  // Kept on the contact (and its follow-ups, its voicemail): it stays the integration's across restarts.
  if (via !== 'unknown' && via !== 'inherited') input.owner = { integration: integrationId, via };
  if (b.handoff !== undefined) {
    const h = b.handoff;
    input.handoff = {
      transcript: (h.transcript ?? []).map((l) =>
        l.at === undefined ? { from: l.from as 'customer', text: l.text ?? '' } : { from: l.from as 'customer', text: l.text ?? '', at: l.at },
      ),
      ...(h.intent === undefined ? {} : { intent: h.intent }),
      ...(h.botId === undefined ? {} : { botId: h.botId }),
    };
  }
  // Over HTTP too: the contact's creation names its integration.
  const rec = ctx.exec((r) => r.actAs(`integration:${integrationId}`, () => r.createContact(input)));
  ctx.registry.register(rec.id, integrationId, externalId, rec, creation, via);
  const p = positionOf(ctx, rec.id);
  return { contact: contactToMsg(rec, externalId), created: true, ...waitFields(p) };
}
