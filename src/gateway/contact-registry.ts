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
 *
 * Closed contacts are bounded in bytes too (`maxClosedBytes`, from the
 * config's `gateway.closedContactsMaxBytes`): each is counted at the size of
 * its creation (context and hand-off, measured once when it was created),
 * and past the budget the oldest closed contacts lose their context, notes
 * and transcript first (a retry is still recognised and answered), then
 * whole entries go. Before, 1,000 contacts of 200 KiB kept 213 MB after they
 * all ended.
 *
 * Each contact also keeps a fingerprint of the fields it was created with,
 * so that a retry with different fields is answered as a retry but flagged.
 */
import { createHash } from 'node:crypto';
import type { CoreEvent } from '../core/events.js';
import type { ContactRecord } from '../core/model.js';
import type { ContactMsg } from '../protocol/messages.js';
import { contactToMsg } from '../protocol/convert.js';

/** What a contact was created with: a digest of its fields, and their size. */
export interface Creation {
  /** Digest of the creation's fields (see `creationOf`). */
  readonly fingerprint: string;
  /** Bytes of those fields as canonical JSON: what its context and hand-off weigh. */
  readonly bytes: number;
}

/**
 * How a contact came to its integration: created over its socket, over
 * HTTP, `inherited` (a follow-up or voicemail of one of its contacts), or
 * unknown (recovered from a store written before the contact kept its owner).
 */
export type CreatedVia = 'socket' | 'http' | 'inherited' | 'unknown';

interface Live {
  readonly integrationId: string;
  readonly externalId: string;
  readonly via: CreatedVia;
  /** The router's record, kept up to date by the router; read when the contact closes. */
  readonly record: Readonly<ContactRecord>;
  readonly creation: Creation | undefined;
}

interface Closed {
  readonly integrationId: string;
  readonly externalId: string;
  /** The router's record as the contact ended, for replies to retries once it is gone (unknown when it ended before a recovery). */
  record: Readonly<ContactRecord> | undefined;
  readonly creation: Creation | undefined;
  /** Bytes counted against the budget: the creation's, until the context is dropped. */
  bytes: number;
}

export const REMEMBER_CLOSED = 10_000;
/** What a closed contact costs besides its creation's fields (its record, ids, map entries). */
const CLOSED_OVERHEAD = 600;

export interface ContactRegistryOptions {
  /** Closed contacts remembered at most (default 10,000). */
  readonly maxClosed?: number;
  /** Bytes the closed contacts may hold (default 64 MiB): contexts go first, then entries. */
  readonly maxClosedBytes?: number;
}

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
  /** From `#oldest` to here, the closed contacts have lost their context already. */
  #slimmed = 0;
  #closedBytes = 0;
  readonly #maxClosed: number;
  readonly #maxBytes: number;

  constructor(options: ContactRegistryOptions = {}) {
    this.#maxClosed = options.maxClosed ?? REMEMBER_CLOSED;
    this.#maxBytes = options.maxClosedBytes ?? 64 * 1024 * 1024;
  }

  /** Bytes the closed contacts hold now (as counted against the budget). */
  get closedBytes(): number {
    return this.#closedBytes;
  }

  static #key(integrationId: string, externalId: string): string {
    return `${integrationId}\u0000${externalId}`;
  }

  /** The contact id already created for this external id, if any. */
  find(integrationId: string, externalId: string): string | undefined {
    return this.#byExternal.get(ContactRegistry.#key(integrationId, externalId));
  }

  /** Records a live contact; `record` is the router's own (`router.contact(id)`), not a copy. */
  register(
    contactId: string,
    integrationId: string,
    externalId: string,
    record: Readonly<ContactRecord>,
    creation?: Creation,
    via: CreatedVia = 'unknown',
  ): void {
    this.#byExternal.set(ContactRegistry.#key(integrationId, externalId), contactId);
    // Recovered (`unknown`): the record says how it came, when it was stored with its owner.
    const how = via === 'unknown' && record.owner?.integration === integrationId ? record.owner.via : via;
    this.#live.set(contactId, { integrationId, externalId, via: how, record, creation });
  }

  /**
   * A follow-up of a contact an integration created belongs to that
   * integration too: it is the customer's, it hears of it (a voice follow-up
   * is dialled by it) and may list, cancel or reschedule it. It has no
   * external id of its own (`followUp.of` names the contact it follows).
   * Returns the owner, if any.
   */
  adoptFollowUp(record: Readonly<ContactRecord>): string | undefined {
    const owned = this.adopt(record);
    if (owned !== undefined) return owned;
    // A case a survey reopened carries no owner (the core's history does not keep it): the followed contact's, while remembered.
    const of = record.followUp?.of;
    const owner = of === undefined ? undefined : this.ownerOf(of);
    if (owner !== undefined) this.#live.set(record.id, { integrationId: owner, externalId: '', via: 'inherited', record, creation: undefined });
    return owner;
  }

  /**
   * Ties a contact the registry does not know yet to the integration its
   * record names (`record.owner`): a voicemail or follow-up as the core made
   * it, or a live contact recovered from a store. Its external id, if any,
   * comes with `register` (from the idempotency keys). Returns the owner.
   */
  adopt(record: Readonly<ContactRecord>): string | undefined {
    const known = this.#live.get(record.id);
    if (known !== undefined) return known.integrationId;
    const o = record.owner;
    if (o === undefined) return undefined;
    this.#live.set(record.id, { integrationId: o.integration, externalId: '', via: o.via, record, creation: undefined });
    return o.integration;
  }

  /** What the contact was created with, when known (not for contacts recovered from the store). */
  creationOf(contactId: string): Creation | undefined {
    return (this.#live.get(contactId) ?? this.#closed.get(contactId))?.creation;
  }

  /**
   * Records a contact that had already ended when the state was recovered
   * (from the store's idempotency keys): a late retry of its creation must
   * not make a second one.
   */
  rememberEnded(contactId: string, integrationId: string, externalId: string): void {
    this.#byExternal.set(ContactRegistry.#key(integrationId, externalId), contactId);
    this.#remember(contactId, { integrationId, externalId, record: undefined, creation: undefined, bytes: 0 });
  }

  /** The integration that created the contact (live or recently closed). */
  ownerOf(contactId: string): string | undefined {
    return (this.#live.get(contactId) ?? this.#closed.get(contactId))?.integrationId;
  }

  /** The live contacts an integration created, with their external ids (a walk over every live contact: for a resume that came too late). */
  *liveOf(integrationId: string): Iterable<{ readonly contactId: string; readonly externalId: string; readonly via: CreatedVia }> {
    for (const [contactId, l] of this.#live) if (l.integrationId === integrationId) yield { contactId, externalId: l.externalId, via: l.via };
  }

  /** The integrations that own some live contact created over their socket (after a recovery: whose grace starts). */
  socketOwners(): Set<string> {
    const out = new Set<string>();
    for (const l of this.#live.values()) if (l.via === 'socket') out.add(l.integrationId);
    return out;
  }

  externalIdOf(contactId: string): string | undefined {
    // '': a follow-up, which has none of its own.
    return (this.#live.get(contactId) ?? this.#closed.get(contactId))?.externalId || undefined;
  }

  /** The last known wire view of a closed contact. */
  closedContact(contactId: string): ContactMsg | undefined {
    const closed = this.#closed.get(contactId);
    return closed?.record === undefined ? undefined : contactToMsg(closed.record, closed.externalId || undefined, 'closed');
  }

  /** Keeps track of ends; call for every core event, after it was fanned out. */
  observe(e: CoreEvent): void {
    if (
      e.type === 'contact.closed' ||
      e.type === 'contact.abandoned' ||
      e.type === 'contact.follow_up_cancelled' ||
      (e.type === 'contact.callback_failed' && e.retryAt === null)
    ) {
      const live = this.#live.get(e.contactId);
      if (live === undefined) return;
      this.#live.delete(e.contactId);
      this.#remember(e.contactId, {
        integrationId: live.integrationId,
        externalId: live.externalId,
        record: live.record,
        creation: live.creation,
        bytes: live.creation?.bytes ?? 0,
      });
    }
  }

  /** Remembers a closed contact; past the limits, drops the oldest contexts, then the oldest entries. */
  #remember(contactId: string, closed: Closed): void {
    const before = this.#closed.get(contactId);
    if (before === undefined) this.#closedOrder.push(contactId);
    else this.#closedBytes -= before.bytes + CLOSED_OVERHEAD;
    this.#closed.set(contactId, closed);
    this.#closedBytes += closed.bytes + CLOSED_OVERHEAD;
    // Contexts first, oldest first: a retry is still answered (without the context).
    while (this.#closedBytes > this.#maxBytes && this.#slimmed < this.#closedOrder.length) {
      const c = this.#closed.get(this.#closedOrder[Math.max(this.#slimmed, this.#oldest)]!);
      this.#slimmed = Math.max(this.#slimmed, this.#oldest) + 1;
      if (c === undefined || c.bytes === 0) continue;
      this.#closedBytes -= c.bytes;
      c.bytes = 0;
      if (c.record !== undefined) c.record = slim(c.record);
    }
    while (this.#closed.size > this.#maxClosed || (this.#closedBytes > this.#maxBytes && this.#closed.size > 0)) {
      const oldId = this.#closedOrder[this.#oldest++]!;
      const old = this.#closed.get(oldId);
      if (old === undefined) continue;
      this.#closed.delete(oldId);
      this.#closedBytes -= old.bytes + CLOSED_OVERHEAD;
      this.#byExternal.delete(ContactRegistry.#key(old.integrationId, old.externalId));
    }
    if (this.#oldest > 4096 && this.#oldest * 2 > this.#closedOrder.length) {
      this.#closedOrder = this.#closedOrder.slice(this.#oldest);
      this.#slimmed = Math.max(0, this.#slimmed - this.#oldest);
      this.#oldest = 0;
    }
  }
}

/** A closed contact's record without what weighs: context, notes, transfer notes, transcript (the router has let go of it). */
function slim(r: Readonly<ContactRecord>): Readonly<ContactRecord> {
  return {
    ...r,
    context: {},
    notes: null,
    transfers: r.transfers?.map((x) => ({ ...x, notes: null })) ?? r.transfers,
    handoff: r.handoff === null || r.handoff === undefined ? r.handoff : { ...r.handoff, transcript: [] },
  } as Readonly<ContactRecord>;
}

/** JSON with the keys of every object in order: the same fields give the same text whatever order a client wrote them in. */
function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => (x === undefined ? 'null' : canonicalJson(x))).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const keys = Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/**
 * The creation of a contact from the fields an integration gave (without its
 * external id): a digest to tell a retry with other fields from a true one,
 * and its size for the closed contacts' budget. Measured once, at creation.
 */
export function creationOf(fields: object): Creation {
  const text = canonicalJson(fields);
  return { fingerprint: createHash('sha1').update(text).digest('base64'), bytes: Buffer.byteLength(text) };
}
