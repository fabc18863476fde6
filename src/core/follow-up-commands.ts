/**
 * Managing scheduled follow-ups (DESIGN.md §4, issue 19): list, cancel and
 * reschedule. Who may act is decided by the caller's role: an agent only on
 * the follow-ups they scheduled (`byAgent`), a supervisor on any, an
 * integration on those of its customers (checked by the gateway, which
 * knows who created which contact). Each validates first: an error changes
 * nothing.
 */
import { withinChars } from './text.js';
import type { ContactEntry } from './entries.js';
import { fail } from './errors.js';
import { isValidId } from './ids.js';
import type { ContactRecord } from './model.js';
import { MAX_FOLLOW_UP_MS, MAX_TEXT, type CommandHost } from './workflow-commands.js';

/** Who asks, as far as the core can tell: an agent sees and acts only on their own follow-ups. */
export interface FollowUpCaller {
  /** Set when an agent asks: only follow-ups this agent scheduled. */
  readonly byAgent?: string;
}

/** Scheduled follow-ups (not yet due), soonest first, filtered by the agent who scheduled them and/or the customer. */
export function listFollowUps(host: CommandHost, filter: { readonly agentId?: string; readonly customerId?: string }): ContactRecord[] {
  if (filter.agentId !== undefined && !isValidId(filter.agentId)) throw fail('FIELD_INVALID', 'invalid agent id', { field: 'agentId' });
  if (filter.customerId !== undefined && !isValidId(filter.customerId)) throw fail('FIELD_INVALID', 'invalid customer id', { field: 'customerId' });
  const out: ContactRecord[] = [];
  for (const c of host.state.contacts.values()) {
    const f = c.rec.followUp;
    if (f === null || c.rec.state !== 'scheduled') continue;
    if (filter.agentId !== undefined && f.byAgentId !== filter.agentId) continue;
    if (filter.customerId !== undefined && c.rec.customer.id !== filter.customerId) continue;
    out.push(c.rec);
  }
  return out.sort((x, y) => x.deadline! - y.deadline! || x.seq - y.seq);
}

/** Cancels a scheduled follow-up: it is gone (`contact.follow_up_cancelled`), never routed. */
export function cancelFollowUp(host: CommandHost, contact: string, caller: FollowUpCaller, reason?: string): void {
  if (reason !== undefined && (typeof reason !== 'string' || reason.length === 0 || !withinChars(reason, MAX_TEXT)))
    throw fail('TEXT_TOO_LONG', `reason must be a string of 1..${MAX_TEXT} characters`, { field: 'reason', max: MAX_TEXT });
  host.run((at) => {
    const c = scheduledFollowUp(host, contact, caller);
    host.emit({ type: 'contact.follow_up_cancelled', at, contactId: c.rec.id, byAgentId: c.rec.followUp!.byAgentId, reason: reason ?? null });
  });
}

/**
 * Moves a scheduled follow-up to `dueAt` (in the future, within a year):
 * it becomes due then, with the routing key it would have had if scheduled
 * for that time (`contact.follow_up_rescheduled`).
 */
export function rescheduleFollowUp(host: CommandHost, contact: string, caller: FollowUpCaller, dueAt: number): void {
  if (typeof dueAt !== 'number' || !Number.isInteger(dueAt)) throw fail('FIELD_INVALID', 'dueAt must be a time in ms', { field: 'dueAt' });
  host.run((at) => {
    if (dueAt <= at) throw fail('TIME_NOT_IN_FUTURE', `dueAt ${dueAt} is not in the future (now ${at})`, { field: 'dueAt', now: at });
    if (dueAt > at + MAX_FOLLOW_UP_MS) throw fail('TIME_TOO_FAR', 'dueAt is more than a year ahead', { field: 'dueAt' });
    const c = scheduledFollowUp(host, contact, caller);
    const bonus = host.state.config.tierBonusMs.get(c.rec.customer.tier) ?? 0;
    host.emit({ type: 'contact.follow_up_rescheduled', at, contactId: c.rec.id, byAgentId: c.rec.followUp!.byAgentId, dueAt, virtualArrival: dueAt - bonus });
  });
}

function scheduledFollowUp(host: CommandHost, contact: string, caller: FollowUpCaller): ContactEntry {
  const c = host.contact(contact);
  const f = c.rec.followUp;
  if (f === null) throw fail('NOT_A_FOLLOW_UP', `contact ${contact} is not a follow-up`, { contact });
  if (caller.byAgent !== undefined && f.byAgentId !== caller.byAgent) {
    throw fail('FOLLOW_UP_NOT_YOURS', `follow-up ${contact} was scheduled by another agent`, { contact });
  }
  if (c.rec.state !== 'scheduled') throw fail('FOLLOW_UP_DUE', `follow-up ${contact} is ${c.rec.state}: it came due already`, { contact, state: c.rec.state });

  return c;
}
