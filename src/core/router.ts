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
import type { AgentEntry, ContactEntry } from './entries.js';
import { keyLess } from './entries.js';
import { alreadyExists, invalid, notFound, precondition, SwitchboardError } from './errors.js';
import type { CoreEvent } from './events.js';
import { agentId as toAgentId, contactId as toContactId, isValidId, queueId as toQueueId } from './ids.js';
import type { AgentId, ContactId, QueueId } from './ids.js';
import { bestAgentAmong, bestAgentFor, bestContactFor, offerReason } from './pair-search.js';
import { preferenceUntil } from './preferred-agent.js';
import { handoffRoute } from './bot-handoff.js';
import { validateContact, validateProfile, validPriority } from './command-validation.js';
import {
  inheritedOwner,
  type AgentProfile,
  type AgentRecord,
  type AgentStatus,
  type Channel,
  type ContactRecord,
  type HistoryEntry,
  type NewContact,
} from './model.js';
import type { CoreConfig } from './config-schema.js';
import { compileConfig, levelFor, priorityAt, type CompiledConfig, type CompiledQueue } from './queue-config.js';
import { queueClosed, type HoursState } from './opening-hours.js';
import { RoutingState, TimerKind, type CoreSnapshot, type Timer } from './routing-state.js';
import * as tr from './transfer-commands.js';
import type { TransferTarget } from './transfer-commands.js';
import * as wf from './workflow-commands.js';
import * as fu from './follow-up-commands.js';
import { checkWrapUpFields, type CommandHost } from './workflow-commands.js';

export interface Clock {
  now(): number;
}

export interface LoginOptions {
  readonly presence?: 'available' | 'away';
  readonly reason?: string;
}

export interface WaitingStats {
  readonly queueId: QueueId;
  readonly channel: string;
  readonly tier: string;
  readonly waiting: number;
  /** First arrival (ms) of the longest-waiting contact. */
  readonly oldestArrival: number;
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
      contact: (id) => this.#contact(id),
      holder: (c, agent) => this.#holder(c, agent),
      applySkips: (c, at) => this.#applySkips(c, at),
    };
    const now = clock.now();
    for (const q of this.#s.config.queues.values()) {
      if (q.hours !== null && !q.serveWaitingAtClose) this.#closings.push({ queue: q, at: nextClosing(q, now) });
    }
    this.#closingsChanged();
  }

  /**
   * The next closing of each queue that moves its waiting contacts away at
   * closing (`serveWaitingAtClose: false`): deadlines on the clock like the
   * contacts' own, kept beside the timer heap (a handful, one per queue).
   * Derived from the configuration and the clock, not from the state: a
   * restored router arms them anew from its clock.
   */
  readonly #closings: { readonly queue: CompiledQueue; at: number }[] = [];
  /** The earliest of `#closings` (Infinity when none): one comparison on the hot path. */
  #closingMin = Infinity;

  #closingsChanged(): void {
    let min = Infinity;
    for (const c of this.#closings) if (c.at < min) min = c.at;
    this.#closingMin = min;
  }

  /** This router as the workflow commands see it (workflow-commands.ts, transfer-commands.ts). */
  readonly #host: CommandHost;

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

  /** The earliest pending deadline (ms), or undefined when nothing is scheduled. */
  nextDeadline(): number | undefined {
    const timers = this.#s.timers;
    let next: number | undefined;
    for (let t = this.#s.nextTimer(); t !== undefined; t = this.#s.nextTimer()) {
      if (this.#s.timerLive(t)) {
        next = t.time;
        break;
      }
      timers.pop();
    }
    return this.#closingMin < (next ?? Infinity) ? this.#closingMin : next;
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
      const at = Math.min(this.#s.nextTimer()?.time ?? Infinity, this.#closingMin);
      if (at > this.#now) return;
      // A queue's closing due at this instant first: it was armed at its previous closing, before any contact deadline of this instant.
      if (this.#closingMin === at) this.#closeDue(at);
      for (let t = this.#s.nextTimer(); t !== undefined && t.time <= at; t = this.#s.nextTimer()) {
        timers.pop();
        if (this.#s.timerLive(t)) this.#fire(t, at);
      }
      if (!this.#resuming) this.#match(at);
    }
  }

  #fire(t: Timer, at: number): void {
    const c = t.contact;
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
        this.#due(c, at);
        break;
      case TimerKind.maxWait:
        this.#maxWait(c, at);
        break;
      default:
        this.#emit({ type: 'contact.step_changed', at, contactId: c.rec.id, step: c.rec.step + 1, skipped: false });
        this.#applySkips(c, at);
    }
  }

  /** The queues closing at `at` send their waiting contacts to their redirect queue, keeping first arrival and priority. */
  #closeDue(at: number): void {
    const closing: CompiledQueue[] = [];
    for (const c of this.#closings) {
      if (c.at !== at) continue;
      closing.push(c.queue);
      c.at = nextClosing(c.queue, at);
    }
    this.#closingsChanged();
    for (const q of closing) {
      const target = this.#s.config.queues.get(q.whenClosed.queueId!)!;
      const moving: ContactEntry[] = [];
      for (const c of this.#s.contacts.values()) if (c.rec.queueId === q.id && c.rec.state === 'waiting' && target.channels.has(c.rec.channel)) moving.push(c);
      moving.sort((x, y) => x.rec.seq - y.rec.seq);
      for (const c of moving) {
        const step = levelFor(target, at - c.rec.firstArrival);
        this.#emit({ type: 'contact.updated', at, contactId: c.rec.id, priority: c.rec.priority, queueId: target.id, step, preferUntil: c.rec.preferUntil });
        this.#applySkips(c, at);
      }
    }
  }

  /** Runs a command: fire what is due, act (validating first), match, fire again. */
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
    if (!isValidId(id)) throw invalid(`invalid agent id ${JSON.stringify(id)}`);
    const clean = validateProfile(this.#s.config, profile);
    const presence = options.presence ?? 'away';
    if (presence !== 'available' && presence !== 'away') throw invalid('presence must be "available" or "away"');
    const reason = presence === 'away' ? this.#reason(options.reason ?? 'logged-in') : null;
    this.#run((at) => {
      const existing = this.#s.agents.get(toAgentId(id));
      if (existing?.loggedIn) throw alreadyExists(`agent ${id} is already logged in`);
      this.#emit({ type: 'agent.logged_in', at, agentId: toAgentId(id), profile: clean, loginSeq: this.#s.loginSeq + 1, presence, reason });
    });
  }

  setPresence(id: string, presence: 'available' | 'away', reason?: string): void {
    if (presence !== 'available' && presence !== 'away') throw invalid('presence must be "available" or "away"');
    const why = presence === 'away' ? this.#reason(reason ?? 'away') : null;
    this.#run((at) => {
      const a = this.#loggedInAgent(id);
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
      const a = this.#loggedInAgent(id);
      const held = a.rec.contacts.map((cid) => this.#s.contacts.get(cid)!);
      if (!options.force && held.some((c) => c.rec.state === 'active')) {
        throw precondition(`agent ${id} holds an active contact; end it or log out with force`);
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
          this.#enteredWaiting(c, at);
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
      for (const c of affected) if (c.rec.state === 'waiting') this.#applySkips(c, at);
    });
  }

  acceptOffer(agent: string, contact: string): void {
    this.#run((at) => {
      const c = this.#offeredTo(agent, contact);
      this.#accepted(c, false, at);
    });
  }

  rejectOffer(agent: string, contact: string): void {
    this.#run((at) => {
      const c = this.#offeredTo(agent, contact);
      this.#emit({ type: 'contact.offer_rejected', at, contactId: c.rec.id, agentId: c.rec.agentId! });
      this.#enteredWaiting(c, at);
    });
  }

  /** Ends an active contact; it stays in wrap-up, holding its slot, until the wrap-up ends. */
  endContact(contact: string, by: 'agent' | 'integration' | 'supervisor', agent?: string, reason?: string): void {
    if (by !== 'agent' && by !== 'integration' && by !== 'supervisor') throw invalid('by must be "agent", "integration" or "supervisor"');
    if (reason !== undefined && !isValidId(reason)) throw invalid('reason must be a code of 1..128 letters, digits or . _ - : @');
    this.#run((at) => {
      const c = this.#contact(contact);
      if (agent !== undefined) this.#holder(c, agent);
      if (c.rec.state !== 'active') throw precondition(`contact ${contact} is ${c.rec.state}, not active`);
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
      const c = this.#contact(contact);
      if (c.rec.state !== 'waiting') throw precondition(`contact ${contact} is ${c.rec.state}; only a waiting contact can be assigned`);
      const a = this.#s.agents.get(toAgentId(agent));
      if (a === undefined || !a.loggedIn) throw notFound(`agent ${agent} is not logged in`);
      if (a.rec.presence !== 'available') throw precondition(`agent ${agent} is ${a.rec.presence}, not available`);
      if (!this.#s.canTake(a, c.chIdx)) throw precondition(`agent ${agent} has no free ${c.rec.channel} slot`);
      if (c.hasDeclined(a.id)) throw precondition(`agent ${agent} already turned contact ${contact} down`);
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
      const c = this.#contact(contact);
      if (c.rec.state !== 'wrap_up') throw precondition(`contact ${contact} is ${c.rec.state}, not in wrap-up`);
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
        throw precondition(`queue ${q.id} has a time-boxed wrap-up with no early finish; it ends at ${c.rec.deadline}`);
      }
      const d = disposition ?? c.rec.disposition;
      if (q.wrapUpMode === 'mandatory' && d === null) {
        throw invalid(
          `queue ${q.id} requires a disposition to finish the wrap-up${q.dispositions === null ? '' : ` (one of ${[...q.dispositions].join(', ')})`}`,
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
  answerSurvey(contact: string, helpful: boolean, reason?: string): ContactRecord | null {
    return wf.answerSurvey(this.#host, contact, helpful, reason);
  }

  /** Survey answers per agent (for the supervisor view): `no` counts only the answers about the agent. */
  surveyTallies(): IterableIterator<[AgentId, Readonly<{ yes: number; no: number; notAboutAgent?: number }>]> {
    return this.#s.surveys.tallies();
  }

  // ---- contact commands ---------------------------------------------------------

  /** Queues a new contact; returns the record as created (its queue may be the overflow queue). */
  createContact(input: NewContact): ContactRecord {
    const v = validateContact(this.#s.config, input);
    return this.#run((at) => {
      if (this.#s.contacts.has(v.id)) throw alreadyExists(`contact ${v.id} already exists`);
      const route = v.handoff === null ? null : handoffRoute(this.#s.config.botHandoff, v.handoff);
      const queueId = route?.queueId ?? v.queueId;
      let queue = this.#s.config.queues.get(queueId);
      if (queue === undefined) throw notFound(`queue ${queueId} does not exist`);
      if (!queue.channels.has(v.channel)) throw invalid(`queue ${queue.id} does not take ${v.channel} contacts`);
      let redirectedFrom: QueueId | null = null;
      let opensAt: number | null = null;
      const hours = this.#hoursAt(queue, at);
      if (hours !== null && !hours.open) {
        const w = queue.whenClosed;
        const target = w.queueId === null ? undefined : this.#s.config.queues.get(w.queueId);
        if (w.action === 'callback' && v.channel === 'voice' && hours.until !== null) opensAt = hours.until;
        else if (target === undefined || !target.channels.has(v.channel) || this.#hoursAt(target, at)?.open === false)
          throw queueClosed(queue.id, queue.hours!, hours);
        else {
          redirectedFrom = queue.id;
          queue = target;
        }
      }
      if (opensAt === null && this.#full(queue, v.channel)) {
        const next = queue.whenFullOverflowTo === null ? undefined : this.#s.config.queues.get(queue.whenFullOverflowTo);
        if (next === undefined || !next.channels.has(v.channel) || this.#full(next, v.channel) || this.#hoursAt(next, at)?.open === false) {
          throw new SwitchboardError('RESOURCE_EXHAUSTED', `queue ${queue.id} is full for ${v.channel}`);
        }
        redirectedFrom = queue.id;
        queue = next;
      }
      const bonus = this.#s.config.tierBonusMs.get(v.customer.tier) ?? 0;
      const history = this.#s.history;
      const last = history.latest(v.customer.id);
      const repeatOf = last !== undefined && at - last.endedAt <= this.#s.config.history.fcrWindowMs ? last.contactId : null;
      // DESIGN §3.4: the one named, else the agent who last served the customer, in whichever queue.
      const pref = v.preferredAgentId ?? (queue.lastAgentRouting ? (last?.agentId ?? null) : null);
      const step = levelFor(queue, 0);
      const rec: ContactRecord = {
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
        seq: this.#s.contactSeq + 1,
        preferredAgentId: pref,
        preferredBy: v.preferredAgentId !== null ? 'integration' : pref !== null ? 'last-agent' : null,
        preferUntil: opensAt === null ? preferenceUntil(this.#s, pref, queue, step, v, at) : null,
        context: v.context,
        state: opensAt === null ? 'waiting' : 'scheduled',
        step,
        agentId: null,
        declinedBy: [],
        deadline: opensAt,
        connectedAt: null,
        onHold: false,
        repeatOf,
        disposition: null,
        notes: null,
        transfers: [],
        consultBy: null,
        handoff: v.handoff,
        callback: opensAt === null ? null : { number: null, requestedAt: at, attempts: 0 },
        followUp: null,
        ...(v.owner === undefined ? {} : { owner: v.owner }),
      };
      this.#emit({ type: 'contact.created', at, contact: rec, redirectedFrom });
      const c = this.#s.contacts.get(v.id)!;
      if (opensAt === null) this.#applySkips(c, at);
      return c.rec;
    });
  }

  /** The integration reports the customer connected to the agent (the call is bridged). */
  markConnected(contact: string): void {
    this.#run((at) => {
      const c = this.#contact(contact);
      if (c.rec.state !== 'active') throw precondition(`contact ${contact} is ${c.rec.state}, not active`);
      if (c.rec.connectedAt !== null) throw precondition(`contact ${contact} is already connected`);
      this.#emit({ type: 'contact.connected', at, contactId: c.rec.id, agentId: c.rec.agentId! });
    });
  }

  /** The integration reports the customer put on hold or taken off hold. */
  setHold(contact: string, onHold: boolean): void {
    if (typeof onHold !== 'boolean') throw invalid('onHold must be a boolean');
    this.#run((at) => {
      const c = this.#contact(contact);
      if (c.rec.state !== 'active') throw precondition(`contact ${contact} is ${c.rec.state}, not active`);
      if (c.rec.onHold === onHold) throw precondition(`contact ${contact} is ${onHold ? 'already' : 'not'} on hold`);
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
      const c = this.#contact(contact);
      if (c.rec.state === 'active') {
        this.#ended(c, at, 'integration', 'customer-hung-up');
        return;
      }
      if (c.rec.state === 'wrap_up') return;
      if (c.rec.state !== 'waiting' && c.rec.state !== 'offered' && c.rec.state !== 'scheduled') {
        throw precondition(`contact ${contact} is ${c.rec.state}; it cannot be abandoned`);
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
    if (typeof reason !== 'string' || !isValidId(reason)) throw invalid('reason must be a code of 1..128 letters, digits or . _ - : @');
    this.#run((at) => {
      const c = this.#contact(contact);
      if (c.rec.state !== 'waiting' && c.rec.state !== 'offered' && c.rec.state !== 'scheduled') {
        throw precondition(`contact ${contact} is ${c.rec.state}; only a contact not yet accepted can be removed (end an accepted one)`);
      }
      const consult = c.rec.consultBy;
      if (consult !== null) this.#emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: consult, toAgentId: null, reason: 'abandoned' });
      this.#emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: c.rec.agentId, reason, ...(by === undefined ? {} : { by }) });
    });
  }

  /** A supervisor re-prioritises or moves a waiting contact; its first arrival never changes. */
  updateContact(contact: string, change: { priority?: number; queueId?: string }): void {
    if (change.priority !== undefined && !validPriority(change.priority)) throw invalid('priority must be an integer 0..1000');
    if (change.queueId !== undefined && !isValidId(change.queueId)) throw invalid('invalid queue id');
    this.#run((at) => {
      const c = this.#contact(contact);
      if (c.rec.state !== 'waiting') throw precondition(`contact ${contact} is ${c.rec.state}; only waiting contacts can be changed`);
      let queue = c.queue;
      if (change.queueId !== undefined) {
        const q = this.#s.config.queues.get(toQueueId(change.queueId));
        if (q === undefined) throw notFound(`queue ${change.queueId} does not exist`);
        if (!q.channels.has(c.rec.channel)) throw invalid(`queue ${q.id} does not take ${c.rec.channel} contacts`);
        queue = q;
      }
      const moved = queue !== c.queue;
      const step = moved ? levelFor(queue, at - c.rec.firstArrival) : c.rec.step;
      const preferUntil = moved ? preferenceUntil(this.#s, c.rec.preferredAgentId, queue, step, c.rec, at, (a) => c.hasDeclined(a)) : c.rec.preferUntil;
      const priority = priorityAt(queue, step, change.priority ?? c.rec.priority);
      this.#emit({ type: 'contact.updated', at, contactId: c.rec.id, priority, queueId: queue.id, step, preferUntil });
      if (moved) this.#applySkips(c, at);
    });
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
    const a = this.#s.agents.get(toAgentId(id));
    if (a === undefined || a.rec.presence === 'offline') return 'offline';
    if (a.rec.contacts.length > 0) {
      let allWrap = true;
      for (const cid of a.rec.contacts) if (this.#s.contacts.get(cid)!.rec.state !== 'wrap_up') allWrap = false;
      if (allWrap) return 'wrap_up';
      if (a.rec.presence === 'available' || a.rec.contacts.some((cid) => this.#s.contacts.get(cid)!.rec.state === 'active')) return 'busy';
    }
    if (a.rec.presence === 'available' && this.#s.consultHolds.has(a.id)) return 'busy';
    return a.rec.presence;
  }

  /**
   * Whether a queue is open now and until when (null for a queue without
   * hours of operation: always open). NOT_FOUND for an unknown queue.
   */
  queueHours(id: string): HoursState | null {
    const q = isValidId(id) ? this.#s.config.queues.get(toQueueId(id)) : undefined;
    if (q === undefined) throw notFound(`queue ${id} does not exist`);
    return this.#hoursAt(q, this.#clock.now());
  }

  /** 1-based place of a waiting contact among the waiting contacts of its queue. */
  position(id: string): number {
    const c = this.#contact(id);
    if (c.rec.state !== 'waiting') throw precondition(`contact ${id} is ${c.rec.state}, not waiting`);
    return this.#s.positionOf(c);
  }

  // Narrow reads for the wait estimate (src/insights/wait-estimate.ts): what
  // competes with a contact for the agents who may take it.

  /** Waiting contacts of `queueId` on the contact's channel with a better routing key than it has. O(log n). */
  waitingAhead(id: string, queueId: string): number {
    return this.#s.aheadIn(this.#contact(id), toQueueId(queueId));
  }

  /**
   * The signature of the contact's routing class under its current step:
   * contacts with the same signature may be taken by exactly the same agents
   * (`servingAgents`), so a caller may cache per signature. `step`: under
   * that relaxation step of its queue instead (a later one: who could take it then).
   */
  routingClassOf(id: string, step?: number): string {
    const c = this.#contact(id);
    return this.#s.classOf(c, this.#stepOf(c, step)).sig;
  }

  /** `step` if the contact's queue has it, else the step in force. */
  #stepOf(c: ContactEntry, step: number | undefined): number {
    return step !== undefined && Number.isInteger(step) && step >= 0 && step < c.queue.levels.length ? step : c.rec.step;
  }

  /** Logged-in agents whose profile may take the contact under its current step, or `step` (pools, language, skills), whatever their load. O(agents). */
  servingAgents(id: string, step?: number): Readonly<AgentRecord>[] {
    const c = this.#contact(id);
    const cls = this.#s.classOf(c, this.#stepOf(c, step));
    const out: Readonly<AgentRecord>[] = [];
    for (const a of this.#s.agents.values()) if (a.loggedIn && cls.matches(a)) out.push(a.rec);
    return out;
  }

  /** Waiting contacts per queue, channel and tier, with the oldest first arrival. */
  waitingStats(): WaitingStats[] {
    const out = new Map<string, { queueId: QueueId; channel: string; tier: string; waiting: number; oldestArrival: number }>();
    for (const c of this.#s.contacts.values()) {
      if (c.rec.state !== 'waiting') continue;
      const k = `${c.rec.queueId}|${c.rec.channel}|${c.rec.customer.tier}`;
      const s = out.get(k);
      if (s === undefined)
        out.set(k, { queueId: c.rec.queueId, channel: c.rec.channel, tier: c.rec.customer.tier, waiting: 1, oldestArrival: c.rec.firstArrival });
      else {
        s.waiting++;
        if (c.rec.firstArrival < s.oldestArrival) s.oldestArrival = c.rec.firstArrival;
      }
    }
    return [...out.values()];
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

  /**
   * Offers until no waiting contact has an eligible agent. Only what changed
   * since the last match can form a new pair (the invariant after every
   * match), so candidates come from the dirty contacts and agents; each round
   * takes the candidate contact with the best key and offers it to its best
   * agent, exactly as the global rule would.
   */
  #match(at: number): void {
    const s = this.#s;
    const contacts = s.dirtyContacts;
    const agents = s.dirtyAgents;
    for (;;) {
      let best: ContactEntry | null = null;
      let bestAgent: AgentEntry | null = null;
      // A delete moves the last member into the slot deleted: read that slot again.
      for (let i = 0; i < contacts.size;) {
        const c = contacts.at(i);
        if (c.rec.state !== 'waiting') {
          contacts.delete(c);
          continue;
        }
        if (best !== null && !keyLess(c, best)) {
          i++;
          continue;
        }
        const a = bestAgentFor(this.#s, c);
        if (a === null) {
          contacts.delete(c);
          continue;
        }
        best = c;
        bestAgent = a;
        i++;
      }
      for (let i = 0; i < agents.size;) {
        const a = agents.at(i);
        const c = bestContactFor(this.#s, a, best);
        if (c === null) {
          if (best === null) agents.delete(a);
          else i++;
          continue;
        }
        best = c;
        bestAgent = null;
        i++;
      }
      if (best === null) return;
      // Found by a changed agent: no other agent can take it. Every dirty
      // contact with a better key than the contacts' pass chose had no
      // eligible agent at all, so `best` is a contact that did not change,
      // and no agent that did not change either could take it at the last
      // match; nothing since made one eligible without marking it dirty.
      // So its best agent is among the dirty ones (a pass over a few),
      // not somewhere in the whole ready list.
      bestAgent ??= bestAgentAmong(this.#s, best, agents)!;
      this.#offer(best, bestAgent, at);
    }
  }

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

  /** A scheduled contact is due: it waits, a follow-up reserved for its agent. */
  #due(c: ContactEntry, at: number): void {
    const q = c.queue;
    const step = Math.max(c.rec.step, levelFor(q, at - c.rec.firstArrival));
    const f = c.rec.followUp;
    const agent = f === null ? undefined : this.#s.agents.get(f.byAgentId);
    const preferUntil = agent?.loggedIn && agent.queueSet.has(q.id) && q.followUpWindowMs > 0 ? at + q.followUpWindowMs : null;
    this.#emit({ type: 'contact.due', at, contactId: c.rec.id, step, preferUntil });
    this.#applySkips(c, at);
  }

  /**
   * A waiting contact reached its queue's maximum wait (DESIGN §4): a call
   * becomes a callback or an email contact (voicemail) by the queue's
   * action; anything else, or a `close`, is removed with the reason.
   */
  #maxWait(c: ContactEntry, at: number): void {
    const m = c.queue.maxWait!;
    const voice = c.rec.channel === 'voice';
    if (m.action === 'callback' && voice) {
      this.#emit({ type: 'contact.callback_requested', at, contactId: c.rec.id, number: null, reason: 'max-wait' });
      return;
    }
    // A consultative transfer still ringing: the first agent's slot is freed, as when the caller leaves.
    const consult = c.rec.consultBy;
    if (consult !== null) this.#emit({ type: 'contact.transfer_completed', at, contactId: c.rec.id, agentId: consult, toAgentId: null, reason: 'abandoned' });
    const target = m.queueId === null ? undefined : this.#s.config.queues.get(m.queueId);
    const mailId = voicemailId(c.rec.id, this.#s.contactSeq + 1);
    if (m.action === 'voicemail' && voice && target !== undefined && !this.#s.contacts.has(mailId)) {
      this.#emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: null, reason: 'voicemail' });
      this.#voicemail(c.rec, target, mailId, at);
      return;
    }
    this.#emit({ type: 'contact.abandoned', at, contactId: c.rec.id, offeredTo: null, reason: m.action === 'close' ? m.reason : 'max-wait' });
  }

  /** The email contact a call left as its voicemail: same customer, language, skills and context, waiting from now in `queue`. */
  #voicemail(call: Readonly<ContactRecord>, queue: CompiledQueue, id: ContactId, at: number): void {
    const step = levelFor(queue, 0);
    const bonus = this.#s.config.tierBonusMs.get(call.customer.tier) ?? 0;
    const rec: ContactRecord = {
      id,
      queueId: queue.id,
      channel: 'email',
      language: call.language,
      skills: call.skills,
      customer: call.customer,
      priority: priorityAt(queue, step, queue.defaultPriority),
      firstArrival: at,
      virtualArrival: at - bonus,
      seq: this.#s.contactSeq + 1,
      preferredAgentId: null,
      preferredBy: null,
      preferUntil: null,
      context: { ...call.context, voicemailOf: call.id },
      state: 'waiting',
      step,
      agentId: null,
      declinedBy: [],
      deadline: null,
      connectedAt: null,
      onHold: false,
      repeatOf: call.repeatOf,
      disposition: null,
      notes: null,
      transfers: [],
      consultBy: null,
      handoff: null,
      callback: null,
      followUp: null,
      ...inheritedOwner(call),
    };
    this.#emit({ type: 'contact.created', at, contact: rec, redirectedFrom: call.queueId });
    this.#applySkips(this.#s.contacts.get(id)!, at);
  }

  // ---- steps, offers ---------------------------------------------------------------------

  /** After a contact re-enters waiting: catch up on steps passed meanwhile, then skips. */
  #enteredWaiting(c: ContactEntry, at: number): void {
    const target = levelFor(c.queue, at - c.rec.firstArrival);
    if (target > c.rec.step) {
      this.#emit({ type: 'contact.step_changed', at, contactId: c.rec.id, step: target, skipped: false });
    }
    this.#applySkips(c, at);
  }

  #applySkips(c: ContactEntry, at: number): void {
    // Back to waiting (an offer that rang out, a move to another queue) past its maximum wait: its action now.
    if (c.rec.state === 'waiting') {
      const limit = this.#s.maxWaitAt(c);
      if (limit !== null && limit <= at) {
        this.#maxWait(c, at);
        return;
      }
    }
    const levels = c.queue.levels;
    for (;;) {
      const step = c.rec.step;
      if (step >= levels.length - 1 || !levels[step]!.skipIfUnserved) return;
      if (this.#s.loggedInCount(this.#s.classOf(c, step)) > 0) return;
      this.#emit({ type: 'contact.step_changed', at, contactId: c.rec.id, step: step + 1, skipped: true });
    }
  }

  #expireOffer(c: ContactEntry, at: number): void {
    const a = this.#s.agents.get(c.rec.agentId!)!;
    const missed = this.#resuming ? a.rec.missedInRow : a.rec.missedInRow + 1;
    this.#emit({ type: 'contact.offer_expired', at, contactId: c.rec.id, agentId: a.id, missedInRow: missed });
    this.#enteredWaiting(c, at);
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
      this.#enteredWaiting(c, at);
    }
  }

  // ---- validation -----------------------------------------------------------------------

  #loggedInAgent(id: string): AgentEntry {
    const a = isValidId(id) ? this.#s.agents.get(toAgentId(id)) : undefined;
    if (a === undefined || !a.loggedIn) throw notFound(`agent ${id} is not logged in`);
    return a;
  }

  #contact(id: string): ContactEntry {
    const c = isValidId(id) ? this.#s.contacts.get(toContactId(id)) : undefined;
    if (c === undefined) throw notFound(`contact ${id} does not exist`);
    return c;
  }

  #holder(c: ContactEntry, agent: string): void {
    if (c.rec.agentId !== agent) throw precondition(`contact ${c.rec.id} is not held by agent ${agent}`);
  }

  #offeredTo(agent: string, contact: string): ContactEntry {
    this.#loggedInAgent(agent);
    const c = this.#contact(contact);
    if (c.rec.state !== 'offered' || c.rec.agentId !== agent) {
      throw precondition(`contact ${contact} is not offered to agent ${agent}`);
    }
    return c;
  }

  /** Wrap-up over (its time ran out, or there was none): the contact closes as it stands. */
  #closeByTimeout(c: ContactEntry, at: number): void {
    this.#emit({ type: 'contact.closed', at, contactId: c.rec.id, agentId: c.rec.agentId!, disposition: c.rec.disposition, notes: c.rec.notes, by: 'timeout' });
  }

  #hoursAt(q: CompiledQueue, at: number): HoursState | null {
    return q.hours === null ? null : q.hours.stateAt(at);
  }

  #full(q: CompiledQueue, channel: Channel): boolean {
    const max = q.maxWaiting[channel];
    return max !== undefined && this.#s.waitingCount(q.id, channel) >= max;
  }

  #reason(reason: unknown): string {
    if (!isValidId(reason)) throw invalid('reason must be a short code (letters, digits, . _ - : @)');
    return reason;
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

/** The id of a call's voicemail: `<call>:voicemail`, or `voicemail:<seq>` where that is too long for an id. */
function voicemailId(call: string, seq: number): ContactId {
  const id = `${call}:voicemail`;
  return toContactId(isValidId(id) ? id : `voicemail:${seq}`);
}

function* mapIter<T, U>(it: IterableIterator<T>, fn: (t: T) => U): IterableIterator<U> {
  for (const t of it) yield fn(t);
}
