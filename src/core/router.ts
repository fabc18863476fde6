/**
 * The routing core: commands in, events out, decisions by the rules of
 * DESIGN.md §3 as pinned down in docs/routing.md. Pure: no I/O, no timers of
 * its own, time from an injected clock. The host asks `nextDeadline()` and
 * calls `advance()` when it is due; every command also fires what is due.
 *
 * @example
 * const router = new Router(config, { now: () => Date.now() });
 * router.loginAgent('a1', profile, { presence: 'available' });
 * router.createContact({ id: 'c1', queueId: 'sales', channel: 'chat', ... });
 * for (const e of router.drainEvents()) publish(e);
 */
import { checkHolder, contactOf, loggedInAgent, offeredTo } from './lookups.js';
import type { AgentEntry, ContactEntry } from './entries.js';
import { fail } from './errors.js';
import type { CoreEvent } from './events.js';
import { agentId as toAgentId, contactId as toContactId, isValidId, queueId as toQueueId, type QueueId } from './ids.js';
import type { AgentId } from './ids.js';
import { matchAll, offerReason } from './pair-search.js';
import { validateProfile } from './command-validation.js';
import { type AgentProfile, type AgentRecord, type AgentStatus, type ContactRecord, type HistoryEntry, type NewContact } from './model.js';
import type { CoreConfig } from './config-schema.js';
import { compileConfig, type CompiledConfig } from './queue-config.js';
import type { HoursState } from './opening-hours.js';
import { TimerKind, type Timer } from './contact-timers.js';
import type { CoreSnapshot } from './core-snapshot.js';
import { RoutingState } from './routing-state.js';
import * as tr from './transfer-commands.js';
import type { TransferTarget } from './transfer-commands.js';
import * as wf from './workflow-commands.js';
import * as fu from './follow-up-commands.js';
import * as intake from './contact-intake.js';
import { hoursAt } from './contact-intake.js';
import * as dl from './deadlines.js';
import * as views from './state-queries.js';
import { mapIter } from './state-queries.js';
import type { QueueCounts, WaitingStats } from './state-queries.js';
import { QueueClosings } from './deadlines.js';
import { checkWrapUpFields, type CommandHost } from './workflow-commands.js';
import type { CompletedContact } from './survey-book.js';

export interface Clock {
  now(): number;
}

export type { QueueCounts, WaitingStats } from './state-queries.js';

export interface LoginOptions {
  readonly presence?: 'available' | 'away';
  readonly reason?: string;
}

/** What `drainEvents` returns when nothing happened (frozen: callers only read it). */
const NO_EVENTS = Object.freeze([]) as unknown as CoreEvent[];

export class Router {
  readonly #s: RoutingState;
  readonly #clock: Clock;
  #events: CoreEvent[] = [];
  /** Who the commands running now act for (see `actAs`). */
  #actor: string | undefined = undefined;
  /** The actor stamped on events while a command's own change is made. */
  #stamp: string | undefined = undefined;
  #listeners: ((e: CoreEvent) => void)[] = [];
  #now = 0;

  constructor(config: CoreConfig | CompiledConfig, clock: Clock) {
    const compiled = (config as Partial<CompiledConfig> | null)?.queues instanceof Map;
    this.#s = new RoutingState(compiled ? (config as CompiledConfig) : compileConfig(config as CoreConfig));
    this.#clock = clock;
    this.#host = {
      state: this.#s,
      run: (act) => this.#run(act),
      emit: (e) => this.#emit(e),
      contact: (id) => contactOf(this.#s, id),
      holder: (c, agent) => checkHolder(c, agent),
      applySkips: (c, at) => dl.applySkips(this.#host, c, at),
    };
    const now = clock.now();
    this.#s.at = now;
    this.#closings = new QueueClosings(this.#s.config.queues.values(), now);
  }

  /** This router as the workflow commands see it (workflow-commands.ts, transfer-commands.ts). */
  readonly #host: CommandHost;
  /** Queues that move their waiting contacts away at closing (deadlines.ts). */
  readonly #closings: QueueClosings;

  /**
   * Rebuilds a router from a snapshot, then the events recorded after it.
   * `adopt: true` hands the snapshot over (e.g. freshly parsed JSON): the
   * router then owns and mutates its records instead of copying them.
   */
  static restore(
    config: CoreConfig | CompiledConfig,
    clock: Clock,
    snapshot: CoreSnapshot,
    events: Iterable<CoreEvent> = [],
    options: { readonly adopt?: boolean } = {},
  ): Router {
    const r = new Router(config, clock);
    r.#s.load(snapshot, options.adopt === true);
    for (const e of events) r.#s.apply(e);
    r.#s.flushRanks();
    r.#s.clearDirty();
    // The closings owed: those after the instant the state was current at (older snapshots: a guess, see QueueClosings).
    if (r.#s.at !== undefined) r.#closings.since(r.#s.at);
    else r.#closings.closedMeanwhile(r.#s, clock.now());
    return r;
  }

  get config(): CompiledConfig {
    return this.#s.config;
  }

  // ---- events ---------------------------------------------------------------

  /** Returns and forgets the events emitted since the last call. */
  drainEvents(): CoreEvent[] {
    // Nothing new (a ping, a refused request, the host's second look): no new array.
    if (this.#events.length === 0) return NO_EVENTS;
    const out = this.#events;
    this.#events = [];
    return out;
  }

  /** Calls `fn` synchronously for every event as it is emitted. */
  subscribe(fn: (e: CoreEvent) => void): () => void {
    this.#listeners.push(fn);
    return () => {
      this.#listeners = this.#listeners.filter((l) => l !== fn);
    };
  }

  /** Applies, records and publishes an event; `c` and `a`, when given, are the event's contact and agent. */
  #emit(e: CoreEvent, c?: ContactEntry, a?: AgentEntry): void {
    if (this.#stamp !== undefined) e = { ...e, actor: this.#stamp };
    this.#s.apply(e, c, a);
    this.#events.push(e);
    for (const l of this.#listeners) l(e);
  }

  // ---- time -------------------------------------------------------------------

  /** Now on the router's clock (ms): what `nextDeadline()` is measured against. */
  now(): number {
    return this.#clock.now();
  }

  /** The earliest pending deadline (ms), or undefined when nothing is scheduled. */
  nextDeadline(): number | undefined {
    const timers = this.#s.timers;
    let next: number | undefined;
    for (let t = timers.next(); t !== undefined; t = timers.next()) {
      if (timers.live(t)) {
        next = t.time;
        break;
      }
      timers.pop();
    }
    return this.#closings.min < (next ?? Infinity) ? this.#closings.min : next;
  }

  /** Fires every deadline that is due at the clock's current time. */
  advance(): void {
    this.#now = this.#clock.now();
    this.#fireDue();
    this.#s.flushRanks();
  }

  /**
   * Catches up after a gap in which no router ran (a restart, a failover):
   * fires every deadline that passed meanwhile, in order and at its own
   * time, but routes nothing at those past times (nobody could have been
   * offered anything then) and does not count offers that rang out meanwhile
   * as missed by their agents; then matches once, now.
   */
  resume(): void {
    this.#now = this.#clock.now();
    this.#resuming = true;
    try {
      this.#fireDue();
    } finally {
      this.#resuming = false;
    }
    this.#match(this.#now);
    this.#fireDue();
    this.#s.flushRanks();
  }

  #resuming = false;

  /**
   * Rule 1: every deadline due at one instant takes effect, in the order it
   * was armed, before matching runs at that instant; so nothing is offered
   * and withdrawn at one instant. Deadlines armed meanwhile for the same
   * instant (a step whose next step has the same wait) take effect too.
   */
  #fireDue(): void {
    const timers = this.#s.timers;
    for (;;) {
      const at = Math.min(timers.next()?.time ?? Infinity, this.#closings.min);
      if (at > this.#now) return;
      // A queue's closing due at this instant first: a deadline of the configuration, armed before any contact's (docs/routing.md, Timers).
      if (this.#closings.min === at) this.#closings.closeDue(this.#host, at);
      for (let t = timers.next(); t !== undefined && t.time <= at; t = timers.next()) {
        timers.pop();
        const c = timers.entryIfLive(t);
        if (c !== undefined) this.#fire(t, c, at);
      }
      if (!this.#resuming) this.#match(at);
    }
  }

  #fire(t: Timer, c: ContactEntry, at: number): void {
    switch (t.kind) {
      case TimerKind.offer:
        this.#expireOffer(c, at);
        break;
      case TimerKind.wrap:
        this.#closeByTimeout(c, at);
        break;
      case TimerKind.prefer:
        this.#emit({ type: 'contact.preference_ended', at, contactId: c.rec.id });
        break;
      case TimerKind.due:
        dl.contactDue(this.#host, c, at);
        break;
      case TimerKind.maxWait:
        dl.maxWaitReached(this.#host, c, at);
        break;
      default:
        this.#emit({ type: 'contact.step_changed', at, contactId: c.rec.id, step: c.rec.step + 1, skipped: false });
        dl.applySkips(this.#host, c, at);
    }
  }

  /**
   * Runs `fn` (one or more commands) on behalf of `actor`: the events of the
   * commands themselves carry it (`CoreEvent.actor`); deadlines that fall
   * due first and the offers the router makes after are its own.
   */
  actAs<T>(actor: string, fn: () => T): T {
    const before = this.#actor;
    this.#actor = actor;
    try {
      return fn();
    } finally {
      this.#actor = before;
    }
  }

  /** Runs a command: fire what is due, act (validating first), match, fire again. */
  #run<T>(act: (now: number) => T): T {
    this.#now = this.#clock.now();
    this.#fireDue();
    let result: T;
    this.#stamp = this.#actor;
    try {
      result = act(this.#now);
    } finally {
      this.#stamp = undefined;
    }
    this.#match(this.#now);
    this.#fireDue();
    this.#s.flushRanks();
    return result;
  }

  // ---- agent commands ---------------------------------------------------------

  loginAgent(id: string, profile: AgentProfile, options: LoginOptions = {}): void {
    if (!isValidId(id)) throw fail('FIELD_INVALID', `invalid agent id ${JSON.stringify(id)}`, { field: 'agentId' });
    const clean = validateProfile(this.#s.config, profile);
    const presence = options.presence ?? 'away';
    if (presence !== 'available' && presence !== 'away') throw fail('FIELD_INVALID', 'presence must be "available" or "away"', { field: 'presence' });
    const reason = presence === 'away' ? this.#reason(options.reason ?? 'logged-in') : null;
    this.#run((at) => {
      const existing = this.#s.agents.get(toAgentId(id));
      if (existing?.loggedIn) throw fail('AGENT_LOGGED_IN', `agent ${id} is already logged in`, { agent: id });
      this.#emit({ type: 'agent.logged_in', at, agentId: toAgentId(id), profile: clean, loginSeq: this.#s.loginSeq + 1, presence, reason });
    });
  }

  setPresence(id: string, presence: 'available' | 'away', reason?: string): void {
    if (presence !== 'available' && presence !== 'away') throw fail('FIELD_INVALID', 'presence must be "available" or "away"', { field: 'presence' });
    const why = presence === 'away' ? this.#reason(reason ?? 'away') : null;
    this.#run((at) => {
      const a = loggedInAgent(this.#s, id);
      if (a.rec.presence === presence && a.rec.awayReason === why) return;
      this.#emit({ type: 'agent.presence_changed', at, agentId: a.id, presence, reason: why });
      if (presence === 'away') this.#revokeOffers(a, 'agent_away', at);
    });
  }

  /**
   * Logs an agent out. Without `force` it refuses while the agent holds an
   * accepted contact that is not in wrap-up; with it (a dropped connection
   * past its grace period, a supervisor) chat/email/social contacts go back to
   * their queue and calls stay with the agent until they end.
   */
  logoutAgent(id: string, options: { force?: boolean; endContacts?: boolean } = {}): void {
    this.#run((at) => {
      const a = loggedInAgent(this.#s, id);
      const held = a.rec.contacts.map((cid) => this.#s.contacts.get(cid)!);
      if (!options.force && held.some((c) => c.rec.state === 'active')) {
        throw fail('AGENT_HOLDS_CONTACT', `agent ${id} holds an active contact; end it or log out with force`, { agent: id });
      }
      // A supervisor who says so ends the agent's contacts too (a call whose end never came).
      if (options.endContacts === true) {
        for (const c of held) {
          if (c.rec.state === 'active')
            this.#emit({ type: 'contact.ended', at, contactId: c.rec.id, agentId: a.id, wrapUpUntil: at, by: 'supervisor', reason: 'forced-logout' });
        }
      }
      this.#revokeOffers(a, 'agent_logged_out', at);
      for (const c of held) {
        if (c.rec.state === 'wrap_up') {
          this.#emit({ type: 'contact.closed', at, contactId: c.rec.id, agentId: a.id, disposition: c.rec.disposition, notes: c.rec.notes, by: 'logout' });
        } else if (c.rec.state === 'active' && !this.#s.config.exclusive.has(c.rec.channel)) {
          this.#emit({ type: 'contact.requeued', at, contactId: c.rec.id, agentId: a.id, reason: 'agent_logged_out' });
          dl.enteredWaiting(this.#host, c, at);
        }
      }
      for (const c of [...(this.#s.reservedFor.get(a.id) ?? [])].sort((x, y) => x.rec.seq - y.rec.seq)) {
        this.#emit({ type: 'contact.preference_ended', at, contactId: c.rec.id });
      }
      for (const c of [...(this.#s.consultHolds.get(a.id) ?? [])].sort((x, y) => x.rec.seq - y.rec.seq)) {
        this.#emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: a.id, toAgentId: null, reason: 'agent_logged_out' });
      }
      this.#emit({ type: 'agent.logged_out', at, agentId: a.id });
      const affected: ContactEntry[] = [];
      for (const cls of this.#s.emptiedClasses) cls.heap.forEach((c) => affected.push(c));
      this.#s.emptiedClasses.clear();
      affected.sort((x, y) => x.rec.seq - y.rec.seq);
      for (const c of affected) if (c.rec.state === 'waiting') dl.applySkips(this.#host, c, at);
    });
  }

  acceptOffer(agent: string, contact: string): void {
    this.#run((at) => {
      const c = offeredTo(this.#s, agent, contact);
      this.#accepted(c, false, at);
    });
  }

  rejectOffer(agent: string, contact: string): void {
    this.#run((at) => {
      const c = offeredTo(this.#s, agent, contact);
      this.#emit({ type: 'contact.offer_rejected', at, contactId: c.rec.id, agentId: c.rec.agentId! });
      dl.enteredWaiting(this.#host, c, at);
    });
  }

  /** Ends an active contact; it stays in wrap-up, holding its slot, until the wrap-up ends. */
  endContact(contact: string, by: 'agent' | 'integration' | 'supervisor', agent?: string, reason?: string): void {
    if (by !== 'agent' && by !== 'integration' && by !== 'supervisor')
      throw fail('FIELD_INVALID', 'by must be "agent", "integration" or "supervisor"', { field: 'by' });
    if (reason !== undefined && !isValidId(reason))
      throw fail('FIELD_INVALID', 'reason must be a code of 1..128 letters, digits or . _ - : @', { field: 'reason' });
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (agent !== undefined) checkHolder(c, agent);
      if (c.rec.state !== 'active') throw fail('CONTACT_NOT_ACTIVE', `contact ${contact} is ${c.rec.state}, not active`, { contact, state: c.rec.state });
      this.#ended(c, at, by, reason ?? null);
    });
  }

  /**
   * A supervisor gives a waiting contact to a named agent: an offer like any
   * other (ring timeout; the agent may reject it, and it goes back to
   * waiting, not to be offered to that agent again). The agent must be
   * available with a free slot for the channel; skills and languages are
   * the supervisor's call. In an auto-accept queue the offer is accepted.
   */
  assignContact(contact: string, agent: string): void {
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (c.rec.state !== 'waiting')
        throw fail('CONTACT_NOT_WAITING', `contact ${contact} is ${c.rec.state}; only a waiting contact can be assigned`, { contact, state: c.rec.state });
      const a = this.#s.agents.get(toAgentId(agent));
      if (a === undefined || !a.loggedIn) throw fail('AGENT_NOT_LOGGED_IN', `agent ${agent} is not logged in`, { agent });
      if (a.rec.presence !== 'available')
        throw fail('AGENT_NOT_AVAILABLE', `agent ${agent} is ${a.rec.presence}, not available`, { agent, presence: a.rec.presence });
      if (!this.#s.canTake(a, c.chIdx)) throw fail('CAPACITY_FULL', `agent ${agent} has no free ${c.rec.channel} slot`, { agent, channel: c.rec.channel });
      if (c.hasDeclined(a.id)) throw fail('CONTACT_DECLINED', `agent ${agent} already turned contact ${contact} down`, { contact, agent });
      this.#offer(c, a, at);
    });
  }

  /**
   * A supervisor ends a wrap-up that is stuck (an agent who never says
   * ready, a wrap-up without a time box): the contact closes as it is and
   * the slot frees.
   */
  closeWrapUp(contact: string): void {
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (c.rec.state !== 'wrap_up')
        throw fail('CONTACT_NOT_IN_WRAP_UP', `contact ${contact} is ${c.rec.state}, not in wrap-up`, { contact, state: c.rec.state });
      this.#emit({
        type: 'contact.closed',
        at,
        contactId: c.rec.id,
        agentId: c.rec.agentId!,
        disposition: c.rec.disposition,
        notes: c.rec.notes,
        by: 'supervisor',
      });
    });
  }

  #ended(c: ContactEntry, at: number, by: 'agent' | 'integration' | 'supervisor', reason: string | null): void {
    const mode = c.queue.wrapUpMode;
    const timed = mode === 'timed' || mode === 'timed-strict';
    const until = timed ? at + c.queue.wrapUpMs : null;
    this.#emit({ type: 'contact.ended', at, contactId: c.rec.id, agentId: c.rec.agentId!, wrapUpUntil: until, by, ...(reason === null ? {} : { reason }) });
    if (until === at) {
      this.#closeByTimeout(c, at);
    }
  }

  /**
   * The agent is done with a contact's wrap-up ("ready"): the slot frees.
   * A disposition or notes given here replace the ones recorded before. By
   * the queue's wrap-up mode: `timed-strict` refuses before the time box
   * ends, `mandatory` refuses without a disposition.
   */
  finishWrapUp(agent: string, contact: string, disposition?: string, notes?: string): void {
    checkWrapUpFields(disposition, notes);
    this.#run((at) => {
      const c = wf.wrappingBy(this.#host, agent, contact, disposition);
      const q = c.queue;
      if (q.wrapUpMode === 'timed-strict' && c.rec.deadline !== null && at < c.rec.deadline) {
        throw fail('WRAP_UP_TIME_BOXED', `queue ${q.id} has a time-boxed wrap-up with no early finish; it ends at ${c.rec.deadline}`, {
          queue: q.id,
          endsAt: c.rec.deadline,
        });
      }
      const d = disposition ?? c.rec.disposition;
      if (q.wrapUpMode === 'mandatory' && d === null) {
        throw fail(
          'DISPOSITION_REQUIRED',
          `queue ${q.id} requires a disposition to finish the wrap-up${q.dispositions === null ? '' : ` (one of ${[...q.dispositions].join(', ')})`}`,
          { queue: q.id },
        );
      }
      this.#emit({ type: 'contact.closed', at, contactId: c.rec.id, agentId: c.rec.agentId!, disposition: d, notes: notes ?? c.rec.notes, by: 'agent' }, c);
    });
  }

  /** Records a disposition and/or notes during wrap-up without finishing it. */
  recordWrapUp(agent: string, contact: string, disposition?: string, notes?: string): void {
    wf.recordWrapUp(this.#host, agent, contact, disposition, notes);
  }

  // ---- transfers (transfer-commands.ts) -------------------------------------------

  /**
   * Hands an active contact on, to a queue or to a named agent; `consult`
   * holds the agent's slot until the hand-over. See docs/routing.md.
   */
  transferContact(agent: string, contact: string, target: TransferTarget): void {
    tr.transferContact(this.#host, agent, contact, target);
  }

  /** Escalates an active contact to its queue's supervisor-tier queue with a reason code. */
  escalateContact(agent: string, contact: string, reason: string, notes?: string): void {
    tr.escalateContact(this.#host, agent, contact, reason, notes);
  }

  /** Takes a consultative transfer back before anyone accepted it. */
  cancelTransfer(agent: string, contact: string): void {
    tr.cancelTransfer(this.#host, agent, contact);
  }

  // ---- callbacks, follow-ups, surveys (workflow-commands.ts) ------------------------

  /** Virtual hold: a waiting caller chooses a callback and keeps their place. */
  requestCallback(contact: string, number?: string): void {
    wf.requestCallback(this.#host, contact, number);
  }

  /** A callback attempt went unanswered: retried after the queue's delay, or given up. */
  callbackFailed(contact: string): void {
    wf.callbackFailed(this.#host, contact);
  }

  /** Schedules a follow-up of a contact the agent handles; returns the scheduled contact. */
  scheduleFollowUp(agent: string, contact: string, followUp: { id: string; dueAt: number; note: string; queueId?: string }): ContactRecord {
    return wf.scheduleFollowUp(this.#host, agent, contact, followUp);
  }

  /**
   * Scheduled follow-ups (not yet due), soonest first; `agentId`: those
   * that agent scheduled, `customerId`: those of that customer.
   */
  followUps(filter: { readonly agentId?: string; readonly customerId?: string } = {}): ContactRecord[] {
    return fu.listFollowUps(this.#host, filter);
  }

  /** Cancels a scheduled follow-up; `caller.byAgent`: only if that agent scheduled it (else PERMISSION_DENIED). */
  cancelFollowUp(contact: string, caller: fu.FollowUpCaller = {}, reason?: string): void {
    fu.cancelFollowUp(this.#host, contact, caller, reason);
  }

  /** Moves a scheduled follow-up to `dueAt`; `caller.byAgent`: only if that agent scheduled it. */
  rescheduleFollowUp(contact: string, dueAt: number, caller: fu.FollowUpCaller = {}): void {
    fu.rescheduleFollowUp(this.#host, contact, caller, dueAt);
  }

  /**
   * Records the "was this helpful?" answer for a completed contact. A "no"
   * whose reason reopens the case returns the follow-up contact it created.
   */
  answerSurvey(contact: string, helpful: boolean, reason?: string, recalled?: CompletedContact): ContactRecord | null {
    return wf.answerSurvey(this.#host, contact, helpful, reason, recalled);
  }

  /**
   * The completed contact the core keeps for a survey answer (within
   * `survey.memoryWindowSeconds`), or undefined: a host with a store beside
   * the core looks the rest up there (`answerSurvey(…, recalled)`).
   */
  completedContact(id: string): Readonly<CompletedContact> | undefined {
    return isValidId(id) ? this.#s.surveys.completed(toContactId(id)) : undefined;
  }

  /** Survey answers per agent (for the supervisor view): `no` counts only the answers about the agent. */
  surveyTallies(): IterableIterator<[AgentId, Readonly<{ yes: number; no: number; notAboutAgent?: number }>]> {
    return this.#s.surveys.tallies();
  }

  // ---- contact commands ---------------------------------------------------------

  /** Queues a new contact; returns the record as created (its queue may be the overflow queue). See contact-intake.ts. */
  createContact(input: NewContact): ContactRecord {
    return intake.createContact(this.#host, input);
  }

  /** The integration reports the customer connected to the agent (the call is bridged). */
  markConnected(contact: string): void {
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (c.rec.state !== 'active') throw fail('CONTACT_NOT_ACTIVE', `contact ${contact} is ${c.rec.state}, not active`, { contact, state: c.rec.state });
      if (c.rec.connectedAt !== null) throw fail('CONTACT_CONNECTED', `contact ${contact} is already connected`, { contact });
      this.#emit({ type: 'contact.connected', at, contactId: c.rec.id, agentId: c.rec.agentId! });
    });
  }

  /** The integration reports the customer put on hold or taken off hold. */
  setHold(contact: string, onHold: boolean): void {
    if (typeof onHold !== 'boolean') throw fail('FIELD_INVALID', 'onHold must be a boolean', { field: 'onHold' });
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (c.rec.state !== 'active') throw fail('CONTACT_NOT_ACTIVE', `contact ${contact} is ${c.rec.state}, not active`, { contact, state: c.rec.state });
      if (c.rec.onHold === onHold)
        throw fail(onHold ? 'CONTACT_ON_HOLD' : 'CONTACT_NOT_ON_HOLD', `contact ${contact} is ${onHold ? 'already' : 'not'} on hold`, { contact });
      this.#emit({ type: 'contact.hold_changed', at, contactId: c.rec.id, agentId: c.rec.agentId!, onHold });
    });
  }

  /**
   * The customer left: a waiting or offered contact is removed at once, even
   * mid-offer; an active one ends as if its end were reported (reason
   * `customer-hung-up`: the hang-up raced the accept); one already in
   * wrap-up has ended, and stays as it is.
   */
  abandonContact(contact: string): void {
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (c.rec.state === 'active') {
        this.#ended(c, at, 'integration', 'customer-hung-up');
        return;
      }
      if (c.rec.state === 'wrap_up') return;
      if (c.rec.state !== 'waiting' && c.rec.state !== 'offered' && c.rec.state !== 'scheduled') {
        throw fail('CONTACT_ACCEPTED', `contact ${contact} is ${c.rec.state}; it cannot be abandoned`, { contact, state: c.rec.state });
      }
      const by = c.rec.consultBy;
      if (by !== null) this.#emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: by, toAgentId: null, reason: 'abandoned' });
      this.#emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: c.rec.agentId });
    });
  }

  /**
   * Removes a contact that has not reached an agent yet (waiting, offered or
   * scheduled) for a reason other than the customer leaving: its
   * integration is gone, or a supervisor took it out. Recorded as
   * `contact.abandoned` with the `reason` (and `by`, who did it).
   */
  removeContact(contact: string, reason: string, by?: string): void {
    if (typeof reason !== 'string' || !isValidId(reason))
      throw fail('FIELD_INVALID', 'reason must be a code of 1..128 letters, digits or . _ - : @', { field: 'reason' });
    this.#run((at) => {
      const c = contactOf(this.#s, contact);
      if (c.rec.state !== 'waiting' && c.rec.state !== 'offered' && c.rec.state !== 'scheduled') {
        throw fail('CONTACT_ACCEPTED', `contact ${contact} is ${c.rec.state}; only a contact not yet accepted can be removed (end an accepted one)`, {
          contact,
          state: c.rec.state,
        });
      }
      const consult = c.rec.consultBy;
      if (consult !== null) this.#emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: consult, toAgentId: null, reason: 'abandoned' });
      this.#emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: c.rec.agentId, reason, ...(by === undefined ? {} : { by }) });
    });
  }

  /** A supervisor re-prioritises or moves a waiting contact; its first arrival never changes. */
  updateContact(contact: string, change: { priority?: number; queueId?: string }): void {
    tr.updateContact(this.#host, contact, change);
  }

  // ---- queries ----------------------------------------------------------------------

  contact(id: string): Readonly<ContactRecord> | undefined {
    return this.#s.contacts.get(toContactId(id))?.rec;
  }

  /** The customer's handled contacts, newest first (at most `history.perCustomer`). */
  history(customerId: string): readonly HistoryEntry[] {
    return this.#s.history.recent(customerId);
  }

  agent(id: string): Readonly<AgentRecord> | undefined {
    return this.#s.agents.get(toAgentId(id))?.rec;
  }

  agents(): IterableIterator<Readonly<AgentRecord>> {
    return mapIter(this.#s.agents.values(), (a) => a.rec);
  }

  /** Every contact, in the order they arrived. */
  contacts(): IterableIterator<Readonly<ContactRecord>> {
    return mapIter(this.#s.contacts.values(), (c) => c.rec);
  }

  /** What views and metrics show for an agent. */
  agentStatus(id: string): AgentStatus {
    return views.agentStatus(this.#s, id);
  }

  /** Every agent's status (as `agentStatus` tells it), in one pass over the agents. */
  agentStatuses(): IterableIterator<AgentStatus> {
    return views.agentStatuses(this.#s);
  }

  /**
   * Whether a queue is open now and until when (null for a queue without
   * hours of operation: always open). NOT_FOUND for an unknown queue.
   */
  queueHours(id: string): HoursState | null {
    const q = isValidId(id) ? this.#s.config.queues.get(toQueueId(id)) : undefined;
    if (q === undefined) throw fail('QUEUE_NOT_FOUND', `queue ${id} does not exist`, { queue: id });
    return hoursAt(q, this.#clock.now());
  }

  /** 1-based place of a waiting contact among the waiting contacts of its queue. */
  position(id: string): number {
    const c = contactOf(this.#s, id);
    if (c.rec.state !== 'waiting') throw fail('CONTACT_NOT_WAITING', `contact ${id} is ${c.rec.state}, not waiting`, { contact: id, state: c.rec.state });
    return this.#s.positionOf(c);
  }

  // Narrow reads for the wait estimate (src/insights/wait-estimate.ts): what
  // competes with a contact for the agents who may take it.

  /** Waiting contacts of `queueId` on the contact's channel with a better routing key than it has. O(log n). */
  waitingAhead(id: string, queueId: string): number {
    return this.#s.aheadIn(contactOf(this.#s, id), toQueueId(queueId));
  }

  /**
   * The signature of the contact's routing class under its current step:
   * contacts with the same signature may be taken by exactly the same agents
   * (`servingAgents`), so a caller may cache per signature. `step`: under
   * that relaxation step of its queue instead (a later one: who could take it then).
   */
  routingClassOf(id: string, step?: number): string {
    const c = contactOf(this.#s, id);
    return this.#s.classOf(c, views.stepOf(c, step)).sig;
  }

  /** Logged-in agents whose profile may take the contact under its current step, or `step` (pools, language, skills), whatever their load. O(agents). */
  servingAgents(id: string, step?: number): Readonly<AgentRecord>[] {
    return views.servingAgents(this.#s, contactOf(this.#s, id), step);
  }

  /** Waiting contacts per queue, channel and tier, with the oldest first arrival. From counts kept as contacts change: O(cells). */
  waitingStats(): WaitingStats[] {
    return views.waitingStats(this.#s);
  }

  /** Per queue holding any contact: waiting (and the oldest), callbacks, follow-ups, repeats waiting. From counts kept as contacts change: O(queues + cells). */
  queueCounts(): Map<QueueId, QueueCounts> {
    return views.queueCounts(this.#s);
  }

  /** Agents the router knows (configured, or logged in with a profile of their own), whatever their presence. */
  get agentCount(): number {
    return this.#s.agents.size;
  }

  /** Contacts the router holds (waiting, offered, active, in wrap-up, scheduled). */
  get contactCount(): number {
    return this.#s.contacts.size;
  }

  get waitingCount(): number {
    let n = 0;
    for (const v of this.#s.waiting.values()) for (const k of v) n += k;
    return n;
  }

  /**
   * The whole state as plain data (what a store keeps). By default a deep
   * copy; `copy: false` returns the live records instead, for a caller that
   * serializes them before the next command (half the cost at scale).
   */
  snapshot(options: { readonly copy?: boolean } = {}): CoreSnapshot {
    return this.#s.snapshot(options.copy ?? true);
  }

  // ---- matching (rules 1, 4, 7) -------------------------------------------------------

  /** Offers until no waiting contact has an eligible agent (pair-search.ts `matchAll`). */
  #match(at: number): void {
    this.#matchAt = at;
    matchAll(this.#s, this.#offerNow);
  }

  #matchAt = 0;
  /** `#offer` at the match's instant, made once: no closure per command. */
  readonly #offerNow = (c: ContactEntry, a: AgentEntry): void => this.#offer(c, a, this.#matchAt);

  #offer(c: ContactEntry, a: AgentEntry, at: number): void {
    const auto = c.queue.autoAccept;
    const why = offerReason(this.#s, c, a);
    this.#emit({ type: 'contact.offered', at, contactId: c.rec.id, agentId: a.id, expiresAt: auto ? null : at + c.queue.offerTimeoutMs, why }, c, a);
    if (auto) this.#accepted(c, true, at);
  }

  /** Accepts the pending offer; a consultative transfer is handed over with it. */
  #accepted(c: ContactEntry, auto: boolean, at: number): void {
    const agentId = c.rec.agentId!;
    this.#emit({ type: 'contact.accepted', at, contactId: c.rec.id, agentId, auto });
    const by = c.rec.consultBy;
    if (by !== null) this.#emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: by, toAgentId: agentId, reason: 'accepted' });
    const cb = c.rec.callback;
    if (cb !== null && c.rec.connectedAt === null) {
      this.#emit({ type: 'contact.callback_dialing', at, contactId: c.rec.id, agentId, attempt: cb.attempts + 1, number: cb.number });
    }
  }

  // ---- offers ---------------------------------------------------------------------

  #expireOffer(c: ContactEntry, at: number): void {
    const a = this.#s.agents.get(c.rec.agentId!)!;
    const missed = this.#resuming ? a.rec.missedInRow : a.rec.missedInRow + 1;
    this.#emit({ type: 'contact.offer_expired', at, contactId: c.rec.id, agentId: a.id, missedInRow: missed });
    dl.enteredWaiting(this.#host, c, at);
    if (!this.#resuming && missed >= this.#s.config.missedOffersLimit && a.rec.presence !== 'offline' && this.#s.agents.get(a.id) === a) {
      if (a.rec.presence !== 'away' || a.rec.awayReason !== 'missed-offers') {
        this.#emit({ type: 'agent.presence_changed', at, agentId: a.id, presence: 'away', reason: 'missed-offers' });
      }
      this.#revokeOffers(a, 'agent_away', at);
    }
  }

  #revokeOffers(a: AgentEntry, reason: 'agent_away' | 'agent_logged_out', at: number): void {
    const offered = a.rec.contacts.map((id) => this.#s.contacts.get(id)!).filter((c) => c.rec.state === 'offered');
    for (const c of offered) {
      this.#emit({ type: 'contact.offer_revoked', at, contactId: c.rec.id, agentId: a.id, reason });
      dl.enteredWaiting(this.#host, c, at);
    }
  }

  // ---- validation -----------------------------------------------------------------------

  /** Wrap-up over (its time ran out, or there was none): the contact closes as it stands. */
  #closeByTimeout(c: ContactEntry, at: number): void {
    this.#emit({ type: 'contact.closed', at, contactId: c.rec.id, agentId: c.rec.agentId!, disposition: c.rec.disposition, notes: c.rec.notes, by: 'timeout' });
  }

  #reason(reason: unknown): string {
    if (!isValidId(reason)) throw fail('FIELD_INVALID', 'reason must be a short code (letters, digits, . _ - : @)', { field: 'reason' });

    return reason;
  }
}
