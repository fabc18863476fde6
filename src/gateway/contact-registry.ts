/**
 * Which integration created which contact, under which external id. Makes
 * create idempotent: a retry with the same (integration, external id) finds
 * the contact again, also for a while after it closed (the last 10,000
 * closed contacts are remembered), and never makes a second one.
 *
 * Per contact it keeps the two ids and a reference to the router's own
 * record (no copy: a waiting contact costs the router ~900 B already, and a
 * `ContactMsg` copy was another ~310 B). The router lets go of a record when
 * its contact ends and never changes it after that, so a closed contact's
 * wire view is built from it only if a retry asks for it (building it at
 * every close made ~0.5 KB a contact that lived for 10,000 closes: work for
 * every young-generation collection that copied it).
 */
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { ContactMsg } from '../protocol/messages.js';
import { contactToMsg } from '../protocol/convert.js';

interface Live {
  readonly integrationId: string;
  readonly externalId: string;
  /** The router's record, kept up to date by the router; read when the contact closes. */
  readonly record: Readonly<ContactRecord>;
}

interface Closed {
  readonly integrationId: string;
  readonly externalId: string;
  /** The router's record as the contact ended, for replies to retries once it is gone (unknown when it ended before a recovery). */
  readonly record: Readonly<ContactRecord> | undefined;
}

const REMEMBER_CLOSED = 10_000;

export class ContactRegistry {
  readonly #byExternal = new Map<string, string>();
  readonly #live = new Map<string, Live>();
  readonly #closed = new Map<string, Closed>();
  /**
   * Ids of closed contacts, oldest first, from `#oldest` on. (Not the Map's own
   * order: taking a Map's first entry walks over every entry deleted before it,
   * which made trimming cost more the longer the server ran.)
   */
  #closedOrder: string[] = [];
  #oldest = 0;

  static #key(integrationId: string, externalId: string): string {
    return `${integrationId}\u0000${externalId}`;
  }

  /** The contact id already created for this external id, if any. */
  find(integrationId: string, externalId: string): string | undefined {
    return this.#byExternal.get(ContactRegistry.#key(integrationId, externalId));
  }

  /** Records a live contact; `record` is the router's own (`router.contact(id)`), not a copy. */
  register(contactId: string, integrationId: string, externalId: string, record: Readonly<ContactRecord>): void {
    this.#byExternal.set(ContactRegistry.#key(integrationId, externalId), contactId);
    this.#live.set(contactId, { integrationId, externalId, record });
  }

  /**
   * Records a contact that had already ended when the state was recovered
   * (from the store's idempotency keys): a late retry of its creation must
   * not make a second one.
   */
  rememberEnded(contactId: string, integrationId: string, externalId: string): void {
    this.#byExternal.set(ContactRegistry.#key(integrationId, externalId), contactId);
    this.#remember(contactId, { integrationId, externalId, record: undefined });
  }

  /** The integration that created the contact (live or recently closed). */
  ownerOf(contactId: string): string | undefined {
    return (this.#live.get(contactId) ?? this.#closed.get(contactId))?.integrationId;
  }

  externalIdOf(contactId: string): string | undefined {
    return (this.#live.get(contactId) ?? this.#closed.get(contactId))?.externalId;
  }

  /** The last known wire view of a closed contact. */
  closedContact(contactId: string): ContactMsg | undefined {
    const closed = this.#closed.get(contactId);
    return closed?.record === undefined ? undefined : contactToMsg(closed.record, closed.externalId, 'closed');
  }

  /** Keeps track of ends; call for every core event, after it was fanned out. */
  observe(e: CoreEvent): void {
    if (e.type === 'contact.closed' || e.type === 'contact.abandoned' || (e.type === 'contact.callback_failed' && e.retryAt === null)) {
      const live = this.#live.get(e.contactId);
      if (live === undefined) return;
      this.#live.delete(e.contactId);
      this.#remember(e.contactId, live);
    }
  }

  /** Remembers a closed contact and forgets the oldest past the limit. */
  #remember(contactId: string, closed: Closed): void {
    if (!this.#closed.has(contactId)) this.#closedOrder.push(contactId);
    this.#closed.set(contactId, closed);
    while (this.#closed.size > REMEMBER_CLOSED) {
      const oldId = this.#closedOrder[this.#oldest++]!;
      const old = this.#closed.get(oldId)!;
      this.#closed.delete(oldId);
      this.#byExternal.delete(ContactRegistry.#key(old.integrationId, old.externalId));
    }
    if (this.#oldest > 4096 && this.#oldest * 2 > this.#closedOrder.length) {
      this.#closedOrder = this.#closedOrder.slice(this.#oldest);
      this.#oldest = 0;
    }
  }
}
