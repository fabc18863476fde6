/**
 * Which integration created which contact, under which external id. Makes
 * create idempotent: a retry with the same (integration, external id) finds
 * the contact again, also for a while after it closed (the last 10,000
 * closed contacts are remembered), and never makes a second one.
 */
import type { CoreEvent } from '../core/events.js';
import type { ContactMsg } from '../protocol/messages.js';

interface Entry {
  readonly integrationId: string;
  readonly externalId: string;
  /** The contact as created, for replies to retries once it is gone. */
  contact: ContactMsg;
}

const REMEMBER_CLOSED = 10_000;

export class ContactRegistry {
  readonly #byExternal = new Map<string, string>();
  readonly #live = new Map<string, Entry>();
  /** Closed contacts, oldest first (Map keeps insertion order). */
  readonly #closed = new Map<string, Entry>();

  static #key(integrationId: string, externalId: string): string {
    return `${integrationId}\u0000${externalId}`;
  }

  /** The contact id already created for this external id, if any. */
  find(integrationId: string, externalId: string): string | undefined {
    return this.#byExternal.get(ContactRegistry.#key(integrationId, externalId));
  }

  register(contactId: string, integrationId: string, externalId: string, contact: ContactMsg): void {
    this.#byExternal.set(ContactRegistry.#key(integrationId, externalId), contactId);
    this.#live.set(contactId, { integrationId, externalId, contact });
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
    return this.#closed.get(contactId)?.contact;
  }

  /** Keeps track of ends; call for every core event, after it was fanned out. */
  observe(e: CoreEvent): void {
    if (e.type === 'contact.accepted') {
      const entry = this.#live.get(e.contactId);
      if (entry !== undefined) entry.contact = { ...entry.contact, agentId: e.agentId };
    } else if (e.type === 'contact.closed' || e.type === 'contact.abandoned' || (e.type === 'contact.callback_failed' && e.retryAt === null)) {
      const entry = this.#live.get(e.contactId);
      if (entry === undefined) return;
      this.#live.delete(e.contactId);
      entry.contact = { ...entry.contact, state: 'closed' };
      this.#closed.set(e.contactId, entry);
      if (this.#closed.size > REMEMBER_CLOSED) {
        const [oldId, old] = this.#closed.entries().next().value as [string, Entry];
        this.#closed.delete(oldId);
        this.#byExternal.delete(ContactRegistry.#key(old.integrationId, old.externalId));
      }
    }
  }
}
