/**
 * Builds interaction records from the core's event flow, outside the core:
 * one open record per live contact, folded event by event, handed to the
 * sink when the contact closes (handled, abandoned, a callback given up,
 * or any other way the router lets go of it). A survey answered later
 * goes to the sink as an annotation of the closed record.
 *
 * It reads only the events (and, once, the contacts a recovered router
 * already holds), so it runs on the router host's drain like the metrics;
 * fields the events do not carry yet (a supervisor's principal, an offer's
 * "why", a survey reason's category) are filled in when they do.
 */
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { HandlingEntry, InteractionRecord, OfferEntry, RecordOutcome, SurveyEntry } from './interaction-record.js';

/** Where finished records go. */
export interface RecordSink {
  /** A contact closed: its record, never changed afterwards by the builder. */
  closed(record: InteractionRecord): void;
  /** A closed contact was surveyed. */
  surveyed(contactId: string, survey: SurveyEntry): void;
}

export interface RecordBuilderOptions {
  readonly sink: RecordSink;
  /** The creating integration's own id and name for a contact (asked once, at its creation). */
  readonly creatorOf?: (contactId: string) => { readonly integration: string; readonly externalId: string } | undefined;
  /** Keep the notes' text in the record (default: only whether there were notes). */
  readonly keepNotes?: boolean;
  /** The agent who closed a customer's earlier contact (for the repeat's attribution). */
  readonly agentOf?: (contactId: string, customerId: string) => string | null;
  /** What a survey reason is about (`agent`, `policy`, `product`), when the configuration says. */
  readonly reasonCategory?: (reason: string) => string | null;
}

interface Open {
  readonly r: InteractionRecord;
  /** When the customer went on hold, while on hold. */
  holdSince: number | null;
}

/** Fields some events may carry (added by later workflow changes): read without trusting their shape. */
function extra(e: CoreEvent, name: string): unknown {
  return (e as unknown as Record<string, unknown>)[name];
}

/** The principal in an event's `actor` (`"role:id"` as the core writes it, or `{ role?, id }`), else null. */
function actorOf(e: CoreEvent): { readonly role: string | null; readonly id: string } | null {
  const a = extra(e, 'actor');
  if (typeof a === 'string') {
    const colon = a.indexOf(':');
    return colon > 0 ? { role: a.slice(0, colon), id: a.slice(colon + 1) } : { role: null, id: a };
  }
  if (typeof a === 'object' && a !== null && typeof (a as { id?: unknown }).id === 'string') {
    const role = (a as { role?: unknown }).role;
    return { role: typeof role === 'string' ? role : null, id: (a as { id: string }).id };
  }
  return null;
}

export class RecordBuilder {
  readonly #open = new Map<string, Open>();
  readonly #o: RecordBuilderOptions;
  /**
   * The supervisor whose request caused the events being observed (set by
   * the gateway around the flush of a supervisor's request): every change
   * to a contact they cause is listed in its record under their principal.
   */
  actor: string | null = null;
  /** Contacts an event touched since the last `settle` (to notice ones the router let go of silently). */
  readonly #touched = new Set<string>();

  constructor(options: RecordBuilderOptions) {
    this.#o = options;
  }

  /** Open records (live contacts). */
  get openCount(): number {
    return this.#open.size;
  }

  /**
   * Starts records for the contacts a recovered router already holds: what
   * happened before the recovery is unknown, so they start at first arrival
   * with their present queue and agent.
   */
  adopt(contacts: Iterable<Readonly<ContactRecord>>, now: number): void {
    for (const c of contacts) {
      if (this.#open.has(c.id)) continue;
      const o = this.#start(c, c.firstArrival, null);
      if (c.agentId !== null && (c.state === 'active' || c.state === 'wrap_up')) {
        o.r.agents.push(newHandling(c.agentId, now));
        if (c.state === 'wrap_up') o.r.agents.at(-1)!.endedAt = now;
      }
    }
  }

  observe(e: CoreEvent): void {
    switch (e.type) {
      case 'contact.created':
        this.#start(e.contact, e.at, e.redirectedFrom);
        return;
      case 'contact.follow_up_scheduled': {
        this.#start(e.contact, e.at, null);
        const of = e.contact.followUp?.of;
        if (of !== undefined) this.#open.get(of)?.r.followUps.push(e.contact.id);
        return;
      }
      case 'contact.survey_answered': {
        // What the "no" is about: the event says (a reason without one, in older events, is about the agent).
        const category = e.helpful ? null : (e.about ?? (e.reason === null ? null : (this.#o.reasonCategory?.(e.reason) ?? 'agent')));
        this.#o.sink.surveyed(e.contactId, { at: e.at, helpful: e.helpful, reason: e.reason, category, agentId: e.agentId });
        return;
      }
      case 'agent.logged_in':
      case 'agent.logged_out':
      case 'agent.presence_changed':
        return;
      default:
        break;
    }
    const o = this.#open.get(e.contactId);
    if (o === undefined) return;
    this.#touched.add(e.contactId);
    const r = o.r;
    const named = actorOf(e);
    // An event naming an agent or integration as its actor is not a supervisor's action.
    const actor =
      named !== null
        ? named.role === null || named.role === 'supervisor'
          ? named
          : null
        : this.actor === null
          ? null
          : { role: 'supervisor', id: this.actor };
    if (actor !== null || extra(e, 'by') === 'supervisor') r.supervisorActions.push({ at: e.at, action: e.type, by: actor?.id ?? null });
    switch (e.type) {
      case 'contact.offered': {
        const offer: OfferEntry = { agentId: e.agentId, at: e.at, outcome: 'pending', endedAt: null };
        const why = extra(e, 'why');
        if (why !== undefined) offer.why = why;
        r.offers.push(offer);
        return;
      }
      case 'contact.offer_rejected':
        endOffer(r, e.agentId, 'rejected', e.at);
        return;
      case 'contact.offer_expired':
        endOffer(r, e.agentId, 'expired', e.at);
        return;
      case 'contact.offer_revoked':
        endOffer(r, e.agentId, 'revoked', e.at);
        return;
      case 'contact.accepted':
        endOffer(r, e.agentId, 'accepted', e.at);
        r.waitMs ??= Math.max(0, e.at - r.createdAt);
        r.agents.push(newHandling(e.agentId, e.at));
        return;
      case 'contact.connected': {
        const h = handling(r, e.agentId);
        if (h !== undefined && h.connectedAt === null) h.connectedAt = e.at;
        return;
      }
      case 'contact.hold_changed': {
        if (e.onHold) o.holdSince ??= e.at;
        else this.#endHold(o, e.at);
        return;
      }
      case 'contact.ended': {
        this.#endTalk(o, e.agentId, e.at);
        return;
      }
      case 'contact.wrap_up_recorded':
        this.#notes(r, e.disposition, e.notes);
        return;
      case 'contact.transferred': {
        const t = e.transfer;
        r.transfers.push({
          at: e.at,
          fromAgentId: t.fromAgentId,
          fromQueueId: t.fromQueueId,
          toQueueId: t.toQueueId,
          toAgentId: t.toAgentId,
          mode: t.mode,
          escalation: t.escalation,
          hasNotes: t.notes !== null && t.notes !== '',
          by: actor?.id ?? t.fromAgentId,
        });
        visit(r, e.queueId, e.at);
        this.#endTalk(o, e.agentId, e.at);
        // A blind transfer frees the agent at once; a consultative one holds their slot until it completes.
        if (t.mode === 'blind') release(handling(r, e.agentId), e.at, false);
        return;
      }
      case 'contact.transfer_completed':
        release(handling(r, e.agentId), e.at, false);
        return;
      case 'contact.transfer_cancelled': {
        const h = handling(r, e.agentId);
        if (h !== undefined) h.endedAt = null;
        if (e.offeredTo !== null) endOffer(r, e.offeredTo, 'withdrawn', e.at);
        visit(r, e.queueId, e.at);
        return;
      }
      case 'contact.updated':
        visit(r, e.queueId, e.at);
        return;
      case 'contact.requeued':
      case 'contact.callback_failed': {
        this.#endTalk(o, e.agentId, e.at);
        release(handling(r, e.agentId), e.at, false);
        if (e.type === 'contact.callback_failed' && e.retryAt === null) this.#close(e.contactId, 'callback_failed', e.at);
        return;
      }
      case 'contact.follow_up_cancelled':
        this.#close(e.contactId, 'cancelled', e.at);
        return;
      case 'contact.callback_requested':
        r.callback = { requestedAt: e.at, attempts: 0 };
        return;
      case 'contact.callback_dialing':
        if (r.callback !== null) r.callback.attempts = e.attempt;
        return;
      case 'contact.closed': {
        this.#notes(r, e.disposition, e.notes);
        this.#endTalk(o, e.agentId, e.at);
        release(handling(r, e.agentId), e.at, true);
        this.#close(e.contactId, 'handled', e.at);
        return;
      }
      case 'contact.abandoned':
        if (e.offeredTo !== null) endOffer(r, e.offeredTo, 'abandoned', e.at);
        this.#close(e.contactId, 'abandoned', e.at);
        return;
      default:
        return;
    }
  }

  /**
   * After a batch of events: a touched contact the router no longer holds
   * closed by an event this builder does not know as terminal; its record
   * is written with outcome `ended` rather than kept open for ever.
   */
  settle(holds: (contactId: string) => boolean, now: number): void {
    if (this.#touched.size === 0) return;
    for (const id of this.#touched) if (this.#open.has(id) && !holds(id)) this.#close(id, 'ended', now);
    this.#touched.clear();
  }

  #start(c: Readonly<ContactRecord>, at: number, redirectedFrom: string | null): Open {
    const creator = this.#o.creatorOf?.(c.id);
    const r: InteractionRecord = {
      contactId: c.id,
      externalId: creator?.externalId ?? null,
      integration: creator?.integration ?? null,
      customerId: c.customer.id,
      tier: c.customer.tier,
      channel: c.channel,
      language: c.language,
      outcome: 'ended',
      createdAt: c.firstArrival,
      closedAt: at,
      waitMs: null,
      redirectedFrom,
      queues: [{ queueId: c.queueId, at }],
      offers: [],
      agents: [],
      transfers: [],
      disposition: null,
      hasNotes: false,
      callback: c.callback === null ? null : { requestedAt: c.callback.requestedAt, attempts: c.callback.attempts },
      followUpOf: c.followUp?.of ?? null,
      followUps: [],
      repeatOf: c.repeatOf ?? null,
      repeatOfAgentId: c.repeatOf === null || c.repeatOf === undefined ? null : (this.#o.agentOf?.(c.repeatOf, c.customer.id) ?? null),
      handoff: c.handoff === null || c.handoff === undefined ? null : { botId: c.handoff.botId, intent: c.handoff.intent },
      survey: null,
      supervisorActions: [],
    };
    if (this.#o.keepNotes === true) r.notes = null;
    const o: Open = { r, holdSince: null };
    this.#open.set(c.id, o);
    return o;
  }

  #notes(r: InteractionRecord, disposition: string | null, notes: string | null): void {
    r.disposition = disposition;
    r.hasNotes = notes !== null && notes !== '';
    if (this.#o.keepNotes === true) r.notes = notes;
  }

  #endHold(o: Open, at: number): void {
    if (o.holdSince === null) return;
    const h = o.r.agents.findLast((a) => a.endedAt === null);
    if (h !== undefined) h.holdMs += Math.max(0, at - o.holdSince);
    o.holdSince = null;
  }

  /** The conversation is over for `agent`: hold and talk are counted. */
  #endTalk(o: Open, agent: string, at: number): void {
    const h = handling(o.r, agent);
    if (h === undefined || h.endedAt !== null) return;
    this.#endHold(o, at);
    h.endedAt = at;
    h.talkMs = Math.max(0, at - (h.connectedAt ?? h.acceptedAt) - h.holdMs);
  }

  #close(id: string, outcome: RecordOutcome, at: number): void {
    const o = this.#open.get(id);
    if (o === undefined) return;
    this.#open.delete(id);
    const r = o.r;
    r.outcome = outcome;
    r.closedAt = at;
    for (const h of r.agents) {
      if (h.endedAt === null) this.#endTalk(o, h.agentId, at);
      if (h.releasedAt === null) release(h, at, false);
    }
    for (const offer of r.offers) {
      if (offer.outcome === 'pending') {
        offer.outcome = 'withdrawn';
        offer.endedAt = at;
      }
    }
    this.#o.sink.closed(r);
  }
}

function newHandling(agentId: string, at: number): HandlingEntry {
  return { agentId, acceptedAt: at, connectedAt: null, endedAt: null, releasedAt: null, talkMs: 0, holdMs: 0, wrapUpMs: 0, handleMs: 0 };
}

/** The agent's latest part that is not over. */
function handling(r: InteractionRecord, agent: string): HandlingEntry | undefined {
  return r.agents.findLast((a) => a.agentId === agent && a.releasedAt === null);
}

/** The agent is done with it: handle time counted, and wrap-up when it followed the end of the talk. */
function release(h: HandlingEntry | undefined, at: number, wrapUp: boolean): void {
  if (h === undefined || h.releasedAt !== null) return;
  h.endedAt ??= at;
  h.releasedAt = at;
  h.wrapUpMs = wrapUp ? Math.max(0, at - h.endedAt) : 0;
  h.handleMs = Math.max(0, at - h.acceptedAt);
}

function endOffer(r: InteractionRecord, agent: string, outcome: OfferEntry['outcome'], at: number): void {
  const offer = r.offers.findLast((x) => x.agentId === agent && x.outcome === 'pending');
  if (offer === undefined) return;
  offer.outcome = outcome;
  offer.endedAt = at;
}

function visit(r: InteractionRecord, queueId: string, at: number): void {
  if (r.queues.at(-1)?.queueId !== queueId) r.queues.push({ queueId, at });
}
