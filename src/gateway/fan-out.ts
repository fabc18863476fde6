/**
 * Who hears of a core event: subscribed supervisors hear everything; an
 * agent its offers (with the contact and the customer's history) and every
 * event about itself; an integration every event of the contacts it
 * created, numbered in that integration's stream (see
 * `integration-streams.ts`). Each event is encoded once per encoding, lazily;
 * a socket gets the shared body and its own sequence number, joined only as
 * the transport writes them (see `EventFrame.numbered`); supervisors get
 * contacts in summary, through `SupervisorFeed` (which may batch them).
 */
import type { CoreEvent } from '../core/events.js';
import type { Router } from '../core/router.js';
import { EventFrame } from '../protocol/codec.js';
import { contactSummaryToMsg, contactToMsg, eventPayload, historyToMsg, offerReasonToMsg } from '../protocol/convert.js';
import type { EventPayloads } from '../protocol/messages.js';
import type { AgentSessions } from './agent-sessions.js';
import type { Connections } from './connections.js';
import type { ContactRegistry } from './contact-registry.js';
import type { FrameOut } from './frame-out.js';
import { deliveredEvent, type IntegrationStreams } from './integration-streams.js';
import type { SupervisorFeed } from './supervisor-feed.js';

export interface FanOutDeps {
  readonly router: Router;
  readonly connections: Connections;
  readonly agents: AgentSessions;
  readonly registry: ContactRegistry;
  readonly out: FrameOut;
  readonly streams: IntegrationStreams;
  /** The subscribed supervisors' stream (one by one, or batched per turn). */
  readonly supervisors: Pick<SupervisorFeed, 'event'>;
}

export class FanOut {
  readonly #d: FanOutDeps;

  constructor(deps: FanOutDeps) {
    this.#d = deps;
  }

  deliver(e: CoreEvent): void {
    const { router, agents, registry, out, supervisors } = this.#d;
    let frame: EventFrame | undefined;
    const get = (): EventFrame => {
      if (frame === undefined) {
        const { kind, payload } = eventPayload(e, (id) => registry.externalIdOf(id));
        frame = new EventFrame(e.at, kind, payload, e.actor);
      }
      return frame;
    };

    // Supervisors get a contact in summary (no context: `getContact` has it), as
    // in snapshot pages: one integration's large contexts never flood every wallboard.
    let summary: EventFrame | undefined;
    const forSupervisors = (): EventFrame => {
      if (e.type !== 'contact.created' && e.type !== 'contact.follow_up_scheduled') return get();
      if (summary === undefined) {
        const contact = contactSummaryToMsg(e.contact, registry.externalIdOf(e.contact.id));
        summary =
          e.type === 'contact.created'
            ? new EventFrame(e.at, 'contactCreated', e.redirectedFrom === null ? { contact } : { contact, redirectedFrom: e.redirectedFrom }, e.actor)
            : new EventFrame(e.at, 'contactFollowUpScheduled', { contact }, e.actor);
      }
      return summary;
    };
    supervisors.event(forSupervisors);

    if (e.type === 'contact.offered') {
      const s = agents.socketOf(e.agentId);
      const c = router.contact(e.contactId);
      if (s !== null && c !== undefined) {
        const payload: EventPayloads['offer'] = { contact: contactToMsg(c) };
        if (e.expiresAt !== null) payload.expiresAt = e.expiresAt;
        if (e.why !== undefined) payload.why = offerReasonToMsg(e.why);
        const history = router.history(c.customer.id);
        if (history.length > 0) payload.history = historyToMsg(history);
        out.event(s, new EventFrame(e.at, 'offer', payload, e.actor));
      }
    } else {
      const agentId = 'agentId' in e ? e.agentId : e.type === 'contact.abandoned' ? e.offeredTo : null;
      if (agentId !== null) {
        const s = agents.socketOf(agentId);
        if (s !== null) out.event(s, get());
      }
      // The agent who scheduled a follow-up hears when someone else moves or cancels it.
      if (e.type === 'contact.follow_up_cancelled' || e.type === 'contact.follow_up_rescheduled') {
        const s = agents.socketOf(e.byAgentId);
        if (s !== null) out.event(s, get());
      }
      // A cancelled consultative transfer withdraws the offer the other agent was ringing with.
      if (e.type === 'contact.transfer_cancelled' && e.offeredTo !== null) {
        const s = agents.socketOf(e.offeredTo);
        if (s !== null) out.event(s, get());
      }
    }

    const contactId = 'contactId' in e ? e.contactId : e.type === 'contact.created' || e.type === 'contact.follow_up_scheduled' ? e.contact.id : undefined;
    if (contactId !== undefined) {
      const owner = registry.ownerOf(contactId);
      if (owner !== undefined) this.toIntegration(owner, get());
    }
  }

  /**
   * An event for an integration: numbered in the integration's own stream
   * and kept (with a store: stored with the events), whether a socket of it
   * is open or not: it resumes from there.
   */
  toIntegration(owner: string, f: EventFrame): void {
    const { connections, out, streams } = this.#d;
    const seq = streams.record(owner, f);
    out.delivered(deliveredEvent(owner, seq, f));
    for (const s of connections.integration(owner)) out.numbered(s, f, seq);
  }
}
