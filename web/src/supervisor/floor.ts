/**
 * The supervisor's live picture of the floor, kept from the subscription's
 * snapshot and then every core event (no polling): contacts by state, agents
 * with their presence and contacts, and the counts of the day per queue
 * (answered, within the service level, total answer wait, abandons,
 * transfers, escalations, callbacks and follow-ups scheduled) and per agent
 * (survey answers, reasons of each "no"). The counts start from the
 * snapshot's (the server keeps them since the start of its day, see
 * `src/gateway/floor-stats.ts`) and go on by the same rules from the stream;
 * from a server that sends none, they count from when the board opened.
 * A sample of the waits is taken every few seconds for the chart.
 */
import type { AgentMsg, ContactMsg, EventKind, EventPayloads, FloorStatsMsg, SnapshotMsg } from '../../../src/protocol/messages.js';
import type { SiteInfo } from '../../../src/web/site-info.js';
import type { QueueCounts } from '../../../src/insights/floor-stats.js';

/** The same counts the server keeps (src/gateway/floor-stats.ts) and sends in the snapshot. */
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
  no: number;
  readonly reasons: Map<string, number>;
}

export interface AgentView {
  readonly id: string;
  readonly presence: string;
  readonly awayReason: string | undefined;
  /** When the agent's displayed state last changed. */
  readonly since: number;
  readonly contacts: readonly string[];
}

export interface QueueStats {
  readonly id: string;
  readonly name: string;
  readonly waiting: number;
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

const WAITING_STATES = new Set(['waiting', 'offered']);
export const CHART_MINUTES = 10;

export class Floor {
  readonly openedAt = Date.now();
  readonly contacts = new Map<string, ContactMsg>();
  readonly agents = new Map<string, AgentView>();
  readonly counts = new Map<string, QueueCounts>();
  readonly surveys = new Map<string, AgentSurveys>();
  /** Start of the counts: the server's (start of its day) once a snapshot gave them, else when the board opened. */
  since = this.openedAt;
  /** Whether the counts came from the server (a snapshot with `floorStats`). */
  fromServer = false;
  /** When the server starts its counts over (a fresh snapshot is due then), if ever. */
  resetsAt: number | undefined;
  /** Contacts answered: only a first acceptance counts (not one after a transfer or a requeue). */
  readonly #answered = new Set<string>();
  readonly samples: Sample[] = [];
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
    for (const q of s.queues ?? []) if (q.name !== undefined) this.#queueNames.set(q.id, q.name);
    for (const c of s.contacts ?? []) {
      this.contacts.set(c.id, c);
      // Answered before the snapshot (its counts have it): not again if it is accepted anew.
      if (c.state === 'active' || c.state === 'wrap_up') this.#answered.add(c.id);
    }
    for (const a of s.agents ?? []) this.#putAgent(a);
    if (s.floorStats !== undefined) this.#loadCounts(s.floorStats);
    else {
      for (const v of s.agentSurveys ?? []) {
        const x = this.#survey(v.agentId);
        x.yes = v.yes ?? 0;
        x.no = v.no ?? 0;
      }
    }
  }

  /**
   * Takes in a later page of the snapshot: its agents and contacts are newer
   * than every event received before it, so they replace what is known.
   */
  addPage(s: SnapshotMsg): void {
    for (const c of s.contacts ?? []) {
      this.contacts.set(c.id, c);
      if (c.state === 'active' || c.state === 'wrap_up') this.#answered.add(c.id);
    }
    for (const a of s.agents ?? []) this.#putAgent(a);
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
    this.surveys.clear();
    for (const a of f.agents ?? []) {
      this.surveys.set(a.agentId, { yes: a.yes ?? 0, no: a.no ?? 0, reasons: new Map(Object.entries(a.noReasons ?? {})) });
    }
  }

  #survey(agentId: string): AgentSurveys {
    let x = this.surveys.get(agentId);
    if (x === undefined) this.surveys.set(agentId, (x = { yes: 0, no: 0, reasons: new Map() }));
    return x;
  }

  #putAgent(a: AgentMsg): void {
    this.agents.set(a.id, { id: a.id, presence: a.presence, awayReason: a.awayReason, since: a.presenceSince ?? Date.now(), contacts: a.contacts ?? [] });
  }

  #patchContact(id: string, change: Partial<ContactMsg>): void {
    const c = this.contacts.get(id);
    if (c !== undefined) this.contacts.set(id, { ...c, ...change });
  }

  #patchAgent(id: string, change: Partial<AgentView>): void {
    const a = this.agents.get(id);
    if (a !== undefined) this.agents.set(id, { ...a, ...change });
  }

  #hold(agentId: string, contactId: string, at: number): void {
    const a = this.agents.get(agentId);
    if (a !== undefined && !a.contacts.includes(contactId))
      this.agents.set(agentId, { ...a, contacts: [...a.contacts, contactId], since: a.contacts.length === 0 ? at : a.since });
  }

  #release(agentId: string | undefined, contactId: string, at: number): void {
    if (agentId === undefined) return;
    const a = this.agents.get(agentId);
    if (a !== undefined && a.contacts.includes(contactId)) {
      const contacts = a.contacts.filter((x) => x !== contactId);
      this.agents.set(agentId, { ...a, contacts, since: contacts.length === 0 ? at : a.since });
    }
  }

  /** Applies one event of the supervisor stream. */
  apply<K extends EventKind>(kind: K, p: EventPayloads[K], at: number): void {
    const e = { kind, p } as { [X in EventKind]: { kind: X; p: EventPayloads[X] } }[EventKind];
    switch (e.kind) {
      case 'contactCreated':
        this.contacts.set(e.p.contact.id, e.p.contact);
        break;
      case 'contactOffered':
        this.#patchContact(e.p.contactId, { state: 'offered', agentId: e.p.agentId });
        this.#hold(e.p.agentId, e.p.contactId, at);
        break;
      case 'contactOfferRejected':
      case 'contactOfferExpired':
      case 'contactOfferRevoked':
        this.#patchContact(e.p.contactId, { state: 'waiting' });
        this.#release(e.p.agentId, e.p.contactId, at);
        break;
      case 'contactAccepted': {
        const c = this.contacts.get(e.p.contactId);
        this.#patchContact(e.p.contactId, { state: 'active', agentId: e.p.agentId });
        this.#hold(e.p.agentId, e.p.contactId, at);
        if (c !== undefined && !this.#answered.has(c.id) && (c.transfers?.length ?? 0) === 0 && c.firstArrival !== undefined) {
          this.#answered.add(c.id);
          const n = this.#count(c.queueId);
          const wait = Math.max(0, at - c.firstArrival);
          n.answered++;
          n.answerWaitMs += wait;
          const sl = this.#site?.queues.find((q) => q.id === c.queueId)?.serviceLevel;
          if (sl !== undefined && wait <= sl.thresholdSeconds * 1000) n.answeredInSl++;
        }
        break;
      }
      case 'contactEnded':
        this.#patchContact(e.p.contactId, { state: 'wrap_up' });
        break;
      case 'contactClosed':
        this.#release(this.contacts.get(e.p.contactId)?.agentId ?? e.p.agentId, e.p.contactId, at);
        this.contacts.delete(e.p.contactId);
        this.#answered.delete(e.p.contactId);
        break;
      case 'contactAbandoned': {
        const c = this.contacts.get(e.p.contactId);
        if (c !== undefined) this.#count(c.queueId).abandoned++;
        this.#release(e.p.offeredTo ?? c?.agentId, e.p.contactId, at);
        this.contacts.delete(e.p.contactId);
        break;
      }
      case 'contactRequeued':
        this.#patchContact(e.p.contactId, { state: 'waiting' });
        this.#release(e.p.agentId, e.p.contactId, at);
        break;
      case 'contactUpdated': {
        const change: Partial<ContactMsg> = { queueId: e.p.queueId };
        if (e.p.priority !== undefined) change.priority = e.p.priority;
        this.#patchContact(e.p.contactId, change);
        break;
      }
      case 'contactTransferred': {
        const c = this.contacts.get(e.p.contactId);
        if (c !== undefined) {
          const n = this.#count(c.queueId);
          n.transfers++;
          if (e.p.transfer.escalation !== undefined) n.escalations++;
        }
        this.#patchContact(e.p.contactId, { state: 'waiting', queueId: e.p.queueId, transfers: [...(c?.transfers ?? []), e.p.transfer] });
        // A consultative transfer keeps the first agent's slot until it is taken over.
        if (e.p.transfer.mode !== 'consult') this.#release(e.p.agentId, e.p.contactId, at);
        break;
      }
      case 'contactTransferCompleted':
        this.#release(e.p.agentId, e.p.contactId, at);
        break;
      case 'contactTransferCancelled': {
        // A consultative transfer taken back did not hand anything on.
        const n = this.#count(e.p.queueId);
        n.transfers = Math.max(0, n.transfers - 1);
        this.#release(e.p.offeredTo, e.p.contactId, at);
        this.#patchContact(e.p.contactId, { state: 'active', agentId: e.p.agentId, queueId: e.p.queueId });
        break;
      }
      case 'contactCallbackRequested': {
        const c = this.contacts.get(e.p.contactId);
        if (c !== undefined) this.#count(c.queueId).callbacksScheduled++;
        this.#patchContact(e.p.contactId, { callback: e.p.number === undefined ? { requestedAt: at } : { number: e.p.number, requestedAt: at } });
        break;
      }
      case 'contactCallbackFailed':
        this.#release(e.p.agentId, e.p.contactId, at);
        if (e.p.retryAt === undefined) this.contacts.delete(e.p.contactId);
        else this.#patchContact(e.p.contactId, { state: 'scheduled' });
        break;
      case 'contactFollowUpScheduled':
        this.contacts.set(e.p.contact.id, e.p.contact);
        this.#count(e.p.contact.queueId).followUpsScheduled++;
        break;
      case 'contactDue':
        this.#patchContact(e.p.contactId, { state: 'waiting' });
        break;
      case 'contactSurveyAnswered': {
        const x = this.#survey(e.p.agentId);
        if (e.p.helpful === true) x.yes++;
        else {
          x.no++;
          const r = e.p.reason ?? 'other';
          x.reasons.set(r, (x.reasons.get(r) ?? 0) + 1);
        }
        break;
      }
      case 'contactHoldChanged':
        this.#patchContact(e.p.contactId, { onHold: e.p.onHold === true });
        break;
      case 'agentLoggedIn':
        this.agents.set(e.p.agentId, { id: e.p.agentId, presence: e.p.presence, awayReason: e.p.reason, since: at, contacts: [] });
        break;
      case 'agentPresenceChanged':
        this.#patchAgent(e.p.agentId, { presence: e.p.presence, awayReason: e.p.reason, since: at });
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
      if (!WAITING_STATES.has(c.state) || c.firstArrival === undefined) continue;
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

  /** Agent status as the server derives it: presence, then what they hold. */
  statusOf(a: AgentView): string {
    if (a.presence !== 'available') return a.presence;
    const held = a.contacts.map((id) => this.contacts.get(id)).filter((c) => c !== undefined && c.state !== 'offered');
    if (held.length === 0) return 'available';
    return held.every((c) => c!.state === 'wrap_up') ? 'wrap_up' : 'busy';
  }

  stats(now: number): QueueStats[] {
    return this.queueIds().map((id) => {
      let waiting = 0;
      let oldest: number | undefined;
      let prime: number | undefined;
      let standard: number | undefined;
      let callbacks = 0;
      let followUps = 0;
      for (const c of this.contacts.values()) {
        if (c.queueId !== id) continue;
        if (c.callback !== undefined && (WAITING_STATES.has(c.state) || c.state === 'scheduled')) callbacks++;
        if (c.followUp !== undefined && c.state === 'scheduled') followUps++;
        if (!WAITING_STATES.has(c.state)) continue;
        waiting++;
        const w = c.firstArrival === undefined ? 0 : now - c.firstArrival;
        oldest = Math.max(oldest ?? 0, w);
        if ((c.customer?.tier ?? 'standard') === 'standard') standard = Math.max(standard ?? 0, w);
        else prime = Math.max(prime ?? 0, w);
      }
      const n = this.counts.get(id) ?? zeroCounts();
      const target = this.#site?.queues.find((q) => q.id === id)?.serviceLevel;
      return {
        id,
        name: this.queueName(id),
        waiting,
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

  /** Contacts waiting (or ringing), best first: priority, then longest wait. */
  waitingContacts(): ContactMsg[] {
    return [...this.contacts.values()]
      .filter((c) => WAITING_STATES.has(c.state))
      .sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || (a.virtualArrival ?? a.firstArrival ?? 0) - (b.virtualArrival ?? b.firstArrival ?? 0));
  }
}
