/**
 * Follow-up requests, the same for every role but for who may see and act:
 * an agent the follow-ups it scheduled, an integration those of the
 * contacts it created (a follow-up belongs to the integration of the
 * contact it follows, see `ContactRegistry.adoptFollowUp`), a supervisor
 * any. Anyone else is PERMISSION_DENIED; the core checks the rest.
 */
import { fail } from '../../core/errors.js';
import type { FollowUpCaller } from '../../core/follow-up-commands.js';
import { contactToMsg } from '../../protocol/convert.js';
import type { Request } from '../../protocol/messages.js';
import type { RequestContext, ResultBody } from './request-context.js';
import { ok, required } from './request-helpers.js';

/** Who asks: the role and its principal. */
export type FollowUpAsker = { readonly role: 'agent' | 'integration' | 'supervisor'; readonly id: string };

type FollowUpRequest = Extract<Request, { kind: 'listFollowUps' | 'cancelFollowUp' | 'rescheduleFollowUp' }>;

export function handleFollowUpRequest(ctx: RequestContext, who: FollowUpAsker, req: FollowUpRequest): ResultBody {
  switch (req.kind) {
    case 'listFollowUps': {
      const b = req.body;
      if (who.role === 'agent' && b.agentId !== undefined && b.agentId !== who.id)
        throw fail('NOT_YOURSELF', `agent ${who.id} cannot list the follow-ups of ${b.agentId}`, { agent: who.id, other: b.agentId });
      const filter: { agentId?: string; customerId?: string } = {};
      if (who.role === 'agent') filter.agentId = who.id;
      else if (b.agentId !== undefined) filter.agentId = b.agentId;
      if (b.customerId !== undefined) filter.customerId = b.customerId;
      const list = ctx.router.followUps(filter).filter((c) => who.role !== 'integration' || ctx.registry.ownerOf(c.id) === who.id);
      return { followUps: { followUps: list.map((c) => contactToMsg(c, ctx.registry.externalIdOf(c.id))) } };
    }
    case 'cancelFollowUp': {
      const b = req.body;
      const id = mayAct(ctx, who, b.contactId);
      ctx.exec((r) => r.cancelFollowUp(id, callerOf(who), b.reason));
      return ok;
    }
    case 'rescheduleFollowUp': {
      const b = req.body;
      const id = mayAct(ctx, who, b.contactId);
      if (typeof b.dueAt !== 'number') throw fail('FIELD_REQUIRED', 'dueAt is required', { field: 'dueAt' });
      ctx.exec((r) => r.rescheduleFollowUp(id, b.dueAt, callerOf(who)));
      return ok;
    }
  }
}

function callerOf(who: FollowUpAsker): FollowUpCaller {
  return who.role === 'agent' ? { byAgent: who.id } : {};
}

/** The contact id, once an integration is known to own it (an agent's and a supervisor's rights are the core's to check). */
function mayAct(ctx: RequestContext, who: FollowUpAsker, contactId: string | undefined): string {
  const id = required(contactId, 'contactId');
  if (who.role !== 'integration' || ctx.router.contact(id) === undefined) return id;
  if (ctx.registry.ownerOf(id) !== who.id)
    throw fail('FOLLOW_UP_NOT_YOURS', `follow-up ${id} is not of a contact integration ${who.id} created`, { contact: id });

  return id;
}
