/**
 * The supervisor's live picture of the floor, kept from the subscription's
 * snapshot and then every core event (no polling): contacts by state, agents
 * with their profile, presence and contacts, and the counts of the day per
 * queue (answered, within the service level, total answer wait, abandons,
 * transfers, escalations, callbacks and follow-ups scheduled) and per agent
 * (survey answers, reasons of each "no"). The counts start from the
 * snapshot's (the server keeps them since the start of its day, see
 * `src/gateway/floor-stats.ts`) and go on by the same rules from the stream
 * (`src/metrics/queue-segment.ts`, which Prometheus follows too); from a
 * server that sends none, they count from when the board opened.
 * Waiting means waiting for an offer, as in the snapshot and Prometheus: a
 * contact ringing at an agent is counted apart, as ringing.
 * The snapshot lists contacts a page at a time (the oldest first) while
 * its first page has every queue's true totals: until the last page is in,
 * each queue counts the contacts not listed yet from those totals
 * (`#unlisted`), so the counts are right past the page limit.
 * A sample of the waits is taken every few seconds for the chart.
 */
import type {
  AgentFiguresMsg,
  AgentMsg,
  AgentSurveyCountersMsg,
  AgentProfileMsg,
  ContactMsg,
  EventKind,
  EventPayloads,
  FloorStatsMsg,
  OfferReasonMsg,
  SnapshotMsg,
} from '../../../src/protocol/messages.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import type { QueueCounts } from '../../../src/insights/floor-stats.js';
import { QueueSegment, type HandOn } from '../../../src/insights/queue-segment.js';
import { StateClock, stateKey } from '../../../src/insights/state-clock.js';

/** The same counts the server keeps (src/insights/floor-stats.ts) and sends in the snapshot. */
export type { QueueCounts };

const zeroCounts = (): QueueCounts => ({
  answered: 0,
  answeredInSl: 0,
  answerWaitMs: 0,
  abandoned: 0,
  transfers: 0,
  escalations: 0,
  callbacksScheduled: 0,
  followUpsScheduled: 0,
});

/** "Was this helpful?" per agent, and the reason of each "no", over the same span as the queue counts. */
export interface AgentSurveys {
  yes: number;
  /** "No" answers about the agent: the only ones that count in their figures. */
  no: number;
  /** "No" answers about a policy or the product. */
  notAboutAgent: number;
  /** Reason of each "no" (about the agent or not) -> how many. */
  readonly reasons: Map<string, number>;
}

export interface AgentView {
  readonly id: string;
  readonly presence: string;
  readonly awayReason: string | undefined;
  readonly contacts: readonly string[];
  /** Skills, languages, capacity and queues, as logged in. */
  readonly profile: AgentProfileMsg;
}

export interface QueueStats {
  readonly id: string;
  readonly name: string;
  /** Closed by its hours of operation (as the last snapshot said): until then, or null when no opening is scheduled; undefined when open. */
  readonly closedUntil?: number | null;
  /** Waiting for an offer (not ringing). */
  readonly waiting: number;
  /** Offered, ringing at an agent. */
  readonly ringing: number;
  /** Signed-in agents serving the queue, and those of them available now. */
  readonly staffed: number;
  readonly available: number;
  readonly oldestWaitMs: number | undefined;
  /** Share answered within the threshold; undefined before the first answer. */
  readonly serviceLevel: number | undefined;
  readonly target: { readonly thresholdSeconds: number; readonly target: number } | undefined;
  readonly asaMs: number | undefined;
  readonly answered: number;
  readonly abandoned: number;
  readonly transfers: number;
  readonly escalations: number;
  /** Callbacks requested and follow-ups scheduled (counts). */
  readonly callbacksScheduled: number;
  readonly followUpsScheduled: number;
  /** Callers waiting off the line for a callback, and follow-ups not yet due, now. */
  readonly callbacks: number;
  readonly followUps: number;
  readonly primeOldestMs: number | undefined;
  readonly standardOldestMs: number | undefined;
}

export interface Sample {
  readonly at: number;
  /** Queue id -> oldest wait (ms, 0 when nobody waits). */
  readonly oldest: Readonly<Record<string, number>>;
}

export const CHART_MINUTES = 10;

/** What a contact counts as in its queue's counts, as the snapshot and Prometheus count. */
function kinds(c: ContactMsg): { waiting: number; callback: number; followUp: number } {
  return {
    waiting: c.state === 'waiting' ? 1 : 0,
    callback: c.callback !== undefined && c.connectedAt === undefined ? 1 : 0,
    followUp: c.followUp !== undefined && c.state === 'scheduled' ? 1 : 0,
  };
}

const primary = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export class Floor {
  readonly openedAt = Date.now();
  readonly contacts = new Map<string, ContactMsg>();
  /** Why each live contact's latest offer went to its agent (from `contactOffered`). */
  readonly offerWhy = new Map<string, OfferReasonMsg>();
  readonly agents = new Map<string, AgentView>();
  readonly counts = new Map<string, QueueCounts>();
  readonly surveys = new Map<string, AgentSurveys>();
  /**
   * The day's figures per agent as the server keeps them (handled, talk,
   * hold, wrap-up, occupancy, repeats, surveys by category): from the
   * snapshot's pages (`agentFigures`), then each `agentFiguresChanged`
   * replaces the agents it lists. Empty from a server that sends none.
   */
  readonly figures = new Map<string, AgentFiguresMsg>();
  /** The start of the day the figures are of (a push of a later day starts them over). */
  figuresSince: number | undefined;
  /** Queues closed by their hours of operation at the last snapshot -> until when (null: no opening scheduled). */
  readonly #closed = new Map<string, number | null>();
  /** Start of the counts: the server's (start of its day) once a snapshot gave them, else when the board opened. */
  since = this.openedAt;
  /** Whether the counts came from the server (a snapshot with `floorStats`). */
  fromServer = false;
  /** When the server starts its counts over (a fresh snapshot is due then), if ever. */
  resetsAt: number | undefined;
  /** Which queue each contact counts in, and whether it was answered there. */
  readonly #segments = new Map<string, QueueSegment>();
  /** Each agent's time in state: the server's from the snapshot, then the events' times (state-clock.ts). */
  readonly #clocks = new Map<string, StateClock>();
  readonly samples: Sample[] = [];
  /**
   * While the snapshot's later pages are still to come: per queue, the
   * contacts of the first page's totals not listed yet (waiting, waiting
   * for a callback, follow-ups not due) and the oldest arrival. Each page's
   * newly listed contacts take their place; the last page clears it.
   */
  readonly #unlisted = new Map<string, { waiting: number; callbacks: number; followUps: number; oldestArrival: number | undefined }>();
  /** Contacts the server holds (the snapshot's total), while pages are still coming; undefined once all are listed. */
  contactsTotal: number | undefined;
  #site: SiteInfo | undefined;
  #queueNames = new Map<string, string>();

  constructor(site: SiteInfo | undefined) {
    this.#site = site;
    for (const q of site?.queues ?? []) this.#queueNames.set(q.id, q.name);
  }

  set site(site: SiteInfo) {
    this.#site = site;
    for (const q of site.queues) this.#queueNames.set(q.id, q.name);
  }

  #count(queueId: string): QueueCounts {
    let c = this.counts.get(queueId);
    if (c === undefined) this.counts.set(queueId, (c = zeroCounts()));
    return c;
  }

  /**
   * Replaces the picture with a snapshot, counts included when it carries
   * the server's (a reconnection or a new day loads them afresh: the server
   * went on counting meanwhile). Without them, the counts since opening stay.
   */
  load(s: SnapshotMsg): void {
    this.contacts.clear();
    this.agents.clear();
    this.#segments.clear();
    this.#clocks.clear();
    for (const q of s.queues ?? []) if (q.name !== undefined) this.#queueNames.set(q.id, q.name);
    this.#closed.clear();
    for (const q of s.queues ?? []) if (q.closed === true) this.#closed.set(q.id, q.closedUntil ?? null);
    this.offerWhy.clear();
    for (const c of s.contacts ?? []) {
      this.contacts.set(c.id, c);
      if (c.why !== undefined) this.offerWhy.set(c.id, c.why);
      // Answered before the snapshot (its counts have it): not again if it is accepted anew.
      this.#segments.set(c.id, QueueSegment.of(c));
    }
    for (const a of s.agents ?? []) this.#putAgent(a);
    this.#unlisted.clear();
    this.contactsTotal = undefined;
    if (s.nextCursor !== undefined) {
      this.contactsTotal = s.contactsTotal;
      const listed = new Map<string, { waiting: number; callbacks: number; followUps: number }>();
      for (const c of this.contacts.values()) {
        const k = kinds(c);
        const n = listed.get(c.queueId) ?? { waiting: 0, callbacks: 0, followUps: 0 };
        n.waiting += k.waiting;
        n.callbacks += k.callback;
        n.followUps += k.followUp;
        listed.set(c.queueId, n);
      }
      for (const q of s.queues ?? []) {
        const n = listed.get(q.id);
        this.#unlisted.set(q.id, {
          waiting: Math.max(0, (q.waiting ?? 0) - (n?.waiting ?? 0)),
          callbacks: Math.max(0, (q.callbacks ?? 0) - (n?.callbacks ?? 0)),
          followUps: Math.max(0, (q.followUps ?? 0) - (n?.followUps ?? 0)),
          oldestArrival: q.oldestArrival,
        });
      }
    }
    if (s.floorStats !== undefined) {
      this.#loadCounts(s.floorStats);
      this.#putFigures(s);
    } else {
      for (const v of s.agentSurveys ?? []) {
        const x = this.#survey(v.agentId);
        x.yes = v.yes ?? 0;
        x.no = v.no ?? 0;
        x.notAboutAgent = v.notAboutAgent ?? 0;
      }
    }
  }

  /**
   * Takes in a later page of the snapshot: its agents and contacts are newer
   * than every event received before it, so they replace what is known.
   */
  addPage(s: SnapshotMsg): void {
    for (const c of s.contacts ?? []) {
      // Newly listed (not known from an event): no longer counted from the totals.
      const u = this.contacts.has(c.id) ? undefined : this.#unlisted.get(c.queueId);
      if (u !== undefined) {
        const k = kinds(c);
        u.waiting = Math.max(0, u.waiting - k.waiting);
        u.callbacks = Math.max(0, u.callbacks - k.callback);
        u.followUps = Math.max(0, u.followUps - k.followUp);
      }
      this.contacts.set(c.id, c);
      if (c.why !== undefined) this.offerWhy.set(c.id, c.why);
      // Answered before this page (the day's counts have it): not again if it is accepted anew.
      if (!this.#segments.has(c.id)) this.#segments.set(c.id, QueueSegment.of(c));
    }
    for (const a of s.agents ?? []) this.#putAgent(a);
    this.#putFigures(s);
    if (s.nextCursor === undefined) {
      // Every contact is listed now: the board counts them all itself.
      this.#unlisted.clear();
      this.contactsTotal = undefined;
    }
    this.onPage?.();
  }

  /** Told when a page came in (the board redraws). */
  onPage: (() => void) | undefined;

  #loadCounts(f: FloorStatsMsg): void {
    this.fromServer = true;
    this.since = f.since;
    this.resetsAt = f.resetsAt;
    this.counts.clear();
    for (const q of f.queues ?? []) {
      // proto3 leaves zeros out of a binary frame: absent means 0.
      this.counts.set(q.queueId, {
        answered: q.answered ?? 0,
        answeredInSl: q.answeredInSl ?? 0,
        answerWaitMs: q.answerWaitMs ?? 0,
        abandoned: q.abandoned ?? 0,
        transfers: q.transfers ?? 0,
        escalations: q.escalations ?? 0,
        callbacksScheduled: q.callbacksScheduled ?? 0,
        followUpsScheduled: q.followUpsScheduled ?? 0,
      });
    }
    this.figures.clear();
    // The figures come in the snapshot's pages (`agentFigures`), of this day (older servers: here).
    this.figuresSince = f.since;
    for (const a of f.agentFigures ?? []) this.figures.set(a.agentId, a);
    this.surveys.clear();
    for (const a of f.agents ?? []) this.#putSurveys(a);
  }

  /** A page's figures and survey counters: newer than every event before it, of the day the snapshot counts from. */
  #putFigures(s: SnapshotMsg): void {
    for (const a of s.agentFigures ?? []) this.figures.set(a.agentId, a);
    for (const a of s.surveyCounters ?? []) this.#putSurveys(a);
  }

  #putSurveys(a: AgentSurveyCountersMsg): void {
    this.surveys.set(a.agentId, { yes: a.yes ?? 0, no: a.no ?? 0, notAboutAgent: a.notAboutAgent ?? 0, reasons: new Map(Object.entries(a.noReasons ?? {})) });
  }

  #survey(agentId: string): AgentSurveys {
    let x = this.surveys.get(agentId);
    if (x === undefined) this.surveys.set(agentId, (x = { yes: 0, no: 0, notAboutAgent: 0, reasons: new Map() }));
    return x;
  }

  #putAgent(a: AgentMsg): void {
    this.agents.set(a.id, { id: a.id, presence: a.presence, awayReason: a.awayReason, contacts: a.contacts ?? [], profile: a.profile ?? {} });
    this.#clocks.set(a.id, new StateClock(stateKey(a.status, a.awayReason), a.stateSince ?? a.presenceSince ?? Date.now()));
  }

  /** Since when the agent is in the state it shows. */
  sinceOf(agentId: string): number | undefined {
    return this.#clocks.get(agentId)?.since;
  }

  /** After an event that touched the agent: its state, and the clock's. */
  #touch(agentId: string | undefined, at: number): void {
    if (agentId === undefined) return;
    const a = this.agents.get(agentId);
    if (a === undefined) {
      this.#clocks.delete(agentId);
      return;
    }
    const key = stateKey(this.statusOf(a), a.awayReason);
    const clock = this.#clocks.get(agentId);
    if (clock === undefined) this.#clocks.set(agentId, new StateClock(key, at));
    else clock.set(key, at);
  }

  #handedOn(h: HandOn | undefined): void {
    if (h === undefined) return;
    const n = this.#count(h.queueId);
    if (h.escalation) n.escalations++;
    else n.transfers++;
  }

  #patchContact(id: string, change: Partial<ContactMsg>): void {
    const c = this.contacts.get(id);
    if (c !== undefined) this.contacts.set(id, { ...c, ...change });
  }

  /** A consultative transfer is over: the contact no longer waits for its first agent. */
  #dropConsult(id: string): void {
    const c = this.contacts.get(id);
    if (c?.consultBy === undefined) return;
    const { consultBy: _c, ...rest } = c;
    this.contacts.set(id, rest);
  }

  #patchAgent(id: string, change: Partial<AgentView>): void {
    const a = this.agents.get(id);
    if (a !== undefined) this.agents.set(id, { ...a, ...change });
  }

  #hold(agentId: string, contactId: string): void {
    const a = this.agents.get(agentId);
    if (a !== undefined && !a.contacts.includes(contactId)) this.agents.set(agentId, { ...a, contacts: [...a.contacts, contactId] });
  }

  #release(agentId: string | undefined, contactId: string): void {
    if (agentId === undefined) return;
    const a = this.agents.get(agentId);
    if (a !== undefined && a.contacts.includes(contactId)) this.agents.set(agentId, { ...a, contacts: a.contacts.filter((x) => x !== contactId) });
  }

  /** Applies one event of the supervisor stream. */
  apply<K extends EventKind>(kind: K, p: EventPayloads[K], at: number): void {
    // The holder before the event: an event may change whom a contact is with.
    const contactId = (p as { contactId?: unknown }).contactId;
    const holder = typeof contactId === 'string' ? this.contacts.get(contactId)?.agentId : undefined;
    this.#apply(kind, p, at);
    const x = p as { agentId?: unknown; offeredTo?: unknown; toAgentId?: unknown };
    for (const id of new Set([x.agentId, x.offeredTo, x.toAgentId, holder])) if (typeof id === 'string') this.#touch(id, at);
  }

  #apply<K extends EventKind>(kind: K, p: EventPayloads[K], at: number): void {
    const e = { kind, p } as { [X in EventKind]: { kind: X; p: EventPayloads[X] } }[EventKind];
    switch (e.kind) {
      case 'contactCreated':
        this.contacts.set(e.p.contact.id, e.p.contact);
        this.#segments.set(e.p.contact.id, new QueueSegment(e.p.contact.queueId, e.p.contact.firstArrival ?? at));
        break;
      case 'contactOffered':
        this.#patchContact(e.p.contactId, { state: 'offered', agentId: e.p.agentId });
        if (e.p.why !== undefined) this.offerWhy.set(e.p.contactId, e.p.why);
        this.#hold(e.p.agentId, e.p.contactId);
        break;
      case 'contactOfferRejected':
      case 'contactOfferExpired':
      case 'contactOfferRevoked':
        this.#patchContact(e.p.contactId, { state: 'waiting' });
        this.#release(e.p.agentId, e.p.contactId);
        break;
      case 'contactAccepted': {
        this.#patchContact(e.p.contactId, { state: 'active', agentId: e.p.agentId });
        this.#hold(e.p.agentId, e.p.contactId);
        const seg = this.#segments.get(e.p.contactId);
        const wait = seg?.accept(at);
        if (seg !== undefined && wait !== undefined) {
          const n = this.#count(seg.queueId);
          n.answered++;
          n.answerWaitMs += wait;
          const sl = this.#site?.queues.find((q) => q.id === seg.queueId)?.serviceLevel;
          if (sl !== undefined && wait <= sl.thresholdSeconds * 1000) n.answeredInSl++;
        }
        break;
      }
      case 'contactEnded':
        this.#patchContact(e.p.contactId, { state: 'wrap_up' });
        break;
      case 'contactClosed':
        this.#release(this.contacts.get(e.p.contactId)?.agentId ?? e.p.agentId, e.p.contactId);
        this.contacts.delete(e.p.contactId);
        this.offerWhy.delete(e.p.contactId);
        this.#segments.delete(e.p.contactId);
        break;
      case 'contactAbandoned': {
        const c = this.contacts.get(e.p.contactId);
        const seg = this.#segments.get(e.p.contactId);
        if (seg !== undefined) {
          this.#handedOn(seg.abandon(at).handedOn);
          this.#count(seg.queueId).abandoned++;
        }
        this.#release(e.p.offeredTo ?? c?.agentId, e.p.contactId);
        this.contacts.delete(e.p.contactId);
        this.offerWhy.delete(e.p.contactId);
        this.#segments.delete(e.p.contactId);
        break;
      }
      case 'contactRequeued':
        this.#patchContact(e.p.contactId, { state: 'waiting' });
        this.#release(e.p.agentId, e.p.contactId);
        break;
      case 'contactUpdated': {
        const change: Partial<ContactMsg> = { queueId: e.p.queueId };
        if (e.p.priority !== undefined) change.priority = e.p.priority;
        this.#patchContact(e.p.contactId, change);
        this.#segments.get(e.p.contactId)?.move(e.p.queueId);
        break;
      }
      case 'contactTransferred': {
        const c = this.contacts.get(e.p.contactId);
        const consult = e.p.transfer.mode === 'consult';
        this.#handedOn(this.#segments.get(e.p.contactId)?.transfer(at, e.p.queueId, consult, e.p.transfer.escalation !== undefined));
        const change: Partial<ContactMsg> = { state: 'waiting', queueId: e.p.queueId, transfers: [...(c?.transfers ?? []), e.p.transfer] };
        if (consult) change.consultBy = e.p.agentId;
        this.#patchContact(e.p.contactId, change);
        // A consultative transfer keeps the first agent's slot until it is taken over.
        if (!consult) this.#release(e.p.agentId, e.p.contactId);
        break;
      }
      case 'contactTransferCompleted':
        this.#handedOn(this.#segments.get(e.p.contactId)?.completeTransfer());
        this.#release(e.p.agentId, e.p.contactId);
        this.#dropConsult(e.p.contactId);
        break;
      case 'contactTransferCancelled': {
        // Taken back: nothing was handed on, and the contact counts in its first queue again.
        this.#segments.get(e.p.contactId)?.cancelTransfer();
        this.#release(e.p.offeredTo, e.p.contactId);
        this.#patchContact(e.p.contactId, { state: 'active', agentId: e.p.agentId, queueId: e.p.queueId });
        this.#dropConsult(e.p.contactId);
        break;
      }
      case 'contactCallbackRequested': {
        const c = this.contacts.get(e.p.contactId);
        if (c !== undefined) this.#count(c.queueId).callbacksScheduled++;
        this.#patchContact(e.p.contactId, { callback: e.p.number === undefined ? { requestedAt: at } : { number: e.p.number, requestedAt: at } });
        break;
      }
      case 'contactCallbackFailed':
        this.#release(e.p.agentId, e.p.contactId);
        if (e.p.retryAt === undefined) {
          this.contacts.delete(e.p.contactId);
          this.offerWhy.delete(e.p.contactId);
          this.#segments.delete(e.p.contactId);
        } else this.#patchContact(e.p.contactId, { state: 'scheduled' });
        break;
      case 'contactFollowUpScheduled':
        this.contacts.set(e.p.contact.id, e.p.contact);
        this.#segments.set(e.p.contact.id, new QueueSegment(e.p.contact.queueId, e.p.contact.firstArrival ?? at));
        this.#count(e.p.contact.queueId).followUpsScheduled++;
        break;
      case 'contactDue':
        this.#patchContact(e.p.contactId, { state: 'waiting' });
        break;
      case 'contactFollowUpCancelled':
        this.contacts.delete(e.p.contactId);
        this.offerWhy.delete(e.p.contactId);
        this.#segments.delete(e.p.contactId);
        break;
      case 'contactFollowUpRescheduled': {
        const c = this.contacts.get(e.p.contactId);
        if (c?.followUp !== undefined)
          this.#patchContact(e.p.contactId, { deadline: e.p.dueAt, firstArrival: e.p.dueAt, followUp: { ...c.followUp, dueAt: e.p.dueAt } });
        const seg = this.#segments.get(e.p.contactId);
        if (seg !== undefined) this.#segments.set(e.p.contactId, new QueueSegment(seg.queueId, e.p.dueAt));
        break;
      }
      case 'contactSurveyAnswered': {
        const x = this.#survey(e.p.agentId);
        if (e.p.helpful === true) x.yes++;
        else {
          // Only a "no" about the agent counts against them (older servers send no `about`).
          if (e.p.about === undefined || e.p.about === 'agent') x.no++;
          else x.notAboutAgent++;
          const r = e.p.reason ?? 'other';
          x.reasons.set(r, (x.reasons.get(r) ?? 0) + 1);
        }
        break;
      }
      case 'agentFiguresChanged':
        // A new day's figures: the day before's are over.
        if (this.figuresSince !== undefined && e.p.since > this.figuresSince) this.figures.clear();
        if (this.figuresSince === undefined || e.p.since >= this.figuresSince) {
          this.figuresSince = e.p.since;
          for (const a of e.p.agents) this.figures.set(a.agentId, a);
        }
        break;
      case 'contactHoldChanged':
        this.#patchContact(e.p.contactId, { onHold: e.p.onHold === true });
        break;
      case 'agentLoggedIn':
        this.agents.set(e.p.agentId, { id: e.p.agentId, presence: e.p.presence, awayReason: e.p.reason, contacts: [], profile: e.p.profile ?? {} });
        this.#clocks.delete(e.p.agentId);
        break;
      case 'agentPresenceChanged':
        this.#patchAgent(e.p.agentId, { presence: e.p.presence, awayReason: e.p.reason });
        break;
      case 'agentLoggedOut':
        this.agents.delete(e.p.agentId);
        break;
      default:
        break;
    }
  }

  /** Takes a sample of the waits now unless one is younger than `minGapMs`; keeps the last `CHART_MINUTES`. */
  sample(now: number, minGapMs = 0): void {
    const last = this.samples[this.samples.length - 1];
    if (last !== undefined && now - last.at < minGapMs) return;
    const oldest: Record<string, number> = {};
    for (const q of this.queueIds()) oldest[q] = 0;
    for (const c of this.contacts.values()) {
      if (c.state !== 'waiting' || c.firstArrival === undefined) continue;
      oldest[c.queueId] = Math.max(oldest[c.queueId] ?? 0, now - c.firstArrival);
    }
    this.samples.push({ at: now, oldest });
    while (this.samples.length > 0 && this.samples[0]!.at < now - CHART_MINUTES * 60_000) this.samples.shift();
  }

  queueIds(): string[] {
    const ids = new Set<string>(this.#site?.queues.map((q) => q.id) ?? []);
    for (const id of this.#queueNames.keys()) ids.add(id);
    return [...ids];
  }

  queueName(id: string): string {
    return this.#queueNames.get(id) ?? id;
  }

  /**
   * Agent status as the server derives it (`Router.agentStatus`, which the
   * snapshot and Prometheus report): offline; wrap-up when every contact it
   * holds is in wrap-up; busy when available with anything offered or held,
   * or handling an active contact; else its presence.
   */
  statusOf(a: AgentView): string {
    if (a.presence === 'offline') return 'offline';
    const held = a.contacts.map((id) => this.contacts.get(id)).filter((c) => c !== undefined);
    if (held.length > 0) {
      if (held.every((c) => c.state === 'wrap_up')) return 'wrap_up';
      if (a.presence === 'available' || held.some((c) => c.state === 'active')) return 'busy';
    }
    return a.presence;
  }

  /** Signed-in agents who serve `queueId` and speak `language` (its primary subtag), when given. */
  agentsFor(queueId: string, language?: string): AgentView[] {
    const lang = language === undefined ? undefined : primary(language);
    return [...this.agents.values()].filter(
      (a) =>
        a.presence !== 'offline' &&
        (a.profile.queues ?? []).includes(queueId) &&
        (lang === undefined || (a.profile.languages ?? []).some((l) => primary(l) === lang)),
    );
  }

  stats(now: number): QueueStats[] {
    return this.queueIds().map((id) => {
      let waiting = 0;
      let ringing = 0;
      let oldest: number | undefined;
      let prime: number | undefined;
      let standard: number | undefined;
      let callbacks = 0;
      let followUps = 0;
      for (const c of this.contacts.values()) {
        if (c.queueId !== id) continue;
        // As the snapshot and Prometheus count them: callbacks not yet connected, follow-ups not yet due.
        if (c.callback !== undefined && c.connectedAt === undefined) callbacks++;
        if (c.followUp !== undefined && c.state === 'scheduled') followUps++;
        if (c.state === 'offered') ringing++;
        if (c.state !== 'waiting') continue;
        waiting++;
        const w = c.firstArrival === undefined ? 0 : now - c.firstArrival;
        oldest = Math.max(oldest ?? 0, w);
        if ((c.customer?.tier ?? 'standard') === 'standard') standard = Math.max(standard ?? 0, w);
        else prime = Math.max(prime ?? 0, w);
      }
      // Not listed yet (later pages to come): counted from the snapshot's totals.
      const u = this.#unlisted.get(id);
      if (u !== undefined) {
        waiting += u.waiting;
        callbacks += u.callbacks;
        followUps += u.followUps;
        if (u.waiting > 0 && u.oldestArrival !== undefined) oldest = Math.max(oldest ?? 0, now - u.oldestArrival);
      }
      const n = this.counts.get(id) ?? zeroCounts();
      const target = this.#site?.queues.find((q) => q.id === id)?.serviceLevel;
      const staff = this.agentsFor(id);
      const closedUntil = this.#closed.get(id);
      return {
        id,
        name: this.queueName(id),
        // Closed as of the snapshot, until its opening passes.
        ...(closedUntil !== undefined && (closedUntil === null || now < closedUntil) ? { closedUntil } : {}),
        waiting,
        ringing,
        staffed: staff.length,
        available: staff.filter((a) => this.statusOf(a) === 'available').length,
        oldestWaitMs: oldest,
        serviceLevel: n.answered === 0 || target === undefined ? undefined : n.answeredInSl / n.answered,
        target,
        asaMs: n.answered === 0 ? undefined : n.answerWaitMs / n.answered,
        answered: n.answered,
        abandoned: n.abandoned,
        transfers: n.transfers,
        escalations: n.escalations,
        callbacksScheduled: n.callbacksScheduled,
        followUpsScheduled: n.followUpsScheduled,
        callbacks,
        followUps,
        primeOldestMs: prime,
        standardOldestMs: standard,
      };
    });
  }

  /** Contacts waiting or ringing (`state` says which), best first: priority, then longest wait. */
  waitingContacts(): ContactMsg[] {
    return [...this.contacts.values()]
      .filter((c) => c.state === 'waiting' || c.state === 'offered')
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || (a.virtualArrival ?? a.firstArrival ?? 0) - (b.virtualArrival ?? b.firstArrival ?? 0));
  }
}
