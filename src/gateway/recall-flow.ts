/**
 * The gateway's side of the recall store (store/recall-store.ts): what the
 * core forgets of its windows is written there as the core records it,
 * and looked up before a request needs it.
 *
 * Writes follow the drained events, off the routing path (the store
 * batches them): a closed contact leaves its customer's latest entry (TTL:
 * the rest of the FCR window) and the surveyable contact (TTL: the survey
 * window); an answer marks it answered.
 *
 * Look-ups come before the command and only when the core lacks what it
 * needs: a new contact whose customer the core has no entry for (and whose
 * external id is not already known: a retry is answered from the registry,
 * never looked up), a survey answer for a contact the core no longer
 * keeps. The command itself then runs as without a store (the retry check
 * again, the core's own entry first, the newer of the two), so a look-up
 * never decides alone.
 */
import type { CoreEvent } from '../core/events.js';
import type { HistoryEntry } from '../core/model.js';
import type { SurveyClaim, RecallStore } from '../store/recall-store.js';
import type { Request } from '../protocol/messages.js';
import type { Router } from '../core/router.js';
import type { ContactRegistry } from './contact-registry.js';

/** What a look-up found for one request. */
export interface Recalled {
  /** The customer's latest handled contact, for a new contact. */
  readonly history?: HistoryEntry | undefined;
  /** The surveyable contact taken for this answer. */
  readonly survey?: SurveyClaim | undefined;
}

export interface RecallFlowDeps {
  readonly store: RecallStore;
  readonly router: Pick<Router, 'config' | 'contact' | 'history' | 'completedContact'>;
  readonly registry: Pick<ContactRegistry, 'find'>;
  /** A look-up that failed: the request goes on without it (a new contact) or is refused (a survey answer). */
  readonly onError: (err: Error) => void;
}

/** Earlier contacts' agents remembered from look-ups, at most. */
const AGENTS_KEPT = 1024;

export class RecallFlow {
  readonly #d: RecallFlowDeps;
  /** The agent of each earlier contact a look-up found, for the repeat's record (the core has no entry of it). */
  readonly #agents = new Map<string, string>();

  constructor(deps: RecallFlowDeps) {
    this.#d = deps;
  }

  /** One drained event, in order (the router's state is past the batch). */
  observe(e: CoreEvent): void {
    const { store, router } = this.#d;
    if (e.type === 'contact.closed') {
      const done = router.completedContact(e.contactId);
      const customer = done?.customerId;
      if (done === undefined || customer === undefined) return;
      const cfg = router.config;
      const latest = router.history(customer)[0];
      if (latest !== undefined) store.latestHandled(customer, latest, cfg.history.fcrWindowMs - (e.at - latest.endedAt));
      store.completed(e.contactId, done, cfg.survey.windowMs - (e.at - done.closedAt));
    } else if (e.type === 'contact.survey_answered') store.answered(e.contactId, e.helpful);
  }

  /**
   * The look-up an integration's request needs before it runs, or
   * undefined when the core has what it needs (the request runs at once).
   */
  before(integration: string, req: Request): Promise<Recalled> | undefined {
    if (req.kind === 'createContact') return this.forContact(integration, req.body.externalId, req.body.customer?.id);
    if (req.kind === 'survey') return this.forSurvey(req.body.contactId);
    return undefined;
  }

  /** A new contact's customer entry, when the core has none (and the external id is new). */
  forContact(integration: string, externalId: string | undefined, customerId: string | undefined): Promise<Recalled> | undefined {
    const { store, router, registry } = this.#d;
    if (typeof customerId !== 'string' || customerId === '') return undefined;
    if (typeof externalId === 'string' && registry.find(integration, externalId) !== undefined) return undefined;
    if (router.history(customerId).length > 0) return undefined;
    return store.latest(customerId).then(
      (history) => {
        if (history !== undefined) {
          this.#agents.delete(history.contactId);
          this.#agents.set(history.contactId, history.agentId);
          if (this.#agents.size > AGENTS_KEPT) this.#agents.delete(this.#agents.keys().next().value!);
        }
        return { history };
      },
      (e: unknown) => {
        // Without it the contact is routed all the same (only not flagged a repeat).
        this.#d.onError(e as Error);
        return {};
      },
    );
  }

  /** The agent who closed an earlier contact a look-up found (recent look-ups only). */
  agentOf(contactId: string): string | undefined {
    return this.#agents.get(contactId);
  }

  /** A survey answer's contact, taken for it, when the core no longer keeps it. */
  forSurvey(contactId: string | undefined): Promise<Recalled> | undefined {
    const { store, router } = this.#d;
    if (typeof contactId !== 'string' || router.contact(contactId) !== undefined || router.completedContact(contactId) !== undefined) return undefined;
    return store.claimSurvey(contactId).then((survey) => ({ survey }));
  }
}
