/**
 * The deadlines that end or move a wait (DESIGN §3.1, §4): a contact's steps
 * (caught up on after it re-enters waiting, and skipped where nobody logged
 * in can serve them), a queue's closing that sends its waiting contacts to
 * another queue, a queue's maximum wait, a scheduled contact (callback at
 * opening, follow-up) falling due. The
 * router's `#fireDue` decides when; this decides what happens, through the
 * same narrow host as the workflow commands.
 */
import type { ContactEntry } from './entries.js';
import type { ContactId } from './ids.js';
import { contactId as toContactId, isValidId } from './ids.js';
import { inheritedOwner, newContactRecord, type ContactRecord } from './model.js';
import { levelFor, priorityAt, type CompiledQueue } from './queue-config.js';
import type { CommandHost } from './workflow-commands.js';
import { maxWaitAt } from './contact-timers.js';

/**
 * The next closing of each queue that moves its waiting contacts away at
 * closing (`serveWaitingAtClose: false`): deadlines on the clock like the
 * contacts' own, kept beside the timer heap (a handful, one per queue).
 * Derived from the configuration and the instant the state is current at
 * (`RoutingState.at`), not kept in the state: a restored router owes each
 * queue's first closing after that instant (`since`), which falls due at
 * once when it passed while no router ran.
 */
export class QueueClosings {
  readonly #closings: { readonly queue: CompiledQueue; at: number }[] = [];
  /** The earliest closing (Infinity when none): one comparison on the hot path. */
  min = Infinity;

  constructor(queues: Iterable<CompiledQueue>, now: number) {
    for (const q of queues) if (q.hours !== null && !q.serveWaitingAtClose) this.#closings.push({ queue: q, at: nextClosing(q, now) });
    this.#changed();
  }

  /**
   * A restored state current at `at` (every deadline up to it had taken
   * effect): each queue's first closing after `at` is owed, at its own
   * time, also when that is already past (it fires at the catch-up, with
   * the contacts' own passed deadlines). A closing between `at` and the
   * last instant the original router ran found nothing to move (moving
   * leaves events, and none came after `at`), so it finds nothing again.
   */
  since(at: number): void {
    for (const c of this.#closings) c.at = nextClosing(c.queue, at);
    this.#changed();
  }

  /**
   * A restored state that does not say when it was current (a snapshot
   * from before `at` was kept, and no event since): a queue closed now
   * with contacts still waiting in it is taken to have closed meanwhile;
   * its closing is due now, so that the next `advance` or `resume` moves
   * them. (A contact may wait in a closed queue for another reason, a
   * voicemail or a follow-up falling due: such a state cannot tell.)
   */
  closedMeanwhile(s: Pick<CommandHost['state'], 'contacts' | 'config'>, now: number): void {
    const closed = new Map<string, { readonly queue: CompiledQueue; at: number }>();
    for (const c of this.#closings) if (c.queue.hours!.stateAt(now).open === false) closed.set(c.queue.id, c);
    if (closed.size === 0) return;
    for (const c of s.contacts.values()) {
      const closing = c.rec.state === 'waiting' ? closed.get(c.rec.queueId) : undefined;
      // Only what a closing would move (its redirect queue takes the channel).
      if (closing !== undefined && s.config.queues.get(closing.queue.whenClosed.queueId!)!.channels.has(c.rec.channel)) closing.at = Math.min(closing.at, now);
    }
    this.#changed();
  }

  #changed(): void {
    let min = Infinity;
    for (const c of this.#closings) if (c.at < min) min = c.at;
    this.min = min;
  }

  /** The queues closing at `at` send their waiting contacts to their redirect queue, keeping first arrival and priority. */
  closeDue(host: CommandHost, at: number): void {
    const s = host.state;
    const closing: CompiledQueue[] = [];
    for (const c of this.#closings) {
      if (c.at !== at) continue;
      closing.push(c.queue);
      c.at = nextClosing(c.queue, at);
    }
    this.#changed();
    for (const q of closing) {
      const target = s.config.queues.get(q.whenClosed.queueId!)!;
      const moving: ContactEntry[] = [];
      for (const c of s.contacts.values()) if (c.rec.queueId === q.id && c.rec.state === 'waiting' && target.channels.has(c.rec.channel)) moving.push(c);
      moving.sort((x, y) => x.rec.seq - y.rec.seq);
      for (const c of moving) {
        const step = levelFor(target, at - c.rec.firstArrival);
        host.emit({ type: 'contact.updated', at, contactId: c.rec.id, priority: c.rec.priority, queueId: target.id, step, preferUntil: c.rec.preferUntil });
        host.applySkips(c, at);
      }
    }
  }
}

/** The next closing of a queue with hours after `t` (Infinity when it never closes again within a year). */
function nextClosing(q: CompiledQueue, t: number): number {
  let s = q.hours!.stateAt(t);
  if (!s.open) {
    if (s.until === null) return Infinity;
    s = q.hours!.stateAt(s.until);
  }
  return s.until ?? Infinity;
}

/**
 * A scheduled contact is due: it waits, a follow-up reserved for its
 * preferred agent (the one who scheduled it, or whom a transfer named).
 * None when it has no preferred agent any more (a cancelled consult
 * clears it): a reservation for nobody would hold it from every agent.
 */
export function contactDue(host: CommandHost, c: ContactEntry, at: number): void {
  const q = c.queue;
  const step = Math.max(c.rec.step, levelFor(q, at - c.rec.firstArrival));
  const pref = c.rec.followUp === null ? null : c.rec.preferredAgentId;
  const agent = pref === null ? undefined : host.state.agents.get(pref);
  const preferUntil = agent?.loggedIn && agent.queueSet.has(q.id) && q.followUpWindowMs > 0 ? at + q.followUpWindowMs : null;
  host.emit({ type: 'contact.due', at, contactId: c.rec.id, step, preferUntil });
  host.applySkips(c, at);
}

/**
 * A waiting contact reached its queue's maximum wait (DESIGN §4): a call
 * becomes a callback or an email contact (voicemail) by the queue's
 * action; anything else, or a `close`, is removed with the reason.
 */
export function maxWaitReached(host: CommandHost, c: ContactEntry, at: number): void {
  const s = host.state;
  const m = c.queue.maxWait!;
  const voice = c.rec.channel === 'voice';
  if (m.action === 'callback' && voice) {
    host.emit({ type: 'contact.callback_requested', at, contactId: c.rec.id, number: null, reason: 'max-wait' });
    return;
  }
  // A consultative transfer still ringing: the first agent's slot is freed, as when the caller leaves.
  const consult = c.rec.consultBy;
  if (consult !== null) host.emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: consult, toAgentId: null, reason: 'abandoned' });
  const target = m.queueId === null ? undefined : s.config.queues.get(m.queueId);
  const mailId = voicemailId(c.rec.id, s.contactSeq + 1);
  if (m.action === 'voicemail' && voice && target !== undefined && !s.contacts.has(mailId)) {
    host.emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: null, reason: 'voicemail' });
    voicemail(host, c.rec, target, mailId, at);
    return;
  }
  host.emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: null, reason: m.action === 'close' ? m.reason : 'max-wait' });
}

/** The email contact a call left as its voicemail: same customer, language, skills and context, waiting from now in `queue`. */
function voicemail(host: CommandHost, call: Readonly<ContactRecord>, queue: CompiledQueue, id: ContactId, at: number): void {
  const s = host.state;
  const step = levelFor(queue, 0);
  const bonus = s.config.tierBonusMs.get(call.customer.tier) ?? 0;
  const rec = newContactRecord({
    id,
    queueId: queue.id,
    channel: 'email',
    language: call.language,
    skills: call.skills,
    customer: call.customer,
    priority: priorityAt(queue, step, queue.defaultPriority),
    firstArrival: at,
    virtualArrival: at - bonus,
    seq: s.contactSeq + 1,
    context: { ...call.context, voicemailOf: call.id },
    state: 'waiting',
    step,
    deadline: null,
    repeatOf: call.repeatOf,
    ...inheritedOwner(call),
  });
  host.emit({ type: 'contact.created', at, contact: rec, redirectedFrom: call.queueId });
  host.applySkips(s.contacts.get(id)!, at);
}

/** The id of a call's voicemail: `<call>:voicemail`, or `voicemail:<seq>` where that is too long for an id. */
function voicemailId(call: string, seq: number): ContactId {
  const id = `${call}:voicemail`;
  return toContactId(isValidId(id) ? id : `voicemail:${seq}`);
}

/** After a contact re-enters waiting: catch up on steps passed meanwhile, then skips. */
export function enteredWaiting(host: CommandHost, c: ContactEntry, at: number): void {
  const target = levelFor(c.queue, at - c.rec.firstArrival);
  if (target > c.rec.step) {
    host.emit({ type: 'contact.step_changed', at, contactId: c.rec.id, step: target, skipped: false });
  }
  applySkips(host, c, at);
}

/** While the step in force skips when unserved, is not the last, and nobody logged in can serve it: the next step. */
export function applySkips(host: CommandHost, c: ContactEntry, at: number): void {
  const s = host.state;
  // Back to waiting (an offer that rang out, a move to another queue), or a step due at the limit's
  // instant, past its maximum wait: its action now. A call it turned into a callback waits on: skips apply.
  if (c.rec.state === 'waiting') {
    const limit = maxWaitAt(c);
    if (limit !== null && limit <= at) {
      maxWaitReached(host, c, at);
      if (s.contacts.get(c.rec.id) !== c) return;
    }
  }
  const levels = c.queue.levels;
  for (;;) {
    const step = c.rec.step;
    if (step >= levels.length - 1 || !levels[step]!.skipIfUnserved) return;
    if (s.loggedInCount(s.classOf(c, step)) > 0) return;
    host.emit({ type: 'contact.step_changed', at, contactId: c.rec.id, step: step + 1, skipped: true });
  }
}
