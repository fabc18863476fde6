/**
 * Transfers (blind and consultative, to a queue or a named agent) and
 * escalation, as pinned down in docs/routing.md ("Transfer and
 * escalation"), and a supervisor's move of a waiting contact to another
 * queue or priority. The `Router` exposes them as methods.
 */
import { fail } from './errors.js';
import type { AgentId, QueueId } from './ids.js';
import { agentId as toAgentId, isValidId, queueId as toQueueId } from './ids.js';
import { preferenceUntil } from './preferred-agent.js';
import { levelFor, priorityAt } from './queue-config.js';
import { validPriority } from './command-validation.js';
import { checkWrapUpFields, type CommandHost } from './workflow-commands.js';
import { checkOpen } from './contact-intake.js';

/** Where `transferContact` sends a contact. */
export interface TransferTarget {
  /** Default: the contact's queue (then `agentId` is required). */
  readonly queueId?: string;
  /** A named agent, waited for up to the target queue's transfer window. */
  readonly agentId?: string;
  /** Consultative: the first agent's slot stays held until the hand-over. Default false (blind). */
  readonly consult?: boolean;
  /** Shown to the next agent with the contact. */
  readonly notes?: string;
}

// ---- transfers -------------------------------------------------------------------

/**
 * Hands an active contact on, to a queue or to a named agent (in `queueId`,
 * default the contact's queue, which the agent must serve). It keeps its
 * first arrival, priority, tier, skills and context; it is never offered
 * back to the transferring agent. A named agent is waited for up to the
 * target queue's transfer window (then anyone in the queue may take it).
 * `consult`: the transferring agent's slot stays held until the new agent
 * accepts (hand-over) or they cancel (`cancelTransfer`).
 */
export function transferContact(host: CommandHost, agent: string, contact: string, target: TransferTarget): void {
  const t = validateTarget(target);
  host.run((at) => transfer(host, agent, contact, t.queueId, t.agentId, t.consult ? 'consult' : 'blind', t.notes, null, at));
}

/** Escalates an active contact to its queue's supervisor-tier queue (`escalateTo`) with a reason code (blind). */
export function escalateContact(host: CommandHost, agent: string, contact: string, reason: string, notes?: string): void {
  if (!isValidId(reason)) throw fail('FIELD_INVALID', 'reason must be a short code (letters, digits, . _ - : @)', { field: 'reason' });
  checkWrapUpFields(undefined, notes);
  host.run((at) => {
    const c = host.contact(contact);
    const to = c.queue.escalateTo;
    if (to === null) throw fail('NO_ESCALATION_QUEUE', `queue ${c.queue.id} has no escalation queue`, { queue: c.queue.id });
    transfer(host, agent, contact, to, null, 'blind', notes ?? null, reason, at);
  });
}

/** Takes a consultative transfer back before anyone accepted it: the contact is active with the agent again. */
export function cancelTransfer(host: CommandHost, agent: string, contact: string): void {
  host.run((at) => {
    const c = host.contact(contact);
    if (c.rec.consultBy !== agent) throw fail('NOT_IN_CONSULT', `contact ${contact} is not in a consultative transfer by agent ${agent}`, { contact, agent });
    const last = c.rec.transfers[c.rec.transfers.length - 1]!;
    const back = host.state.queue(last.fromQueueId);
    host.emit({
      type: 'contact.transfer_cancelled',
      at,
      contactId: c.rec.id,
      agentId: c.rec.consultBy,
      offeredTo: c.rec.state === 'offered' ? c.rec.agentId : null,
      queueId: back.id,
      step: levelFor(back, at - c.rec.firstArrival),
    });
  });
}

function transfer(
  host: CommandHost,
  agent: string,
  contact: string,
  queueId: QueueId | null,
  toAgent: AgentId | null,
  mode: 'blind' | 'consult',
  notes: string | null,
  escalation: string | null,
  at: number,
): void {
  const c = host.contact(contact);
  host.holder(c, agent);
  if (c.rec.state !== 'active')
    throw fail('CONTACT_NOT_ACTIVE', `contact ${contact} is ${c.rec.state}; only an active contact can be transferred`, { contact, state: c.rec.state });
  const queue = queueId === null ? c.queue : host.state.config.queues.get(queueId);
  if (queue === undefined) throw fail('QUEUE_NOT_FOUND', `queue ${queueId} does not exist`, { queue: String(queueId) });
  if (!queue.channels.has(c.rec.channel))
    throw fail('QUEUE_WRONG_CHANNEL', `queue ${queue.id} does not take ${c.rec.channel} contacts`, { queue: queue.id, channel: c.rec.channel });
  // To a named agent, they serve it whatever the hours; to a queue (its own too: new work for a closed queue), it must be open.
  if (toAgent === null) checkOpen(queue, at);
  if (toAgent !== null) {
    if (toAgent === agent) throw fail('TRANSFER_TO_SELF', 'an agent cannot transfer a contact to themselves');
    const b = host.state.agents.get(toAgent);
    if (b === undefined || !b.loggedIn) throw fail('TRANSFER_TARGET_OFFLINE', `agent ${toAgent} is not logged in`, { agent: toAgent });
    if (!b.queueSet.has(queue.id))
      throw fail('TRANSFER_TARGET_NOT_IN_QUEUE', `agent ${toAgent} does not serve queue ${queue.id}; name a queue they serve`, {
        agent: toAgent,
        queue: queue.id,
      });
  }
  const from = c.rec.agentId!;
  const step = Math.max(levelFor(queue, at - c.rec.firstArrival), queue === c.queue ? c.rec.step : 0);
  // DESIGN §3.4: a transfer to a named agent replaces the preference (and
  // waits for them up to the transfer window); a transfer to a queue keeps
  // it, with the queue's preference window (never for the agent handing on).
  const pref = toAgent ?? c.rec.preferredAgentId;
  const preferUntil =
    toAgent !== null
      ? queue.transferWindowMs > 0
        ? at + queue.transferWindowMs
        : null
      : preferenceUntil(host.state, pref, queue, step, c.rec, at, (a) => a === from);
  host.emit({
    type: 'contact.transferred',
    at,
    contactId: c.rec.id,
    agentId: from,
    transfer: { at, fromAgentId: from, fromQueueId: c.rec.queueId, toQueueId: queue.id, toAgentId: toAgent, mode, notes, escalation },
    queueId: queue.id,
    step,
    preferredAgentId: pref,
    preferUntil,
  });
  host.applySkips(c, at);
}

function validateTarget(target: TransferTarget): { queueId: QueueId | null; agentId: AgentId | null; consult: boolean; notes: string | null } {
  if (typeof target !== 'object' || target === null) throw fail('FIELD_REQUIRED', 'a transfer target is required', { field: 'target' });
  const { queueId, agentId, consult, notes } = target;
  if (queueId === undefined && agentId === undefined)
    throw fail('CHOICE_REQUIRED', 'transfer to a queueId, an agentId or both', { fields: 'queueId, agentId' });
  if (queueId !== undefined && !isValidId(queueId)) throw fail('FIELD_INVALID', 'invalid queue id', { field: 'queueId' });
  if (agentId !== undefined && !isValidId(agentId)) throw fail('FIELD_INVALID', 'invalid agent id', { field: 'agentId' });
  if (consult !== undefined && typeof consult !== 'boolean') throw fail('FIELD_INVALID', 'consult must be a boolean', { field: 'consult' });
  checkWrapUpFields(undefined, notes);
  return {
    queueId: queueId === undefined ? null : toQueueId(queueId),
    agentId: agentId === undefined ? null : toAgentId(agentId),
    consult: consult === true,
    notes: notes ?? null,
  };
}

/** A supervisor re-prioritises or moves a waiting contact; its first arrival never changes. */
export function updateContact(host: CommandHost, contact: string, change: { priority?: number; queueId?: string }): void {
  if (change.priority !== undefined && !validPriority(change.priority))
    throw fail('NUMBER_OUT_OF_RANGE', 'priority must be an integer 0..1000', { field: 'priority', min: 0, max: 1000 });
  if (change.queueId !== undefined && !isValidId(change.queueId)) throw fail('FIELD_INVALID', 'invalid queue id', { field: 'queueId' });
  host.run((at) => {
    const c = host.contact(contact);
    if (c.rec.state !== 'waiting')
      throw fail('CONTACT_NOT_WAITING', `contact ${contact} is ${c.rec.state}; only waiting contacts can be changed`, { contact, state: c.rec.state });
    let queue = c.queue;
    if (change.queueId !== undefined) {
      const q = host.state.config.queues.get(toQueueId(change.queueId));
      if (q === undefined) throw fail('QUEUE_NOT_FOUND', `queue ${change.queueId} does not exist`, { queue: change.queueId });
      if (!q.channels.has(c.rec.channel))
        throw fail('QUEUE_WRONG_CHANNEL', `queue ${q.id} does not take ${c.rec.channel} contacts`, { queue: q.id, channel: c.rec.channel });
      if (q !== c.queue) checkOpen(q, at);
      queue = q;
    }
    const moved = queue !== c.queue;
    const step = moved ? levelFor(queue, at - c.rec.firstArrival) : c.rec.step;
    const preferUntil = moved ? preferenceUntil(host.state, c.rec.preferredAgentId, queue, step, c.rec, at, (a) => c.hasDeclined(a)) : c.rec.preferUntil;
    const priority = priorityAt(queue, step, change.priority ?? c.rec.priority);
    host.emit({ type: 'contact.updated', at, contactId: c.rec.id, priority, queueId: queue.id, step, preferUntil });
    if (moved) host.applySkips(c, at);
  });
}
