/**
 * A new contact's way in (DESIGN §3, §4): the queue it asked for, or the
 * bot hand-off's; closed hours (refused, redirected, or a callback at
 * opening) and a full queue (its overflow queue) decide where it waits;
 * its first arrival, tier bonus, repeat of a recent contact and preferred
 * agent (the one named, else the customer's last agent) make its record.
 */
import { handoffRoute } from './bot-handoff.js';
import { validateContact } from './command-validation.js';
import { fail } from './errors.js';
import type { QueueId } from './ids.js';
import { newContactRecord, type Channel, type ContactRecord, type NewContact } from './model.js';
import { queueClosed, type HoursState } from './opening-hours.js';
import { preferenceUntil } from './preferred-agent.js';
import { levelFor, priorityAt, type CompiledQueue } from './queue-config.js';
import type { RoutingState } from './routing-state.js';
import type { CommandHost } from './workflow-commands.js';

/** Queues a new contact; returns the record as created (its queue may be the overflow queue). */
export function createContact(host: CommandHost, input: NewContact): ContactRecord {
  const s = host.state;
  const v = validateContact(s.config, input);
  return host.run((at) => {
    if (s.contacts.has(v.id)) throw fail('CONTACT_EXISTS', `contact ${v.id} already exists`, { contact: v.id });
    const route = v.handoff === null ? null : handoffRoute(s.config.botHandoff, v.handoff);
    const queueId = route?.queueId ?? v.queueId;
    let queue = s.config.queues.get(queueId);
    if (queue === undefined) throw fail('QUEUE_NOT_FOUND', `queue ${queueId} does not exist`, { queue: queueId });
    if (!queue.channels.has(v.channel))
      throw fail('QUEUE_WRONG_CHANNEL', `queue ${queue.id} does not take ${v.channel} contacts`, { queue: queue.id, channel: v.channel });
    let redirectedFrom: QueueId | null = null;
    let opensAt: number | null = null;
    const hours = hoursAt(queue, at);
    if (hours !== null && !hours.open) {
      const w = queue.whenClosed;
      const target = w.queueId === null ? undefined : s.config.queues.get(w.queueId);
      if (w.action === 'callback' && v.channel === 'voice' && hours.until !== null) opensAt = hours.until;
      else if (target === undefined || !target.channels.has(v.channel) || hoursAt(target, at)?.open === false) throw queueClosed(queue.id, queue.hours!, hours);
      else {
        redirectedFrom = queue.id;
        queue = target;
      }
    }
    if (opensAt === null && full(s, queue, v.channel)) {
      const next = queue.whenFullOverflowTo === null ? undefined : s.config.queues.get(queue.whenFullOverflowTo);
      // A closed overflow queue is skipped, and the contact cannot be kept past the limit: refused as full.
      const closed = next !== undefined && hoursAt(next, at)?.open === false;
      if (next === undefined || !next.channels.has(v.channel) || full(s, next, v.channel) || closed) {
        const why = closed ? `; its overflow queue ${next.id} is closed` : '';
        throw fail('QUEUE_FULL', `queue ${queue.id} is full for ${v.channel}${why}`, { queue: queue.id, channel: v.channel });
      }
      redirectedFrom = queue.id;
      queue = next;
    }
    const bonus = s.config.tierBonusMs.get(v.customer.tier) ?? 0;
    const history = s.history;
    const kept = history.latest(v.customer.id);
    const recalled = input.recalled;
    const last = recalled !== undefined && (kept === undefined || recalled.endedAt > kept.endedAt) ? recalled : kept;
    const repeatOf = last !== undefined && at - last.endedAt <= s.config.history.fcrWindowMs ? last.contactId : null;
    // DESIGN §3.4: the one named, else the agent who last served the customer, in whichever queue.
    const pref = v.preferredAgentId ?? (queue.lastAgentRouting ? (last?.agentId ?? null) : null);
    const step = levelFor(queue, 0);
    const rec = newContactRecord({
      id: v.id,
      queueId: queue.id,
      channel: v.channel,
      language: v.language,
      skills: v.skills,
      customer: v.customer,
      priority: priorityAt(queue, step, route?.priority ?? v.priority ?? queue.defaultPriority),
      // A callback at opening waits from the opening (in the order callers asked: seq).
      firstArrival: opensAt ?? at,
      virtualArrival: (opensAt ?? at) - bonus,
      seq: s.contactSeq + 1,
      preferredAgentId: pref,
      preferredBy: v.preferredAgentId !== null ? 'integration' : pref !== null ? 'last-agent' : null,
      preferUntil: opensAt === null ? preferenceUntil(s, pref, queue, step, v, at) : null,
      context: v.context,
      state: opensAt === null ? 'waiting' : 'scheduled',
      step,
      deadline: opensAt,
      repeatOf,
      handoff: v.handoff,
      callback: opensAt === null ? null : { number: null, requestedAt: at, attempts: 0 },
      ...(v.owner === undefined ? {} : { owner: v.owner }),
    });
    host.emit({ type: 'contact.created', at, contact: rec, redirectedFrom });
    const c = s.contacts.get(v.id)!;
    if (opensAt === null) host.applySkips(c, at);
    return c.rec;
  });
}

/**
 * Refuses to send an existing contact into a queue closed at `at` (a
 * transfer, an escalation, a supervisor's move): FAILED_PRECONDITION with
 * the next opening, as for a new contact; nobody would serve it there.
 */
export function checkOpen(q: CompiledQueue, at: number): void {
  const hours = hoursAt(q, at);
  if (hours !== null && !hours.open) throw queueClosed(q.id, q.hours!, hours);
}

/** Whether a queue is open at `at` and until when (null: no hours, always open). */
export function hoursAt(q: CompiledQueue, at: number): HoursState | null {
  return q.hours === null ? null : q.hours.stateAt(at);
}

function full(s: RoutingState, q: CompiledQueue, channel: Channel): boolean {
  const max = q.maxWaiting[channel];
  return max !== undefined && s.waitingCount(q.id, channel) >= max;
}
