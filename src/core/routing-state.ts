/**
 * The core's state and its indexes, changed only by applying events. The
 * router decides; this applies. Rebuilding from a snapshot plus the events
 * after it therefore gives exactly the state the router had (see
 * `Router.restore`), which is what persistence relies on.
 */
import { classKey, ClassTops, ContactClass, SkillIndex } from './contact-class.js';
import { ContactTimers, deadlineOf, maxWaitAt, TIMER_KINDS, TimerKind } from './contact-timers.js';
import type { CoreSnapshot } from './core-snapshot.js';
import { DirtyList } from './dirty-list.js';
import { CustomerHistory } from './customer-history.js';
import { SurveyBook } from './survey-book.js';
import { AgentEntry, CHANNEL_COUNT, CHANNEL_INDEX, ContactEntry, idleLess } from './entries.js';
import type { CoreEvent } from './events.js';
import type { AgentId, ContactId, QueueId } from './ids.js';
import { IdleList } from './idle-list.js';
import { primarySubtag } from './language.js';
import { QueueTallies } from './queue-tallies.js';
import { WaitingRanks } from './waiting-ranks.js';
import { CHANNELS, type AgentProfile, type Channel, type AgentRecord, type ContactRecord } from './model.js';
import { priorityAt, type CompiledConfig, type CompiledQueue, type Level } from './queue-config.js';

export class RoutingState {
  readonly config: CompiledConfig;
  readonly contacts = new Map<ContactId, ContactEntry>();
  readonly agents = new Map<AgentId, AgentEntry>();
  readonly classes = new Map<string, ContactClass>();
  /** Every class in creation order (agents extend their match lists from it); a class's `idx` is its place here. */
  readonly classList: ContactClass[] = [];
  /** The best waiting key of every class, by class index. */
  readonly tops = new ClassTops();
  readonly skillIndex = new SkillIndex();
  /** Per channel: available agents with a free slot for it, longest idle first. */
  readonly ready: IdleList<AgentEntry>[] = CHANNELS.map(() => new IdleList<AgentEntry>(idleLess));
  /** The contacts' deadlines, in the order they come due. */
  readonly timers = new ContactTimers(this.contacts);
  /** Queue -> loginSeq of the agent last offered one of its contacts. */
  readonly roundRobin = new Map<QueueId, number>();
  /** Waiting contacts per queue and channel, counted and ranked. */
  readonly #ranks = new WaitingRanks();
  /** Waiting contacts per queue, by channel index. */
  readonly waiting: ReadonlyMap<QueueId, Int32Array> = this.#ranks.counts;
  /** The wallboard's and the metrics' counts per queue and per (queue, channel, tier), kept as contacts change. */
  readonly tallies = new QueueTallies();
  /** Preferred agent -> contacts reserved for them (preferUntil set). */
  readonly reservedFor = new Map<AgentId, Set<ContactEntry>>();
  /** Agent -> contacts of its consultative transfers in progress (a slot of theirs held). */
  readonly consultHolds = new Map<AgentId, Set<ContactEntry>>();
  /** Handled contacts per customer (see `CustomerHistory`). */
  readonly history: CustomerHistory;
  readonly surveys: SurveyBook;
  contactSeq = 0;
  loginSeq = 0;
  /**
   * The instant the state is current at: the latest event applied, or the
   * router's start; every deadline up to it has taken effect. A restored
   * router owes the queues' closings after it (deadlines.ts
   * `QueueClosings`). Undefined: a snapshot from before it was kept, and no
   * event since.
   */
  at: number | undefined = undefined;
  /** What changed since the last match: the router reads and clears these. */
  readonly dirtyContacts = new DirtyList<ContactEntry>();
  readonly dirtyAgents = new DirtyList<AgentEntry>();
  /** Classes whose logged-in count fell to zero during the last logout. */
  readonly emptiedClasses = new Set<ContactClass>();
  #freeIdx: number[] = [];
  #nextIdx = 0;

  constructor(config: CompiledConfig) {
    this.config = config;
    this.#exclusive = CHANNELS.map((c) => config.exclusive.has(c));
    this.#interruptible = CHANNELS.map((c) => config.interruptible.has(c));
    const h = config.history;
    this.history = new CustomerHistory({
      perCustomer: h.perCustomer,
      maxEntries: h.maxEntries,
      windowMs: h.memoryWindowMs,
      maxBytes: h.maxBytes,
      notesMaxBytes: h.notesMaxBytes,
    });
    const sv = config.survey;
    this.surveys = new SurveyBook({ keep: sv.keepCompleted, windowMs: sv.memoryWindowMs, maxBytes: sv.maxBytes });
  }

  queue(id: QueueId): CompiledQueue {
    const q = this.config.queues.get(id);
    if (q === undefined) throw new Error(`unknown queue ${id}`);
    return q;
  }

  waitingCount(queue: QueueId, channel: Channel): number {
    return this.#ranks.count(queue, channel);
  }

  /** 1-based place of a waiting contact among the waiting contacts of its queue (every channel). */
  positionOf(c: ContactEntry): number {
    return this.#ranks.positionOf(c);
  }

  /** Waiting contacts of `queue` on the channel of `c` with a better routing key than `c`'s (`c` may wait elsewhere). O(log n). */
  aheadIn(c: ContactEntry, queue: QueueId): number {
    return this.#ranks.aheadIn(c, queue);
  }

  /** Puts the contacts that started waiting since the last call into their rank trees (see `WaitingRanks`). */
  flushRanks(): void {
    this.#ranks.flush();
    this.tallies.flush();
  }

  /** The routing class of a contact under its current level, created on first use. */
  classOf(c: ContactEntry, step = c.rec.step): ContactClass {
    const cached = c.classByStep[step];
    if (cached !== undefined) return cached;
    const cls = this.#classFor(c, step);
    c.classByStep[step] = cls;
    return cls;
  }

  #classFor(c: ContactEntry, step: number): ContactClass {
    return this.classAt(c.queue, step, c.rec.channel, c.rec.language, c.sortedSkills);
  }

  /** The routing class of a contact of this channel, language and (sorted) skills at level `step` of `queue`, created on first use. */
  classAt(queue: CompiledQueue, step: number, channel: Channel, language: string, sortedSkills: readonly (readonly [string, number])[]): ContactClass {
    const level = queue.levels[step]!;
    let memo = this.#classMemo.get(level);
    if (memo === undefined) this.#classMemo.set(level, (memo = new Map()));
    let profile = `${channel}|${language}|`;
    for (let i = 0; i < sortedSkills.length; i++) profile += `${sortedSkills[i]![0]}>=${sortedSkills[i]![1]};`;
    let cls = memo.get(profile);
    if (cls !== undefined) return cls;
    const key = classKey(channel, language, level, sortedSkills);
    cls = this.classes.get(key.sig);
    if (cls === undefined) {
      cls = new ContactClass(this.classList.length, this.tops, key.sig, channel, key.language, level.exactLanguage, key.pools, this.skillIndex);
      this.classes.set(key.sig, cls);
      this.classList.push(cls);
    }
    memo.set(profile, cls);
    return cls;
  }

  /**
   * Per level, the class of each contact profile (channel, language as
   * given, sorted skills) met so far: a contact's class is then one short
   * string and two map reads, where `classKey` merges the queue's
   * requirements into the contact's, sorts and caps them (a few
   * microseconds at every arrival and step change once queues have
   * requirements of their own). Classes are never dropped, so neither are
   * these.
   */
  readonly #classMemo = new Map<Level, Map<string, ContactClass>>();

  /** Per channel index, the indexes of the classes an agent's profile matches, brought up to date with new classes. */
  compatClassesOf(a: AgentEntry): readonly (readonly number[])[] {
    const list = this.classList;
    if (a.classCursor < list.length) {
      for (let i = a.classCursor; i < list.length; i++) {
        const cls = list[i]!;
        if (cls.matches(a)) a.compatByChannel[cls.chIdx]!.push(i);
      }
      a.classCursor = list.length;
    }
    return a.compatByChannel;
  }

  /** How many logged-in agents could serve a class (counted on first use). */
  loggedInCount(cls: ContactClass): number {
    if (cls.loggedIn < 0) {
      cls.loggedIn = 0;
      for (const a of this.agents.values()) if (a.loggedIn && cls.matches(a)) cls.loggedIn++;
      this.#countedClasses.push(cls);
    }
    return cls.loggedIn;
  }

  readonly #countedClasses: ContactClass[] = [];

  // ---- capacity -------------------------------------------------------

  /** Rule 5: whether the agent has a free slot for channel index `ch`. */
  canTake(a: AgentEntry, ch: number): boolean {
    if (a.held[ch]! >= a.cap[ch]!) return false;
    if (a.exclusiveHeld > 0) return false;
    if (this.#exclusive[ch] && a.nonInterruptibleHeld > 0) return false;
    return true;
  }

  readonly #exclusive: readonly boolean[];
  readonly #interruptible: readonly boolean[];

  /** Puts the agent into, or takes it out of, each channel's ready heap. */
  refreshReady(a: AgentEntry, idleChanged = false): void {
    const available = a.rec.presence === 'available';
    for (let ch = 0; ch < CHANNEL_COUNT; ch++) {
      const should = available && this.canTake(a, ch);
      const ready = this.ready[ch]!;
      const listed = ready.has(a);
      if (should) {
        if (!listed) ready.insert(a);
        else if (idleChanged) ready.update(a);
      } else if (listed) ready.remove(a);
    }
  }

  #hold(a: AgentEntry, c: ContactEntry): void {
    a.rec.contacts.push(c.rec.id);
    this.#count(a, c, 1);
  }

  /** Slot counters of a held contact; a consultative transfer holds the slot without the contact. */
  #count(a: AgentEntry, c: ContactEntry, d: 1 | -1): void {
    a.held[c.chIdx]! += d;
    if (this.#exclusive[c.chIdx]) a.exclusiveHeld += d;
    if (!this.#interruptible[c.chIdx]) a.nonInterruptibleHeld += d;
  }

  #unlist(agentId: AgentId, c: ContactEntry): AgentEntry {
    const a = this.agents.get(agentId)!;
    const list = a.rec.contacts;
    const i = list.indexOf(c.rec.id);
    if (i >= 0) {
      // By hand: splice allocates the array of what it removed.
      for (let k = i; k < list.length - 1; k++) list[k] = list[k + 1]!;
      list.pop();
    }
    return a;
  }

  #release(agentId: AgentId, c: ContactEntry): AgentEntry {
    const a = this.#unlist(agentId, c);
    this.#count(a, c, -1);
    return a;
  }

  #setConsult(c: ContactEntry, agent: AgentEntry | null): void {
    const prev = c.rec.consultBy;
    if (prev !== null) {
      const set = this.consultHolds.get(prev);
      set?.delete(c);
      if (set?.size === 0) this.consultHolds.delete(prev);
    }
    c.rec.consultBy = agent === null ? null : agent.id;
    if (agent !== null) {
      let set = this.consultHolds.get(agent.id);
      if (set === undefined) this.consultHolds.set(agent.id, (set = new Set()));
      set.add(c);
    }
  }

  /** After an agent's slots changed: ready lists, matching, and dropping a logged-out agent with nothing left. */
  #slotsChanged(a: AgentEntry): void {
    this.refreshReady(a);
    if (a.rec.presence === 'available') this.dirtyAgents.add(a);
    this.#dropIfGone(a);
  }

  #dropIfGone(a: AgentEntry): void {
    if (a.rec.presence === 'offline' && a.rec.contacts.length === 0 && !this.consultHolds.has(a.id)) {
      this.agents.delete(a.id);
      this.#freeIdx.push(a.idx);
      this.dirtyAgents.delete(a);
    }
  }

  // ---- waiting ----------------------------------------------------------

  #enterWaiting(c: ContactEntry): void {
    c.rec.state = 'waiting';
    c.rec.agentId = null;
    c.rec.deadline = null;
    c.rec.offerWhy = null;
    const cls = this.classOf(c);
    c.cls = cls;
    cls.add(c);
    this.#ranks.enter(c);
    this.tallies.enter(c);
    // Out of `scheduled`: a follow-up is no longer counted as scheduled.
    if (c.tallyMarks !== 0) this.tallies.mark(c);
    const next = c.queue.levels[c.rec.step + 1];
    if (next !== undefined) this.timers.armLater(c, TimerKind.step, c.rec.firstArrival + next.afterMs);
    // Armed again at every return to waiting, as the step is: a deadline passed while offered is gone from the heap.
    const limit = maxWaitAt(c);
    if (limit !== null) this.timers.armLater(c, TimerKind.maxWait, limit);
    this.dirtyContacts.add(c);
    // A logout re-checks skips only in classes it empties, so the class of a
    // waiting contact at a skip-if-unserved level must be counted. Count it
    // here, where replayed events and loaded snapshots pass too, not only
    // where the router decides: else a restored router misses those skips.
    const levels = c.queue.levels;
    if (levels[c.rec.step]!.skipIfUnserved && c.rec.step < levels.length - 1) this.loggedInCount(cls);
  }

  #leaveWaiting(c: ContactEntry): void {
    c.cls?.delete(c);
    c.cls = null;
    this.#ranks.leave(c);
    this.tallies.leave(c);
    this.dirtyContacts.delete(c);
  }

  /** A new level in force; a step may raise the contact's priority (DESIGN §3.1), never lower it. */
  #setStep(c: ContactEntry, step: number): void {
    c.rec.step = step;
    c.rec.priority = priorityAt(c.queue, step, c.rec.priority);
  }

  #setReserved(c: ContactEntry, until: number | null): void {
    const pref = c.rec.preferredAgentId;
    if (c.rec.preferUntil !== null && pref !== null) {
      const set = this.reservedFor.get(pref);
      set?.delete(c);
      if (set?.size === 0) this.reservedFor.delete(pref);
    }
    c.rec.preferUntil = until;
    if (until !== null && pref !== null) {
      let set = this.reservedFor.get(pref);
      if (set === undefined) this.reservedFor.set(pref, (set = new Set()));
      set.add(c);
      this.timers.arm(c, TimerKind.prefer, until);
    }
  }

  #schedule(c: ContactEntry, at: number): void {
    c.rec.state = 'scheduled';
    c.rec.deadline = at;
    this.timers.arm(c, TimerKind.due, at);
    this.tallies.mark(c);
  }

  #removeContact(c: ContactEntry): void {
    this.#setReserved(c, null);
    this.tallies.mark(c, true);
    this.contacts.delete(c.rec.id);
    this.dirtyContacts.delete(c);
  }

  // ---- agents -----------------------------------------------------------

  #setProfile(a: AgentEntry, profile: AgentProfile): void {
    const skills = Object.entries(profile.skills);
    for (const [name] of skills) this.skillIndex.of(name);
    a.skillLevels = new Uint8Array(this.skillIndex.size);
    for (const [name, level] of skills) a.skillLevels[this.skillIndex.of(name)] = level;
    a.queueSet = new Set(profile.queues);
    a.exactLangs = new Set(profile.languages.map((l) => l.toLowerCase()));
    a.primaryLangs = new Set(profile.languages.map(primarySubtag));
    for (const ch of CHANNELS) a.cap[CHANNEL_INDEX[ch]] = profile.capacity[ch] ?? 0;
  }

  /** At login: forget cached matches (the profile may differ) and count the agent in. */
  #attachClasses(a: AgentEntry): void {
    a.compatByChannel = [[], [], [], []];
    a.classCursor = 0;
    for (const cls of this.classList) cls.forget(a);
    for (const cls of this.#countedClasses) if (cls.matches(a)) cls.loggedIn++;
  }

  #detachClasses(a: AgentEntry): void {
    for (const cls of this.#countedClasses) {
      if (cls.matches(a) && --cls.loggedIn === 0) this.emptiedClasses.add(cls);
    }
    a.compatByChannel = [[], [], [], []];
    a.classCursor = 0;
  }

  #allocIdx(): number {
    return this.#freeIdx.pop() ?? this.#nextIdx++;
  }

  // ---- events -------------------------------------------------------------

  /**
   * Applies one event. The router calls this for every event it emits,
   * passing the entries it already holds for the event's contact and agent
   * (a lookup in a map of 100,000 contacts is a few cache misses); replay
   * passes the event alone.
   */
  apply(e: CoreEvent, contact?: ContactEntry, agent?: AgentEntry): void {
    if (this.at === undefined || e.at > this.at) this.at = e.at;
    switch (e.type) {
      case 'agent.logged_in': {
        const existing = this.agents.get(e.agentId);
        const rec: AgentRecord = {
          id: e.agentId,
          skills: { ...e.profile.skills },
          // As the agent gave them (`fr-CA`): matching goes through the lower-cased sets of `#setProfile`.
          languages: [...e.profile.languages],
          capacity: { ...e.profile.capacity },
          queues: e.profile.queues as QueueId[],
          presence: e.presence,
          awayReason: e.reason,
          loginSeq: e.loginSeq,
          idleSince: e.at,
          missedInRow: 0,
          contacts: existing ? existing.rec.contacts : [],
          presenceSince: e.at,
        };
        const a = existing ?? new AgentEntry(this.#allocIdx(), rec);
        a.rec = rec;
        this.agents.set(e.agentId, a);
        this.loginSeq = Math.max(this.loginSeq, e.loginSeq);
        this.#setProfile(a, e.profile);
        this.#attachClasses(a);
        this.refreshReady(a, true);
        if (e.presence === 'available') this.dirtyAgents.add(a);
        return;
      }
      case 'agent.presence_changed': {
        const a = this.agents.get(e.agentId)!;
        a.rec.presence = e.presence;
        a.rec.awayReason = e.reason;
        a.rec.presenceSince = e.at;
        const becameAvailable = e.presence === 'available';
        if (becameAvailable) a.rec.idleSince = e.at;
        this.refreshReady(a, becameAvailable);
        if (becameAvailable) this.dirtyAgents.add(a);
        else this.dirtyAgents.delete(a);
        return;
      }
      case 'agent.logged_out': {
        const a = this.agents.get(e.agentId)!;
        a.rec.presence = 'offline';
        a.rec.awayReason = null;
        a.rec.presenceSince = e.at;
        this.#detachClasses(a);
        this.refreshReady(a);
        this.dirtyAgents.delete(a);
        this.#dropIfGone(a);
        return;
      }
      case 'contact.created': {
        const queue = this.queue(e.contact.queueId);
        const rec: ContactRecord = {
          ...e.contact,
          // Events recorded before the workflows lack these fields.
          repeatOf: e.contact.repeatOf ?? null,
          preferredBy: e.contact.preferredBy ?? null,
          disposition: e.contact.disposition ?? null,
          notes: e.contact.notes ?? null,
          consultBy: e.contact.consultBy ?? null,
          handoff: e.contact.handoff ?? null,
          offerWhy: null,
          // A copy: dial attempts are counted on it.
          callback: e.contact.callback == null ? null : { ...e.contact.callback },
          followUp: e.contact.followUp ?? null,
          declinedBy: [...e.contact.declinedBy],
          transfers: [...(e.contact.transfers ?? [])],
          preferUntil: null,
        };
        const c = new ContactEntry(rec, queue);
        this.contacts.set(rec.id, c);
        this.contactSeq = Math.max(this.contactSeq, rec.seq);
        // A call to a closed queue may be created as a callback at its opening.
        if (rec.state === 'scheduled') this.#schedule(c, rec.deadline!);
        else this.#enterWaiting(c);
        this.tallies.mark(c);
        this.#setReserved(c, e.contact.preferUntil);
        return;
      }
      case 'contact.step_changed': {
        const c = this.contacts.get(e.contactId)!;
        const waiting = c.rec.state === 'waiting';
        if (waiting) this.#leaveWaiting(c);
        this.#setStep(c, e.step);
        if (waiting) this.#enterWaiting(c);
        return;
      }
      case 'contact.preference_ended': {
        const c = this.contacts.get(e.contactId)!;
        this.#setReserved(c, null);
        if (c.rec.state === 'waiting') this.dirtyContacts.add(c);
        return;
      }
      case 'contact.offered': {
        const c = contact ?? this.contacts.get(e.contactId)!;
        const a = agent ?? this.agents.get(e.agentId)!;
        this.#leaveWaiting(c);
        this.#setReserved(c, null);
        c.rec.state = 'offered';
        c.rec.agentId = a.id;
        c.rec.deadline = e.expiresAt;
        c.rec.offerWhy = e.why ?? null;
        this.#hold(a, c);
        a.rec.idleSince = e.at;
        this.roundRobin.set(c.rec.queueId, a.rec.loginSeq);
        this.refreshReady(a, true);
        if (e.expiresAt !== null) this.timers.arm(c, TimerKind.offer, e.expiresAt);
        return;
      }
      case 'contact.offer_rejected':
      case 'contact.offer_expired':
      case 'contact.offer_revoked': {
        const c = this.contacts.get(e.contactId)!;
        const a = this.#release(e.agentId, c);
        if (e.type !== 'contact.offer_revoked') c.addDeclined(a.id);
        if (e.type === 'contact.offer_expired') a.rec.missedInRow = e.missedInRow;
        this.#enterWaiting(c);
        this.refreshReady(a);
        if (a.rec.presence === 'available') this.dirtyAgents.add(a);
        this.#dropIfGone(a);
        return;
      }
      case 'contact.accepted': {
        const c = this.contacts.get(e.contactId)!;
        c.rec.state = 'active';
        c.rec.deadline = null;
        this.agents.get(e.agentId)!.rec.missedInRow = 0;
        return;
      }
      case 'contact.ended': {
        const c = this.contacts.get(e.contactId)!;
        c.rec.state = 'wrap_up';
        c.rec.deadline = e.wrapUpUntil;
        if (e.wrapUpUntil !== null && e.wrapUpUntil > e.at) this.timers.arm(c, TimerKind.wrap, e.wrapUpUntil);
        return;
      }
      case 'contact.closed': {
        const c = contact ?? this.contacts.get(e.contactId)!;
        const a = this.#release(e.agentId, c);
        this.#removeContact(c);
        this.history.append(c.rec.customer.id, {
          contactId: c.rec.id,
          queueId: c.rec.queueId,
          channel: c.rec.channel,
          agentId: e.agentId,
          startedAt: c.rec.firstArrival,
          endedAt: e.at,
          disposition: e.disposition,
          notes: e.notes,
        });
        this.surveys.closed(
          c.rec.id,
          c.rec.queueId,
          c.rec.channel,
          c.rec.customer.tier,
          e.agentId,
          e.at,
          c.rec.customer.id,
          c.rec.language,
          c.rec.skills,
          c.rec.owner?.integration,
        );
        a.rec.idleSince = e.at;
        this.refreshReady(a, true);
        if (a.rec.presence === 'available') this.dirtyAgents.add(a);
        this.#dropIfGone(a);
        return;
      }
      case 'contact.abandoned': {
        const c = this.contacts.get(e.contactId)!;
        if (c.rec.state === 'waiting') this.#leaveWaiting(c);
        else if (c.rec.agentId !== null) {
          const a = this.#release(c.rec.agentId, c);
          this.refreshReady(a);
          if (a.rec.presence === 'available') this.dirtyAgents.add(a);
          this.#dropIfGone(a);
        }
        this.#removeContact(c);
        return;
      }
      case 'contact.requeued': {
        const c = this.contacts.get(e.contactId)!;
        const a = this.#release(e.agentId, c);
        this.#enterWaiting(c);
        this.refreshReady(a);
        if (a.rec.presence === 'available') this.dirtyAgents.add(a);
        this.#dropIfGone(a);
        return;
      }
      case 'contact.connected': {
        const c = this.contacts.get(e.contactId)!;
        c.rec.connectedAt = e.at;
        this.tallies.mark(c);
        return;
      }
      case 'contact.hold_changed': {
        this.contacts.get(e.contactId)!.rec.onHold = e.onHold;
        return;
      }
      case 'contact.transferred': {
        const c = this.contacts.get(e.contactId)!;
        const consult = e.transfer.mode === 'consult';
        const a = consult ? this.#unlist(e.agentId, c) : this.#release(e.agentId, c);
        if (consult) this.#setConsult(c, a);
        c.rec.transfers.push({ ...e.transfer });
        c.rec.queueId = e.queueId;
        c.queue = this.queue(e.queueId);
        c.classByStep.length = 0;
        this.#setStep(c, e.step);
        c.rec.preferredAgentId = e.preferredAgentId === undefined ? e.transfer.toAgentId : e.preferredAgentId;
        if (e.transfer.toAgentId !== null) c.rec.preferredBy = 'transfer';
        else if (c.rec.preferredAgentId === null) c.rec.preferredBy = null;
        c.resetDeclined([e.agentId]);
        this.#enterWaiting(c);
        this.tallies.mark(c);
        this.#setReserved(c, e.preferUntil);
        this.#slotsChanged(a);
        return;
      }
      case 'contact.transfer_completed': {
        const c = this.contacts.get(e.contactId)!;
        const a = this.agents.get(e.agentId)!;
        this.#setConsult(c, null);
        this.#count(a, c, -1);
        this.#slotsChanged(a);
        return;
      }
      case 'contact.transfer_cancelled': {
        const c = this.contacts.get(e.contactId)!;
        if (c.rec.state === 'waiting') this.#leaveWaiting(c);
        else if (e.offeredTo !== null) this.#slotsChanged(this.#release(e.offeredTo, c));
        this.#setReserved(c, null);
        this.#setConsult(c, null);
        const a = this.agents.get(e.agentId)!;
        a.rec.contacts.push(c.rec.id);
        c.rec.state = 'active';
        c.rec.agentId = a.id;
        c.rec.deadline = null;
        c.rec.queueId = e.queueId;
        c.queue = this.queue(e.queueId);
        c.classByStep.length = 0;
        this.#setStep(c, e.step);
        c.rec.preferredAgentId = null;
        c.rec.preferredBy = null;
        this.tallies.mark(c);
        return;
      }
      case 'contact.callback_requested': {
        const c = this.contacts.get(e.contactId)!;
        (c.rec as { callback: ContactRecord['callback'] }).callback = { number: e.number, requestedAt: e.at, attempts: 0 };
        this.tallies.mark(c);
        return;
      }
      case 'contact.callback_dialing':
        this.contacts.get(e.contactId)!.rec.callback!.attempts = e.attempt;
        return;
      case 'contact.callback_failed': {
        const c = this.contacts.get(e.contactId)!;
        const a = this.#release(e.agentId, c);
        c.rec.agentId = null;
        c.rec.connectedAt = null;
        c.rec.onHold = false;
        if (e.retryAt === null) this.#removeContact(c);
        else this.#schedule(c, e.retryAt);
        this.#slotsChanged(a);
        return;
      }
      case 'contact.follow_up_scheduled': {
        const rec: ContactRecord = { ...e.contact, declinedBy: [...e.contact.declinedBy], transfers: [...e.contact.transfers], preferUntil: null };
        const c = new ContactEntry(rec, this.queue(rec.queueId));
        this.contacts.set(rec.id, c);
        this.contactSeq = Math.max(this.contactSeq, rec.seq);
        this.#schedule(c, rec.deadline!);
        return;
      }
      case 'contact.follow_up_cancelled':
        this.#removeContact(this.contacts.get(e.contactId)!);
        return;
      case 'contact.follow_up_rescheduled': {
        const c = this.contacts.get(e.contactId)!;
        const r = c.rec as { firstArrival: number; virtualArrival: number; followUp: ContactRecord['followUp'] };
        r.firstArrival = e.dueAt;
        r.virtualArrival = e.virtualArrival;
        r.followUp = { ...r.followUp!, dueAt: e.dueAt };
        this.tallies.rearrived(c);
        this.#schedule(c, e.dueAt);
        return;
      }
      case 'contact.due': {
        const c = this.contacts.get(e.contactId)!;
        this.#setStep(c, e.step);
        this.#enterWaiting(c);
        this.#setReserved(c, e.preferUntil);
        return;
      }
      case 'contact.survey_answered':
        this.surveys.answered(e.contactId, e.agentId, e.helpful, e.about ?? null);
        return;
      case 'contact.wrap_up_recorded': {
        const c = this.contacts.get(e.contactId)!;
        c.rec.disposition = e.disposition;
        c.rec.notes = e.notes;
        return;
      }
      case 'contact.updated': {
        const c = this.contacts.get(e.contactId)!;
        const waiting = c.rec.state === 'waiting';
        if (waiting) this.#leaveWaiting(c);
        c.rec.priority = e.priority;
        c.rec.queueId = e.queueId;
        c.queue = this.queue(e.queueId);
        c.classByStep.length = 0;
        this.#setStep(c, e.step);
        if (c.rec.preferUntil !== e.preferUntil) this.#setReserved(c, e.preferUntil);
        if (waiting) this.#enterWaiting(c);
        this.tallies.mark(c);
        return;
      }
    }
  }

  // ---- snapshots ------------------------------------------------------------

  snapshot(copy = true): CoreSnapshot {
    const live: CoreSnapshot = {
      version: 1 as const,
      contactSeq: this.contactSeq,
      loginSeq: this.loginSeq,
      roundRobin: [...this.roundRobin],
      agents: [...this.agents.values()].map((a) => a.rec),
      contacts: [...this.contacts.values()].sort((x, y) => x.rec.seq - y.rec.seq).map((c) => c.rec),
    };
    const snap = copy ? structuredClone(live) : live;
    // Optional parts only when non-empty: an idle core's snapshot stays the minimal one.
    const out: { -readonly [K in keyof CoreSnapshot]: CoreSnapshot[K] } = snap;
    if (this.at !== undefined) out.at = this.at;
    if (this.history.size > 0) out.history = this.history.image();
    if (!this.surveys.empty) out.surveys = this.surveys.image();
    if (this.timers.seq > 0) {
      const timers: [string, TimerKind, number][] = [];
      for (const rec of live.contacts) {
        const c = this.contacts.get(rec.id)!;
        for (const kind of TIMER_KINDS) if (deadlineOf(c, kind) !== null) timers.push([rec.id, kind, c.armed[kind]!]);
      }
      out.timers = timers;
      out.timerSeq = this.timers.seq;
    }
    return out;
  }

  /**
   * Loads a snapshot into this (empty) state. With `adopt` the state takes
   * the snapshot's records as its own (a snapshot just parsed from JSON,
   * nobody else holds it): no deep copy, which is half the recovery time at
   * 100,000 contacts.
   */
  load(snap: CoreSnapshot, adopt = false): void {
    const s = adopt ? snap : structuredClone(snap);
    this.contactSeq = s.contactSeq;
    this.loginSeq = s.loginSeq;
    this.at = s.at;
    for (const [q, n] of s.roundRobin) this.roundRobin.set(q as QueueId, n);
    for (const rec of s.agents) {
      const a = new AgentEntry(this.#allocIdx(), rec as AgentRecord);
      this.agents.set(rec.id, a);
      this.#setProfile(a, rec);
      // Before any class exists: classes counted below already include it.
      if (a.loggedIn) this.#attachClasses(a);
    }
    this.history.load(s.history ?? []);
    if (s.surveys !== undefined) this.surveys.load(s.surveys);
    for (const rec of s.contacts) {
      // Snapshots from before the workflows lack these fields.
      const r = rec as { repeatOf?: unknown; disposition?: unknown; notes?: unknown };
      r.repeatOf ??= null;
      (rec as { preferredBy?: unknown }).preferredBy ??= null;
      r.disposition ??= null;
      r.notes ??= null;
      (rec as { transfers?: unknown }).transfers ??= [];
      (rec as { consultBy?: unknown }).consultBy ??= null;
      (rec as { handoff?: unknown }).handoff ??= null;
      (rec as { offerWhy?: unknown }).offerWhy ??= null;
      (rec as { callback?: unknown }).callback ??= null;
      (rec as { followUp?: unknown }).followUp ??= null;
      const c = new ContactEntry(rec as ContactRecord, this.queue(rec.queueId));
      this.contacts.set(rec.id, c);
      const until = rec.preferUntil;
      (c.rec as { preferUntil: number | null }).preferUntil = null;
      if (rec.state === 'waiting') this.#enterWaiting(c);
      else if (rec.state === 'scheduled') this.timers.arm(c, TimerKind.due, rec.deadline!);
      else {
        const a = this.agents.get(rec.agentId!)!;
        a.held[c.chIdx]!++;
        if (this.#exclusive[c.chIdx]) a.exclusiveHeld++;
        if (!this.#interruptible[c.chIdx]) a.nonInterruptibleHeld++;
        if (rec.deadline !== null) {
          const kind = rec.state === 'offered' ? TimerKind.offer : TimerKind.wrap;
          if (rec.state !== 'active') this.timers.arm(c, kind, rec.deadline);
        }
      }
      this.tallies.mark(c);
      this.#setReserved(c, until);
      const by = rec.consultBy === null ? undefined : this.agents.get(rec.consultBy);
      if (by !== undefined) {
        this.#count(by, c, 1);
        this.#setConsult(c, by);
      }
    }
    // The arming order of the deadlines in force, as the snapshot recorded it.
    for (const [id, kind, seq] of s.timers ?? []) {
      const c = this.contacts.get(id as ContactId);
      const time = c === undefined ? null : deadlineOf(c, kind);
      if (c !== undefined && time !== null) this.timers.arm(c, kind, time, seq);
    }
    if (s.timerSeq !== undefined) this.timers.seq = s.timerSeq;
    // In idle order, so that each ready-list insertion lands at the tail.
    const byIdle = [...this.agents.values()].sort((x, y) => (idleLess(x, y) ? -1 : idleLess(y, x) ? 1 : 0));
    for (const a of byIdle) this.refreshReady(a, true);
    this.flushRanks();
    this.clearDirty();
  }

  clearDirty(): void {
    this.dirtyAgents.clear();
    this.dirtyContacts.clear();
    this.emptiedClasses.clear();
  }
}
