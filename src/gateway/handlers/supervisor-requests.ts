/**
 * Supervisor requests: a snapshot in pages then the live stream of every
 * event, a contact in full, and actions on agents and contacts.
 */
import { fail } from '../../core/errors.js';
import { contactToMsg } from '../../protocol/convert.js';
import type { Request } from '../../protocol/messages.js';
import type { RequestContext, ResultBody } from './request-context.js';
import { ok, presenceOf, required, reasonFrom } from './request-helpers.js';
import type { Session } from '../session.js';
import { handleFollowUpRequest } from './follow-up-requests.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, nextPage, subscribeSnapshot } from './supervisor-snapshot.js';

export function handleSupervisorRequest(ctx: RequestContext, s: Session, req: Request): ResultBody {
  switch (req.kind) {
    case 'ping':
      return { pong: { time: ctx.now() } };
    case 'subscribe': {
      const size = req.body.pageSize ?? 0;
      if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
        throw fail('NUMBER_OUT_OF_RANGE', `pageSize must be an integer 1..${MAX_PAGE_SIZE} (0: the default, ${DEFAULT_PAGE_SIZE})`, {
          field: 'pageSize',
          min: 0,
          max: MAX_PAGE_SIZE,
        });
      }
      ctx.supervisors.subscribe(s, req.body.batched === true);
      return { snapshot: subscribeSnapshot(ctx, s, size === 0 ? DEFAULT_PAGE_SIZE : size) };
    }
    case 'snapshotPage':
      return { snapshot: nextPage(ctx, s, required(req.body.cursor, 'cursor')) };
    case 'getContact': {
      const id = required(req.body.contactId, 'contactId');
      const externalId = ctx.registry.externalIdOf(id);
      const live = ctx.router.contact(id);
      const contact = live !== undefined ? contactToMsg(live, externalId) : ctx.registry.closedContact(id);
      if (contact === undefined) throw fail('CONTACT_NOT_FOUND', `contact ${id} does not exist (or ended too long ago)`, { contact: id });
      return { contact: { contact } };
    }
    case 'forcePresence': {
      const b = req.body;
      const agentId = required(b.agentId, 'agentId');
      const presence = presenceOf(b.presence);
      if (presence === 'away' && b.reason !== undefined) reasonFrom(ctx.config.awayReasons, b.reason, 'away reason', ['supervisor']);
      ctx.exec((r) => r.setPresence(agentId, presence, b.reason ?? (presence === 'away' ? 'supervisor' : undefined)));
      return ok;
    }
    case 'forceLogout': {
      const agentId = required(req.body.agentId, 'agentId');
      const endContacts = req.body.endContacts === true;
      ctx.exec((r) => r.logoutAgent(agentId, { force: true, endContacts }));
      return ok;
    }
    case 'endContact': {
      const id = required(req.body.contactId, 'contactId');
      const reason = required(req.body.reason, 'reason');
      const state = ctx.router.contact(id)?.state;
      if (state === undefined) throw fail('CONTACT_NOT_FOUND', `contact ${id} does not exist (or has ended)`, { contact: id });
      if (state === 'wrap_up') ctx.exec((r) => r.closeWrapUp(id));
      else if (state === 'active') ctx.exec((r) => r.endContact(id, 'supervisor', undefined, reason));
      else throw fail('CONTACT_NOT_TAKEN', `contact ${id} is ${state}: no agent took it yet (removeContact takes it out)`, { contact: id, state });
      return ok;
    }
    case 'assignContact': {
      const id = required(req.body.contactId, 'contactId');
      const agentId = required(req.body.agentId, 'agentId');
      ctx.exec((r) => r.assignContact(id, agentId));
      return ok;
    }
    case 'removeContact': {
      const id = required(req.body.contactId, 'contactId');
      const reason = required(req.body.reason, 'reason');
      ctx.exec((r) => r.removeContact(id, reason, `supervisor:${s.principal}`));
      return ok;
    }
    case 'updateContact': {
      const b = req.body;
      const id = required(b.contactId, 'contactId');
      if (b.priority === undefined && b.queueId === undefined) {
        throw fail('CHOICE_REQUIRED', 'give a priority, a queueId or both', { fields: 'priority, queueId' });
      }
      const change: { priority?: number; queueId?: string } = {};
      if (b.priority !== undefined) change.priority = b.priority;
      if (b.queueId !== undefined) change.queueId = b.queueId;
      ctx.exec((r) => r.updateContact(id, change));
      return ok;
    }
    case 'listFollowUps':
    case 'cancelFollowUp':
    case 'rescheduleFollowUp':
      return handleFollowUpRequest(ctx, { role: 'supervisor', id: s.principal }, req);
    default:
      throw fail('REQUEST_NOT_ALLOWED', `${req.kind} is not a supervisor request`, { kind: req.kind, role: 'supervisor' });
  }
}
