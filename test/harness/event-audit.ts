/**
 * An audit of a routing domain from its stored event log (what the leaders
 * wrote to Redis), not from what the processes say about themselves:
 * replays the events and lists every broken promise.
 *
 * - every contact created ends exactly once (closed or abandoned);
 * - no contact is offered to two agents at once;
 * - no agent ever holds more contacts (offered or assigned) than its capacity;
 * - waiting contacts keep their order: a contact is never offered while one
 *   created before it in the same queue (same priority and tier) still waits,
 *   unless that one's offer to the same agent was rejected or expired before
 *   (the router does not offer a contact again to an agent who let it go);
 * - one contact per customer id, when the workload gives every external id
 *   its own customer (a second one is a retry that created a duplicate).
 *
 * Written for a simple workload: one channel, equal priority and tier, no
 * transfers or callbacks. {@link EventAudit} takes the events as they come
 * (a tail of the stream, see `event-tail.ts`); {@link audit} replays a
 * whole loaded log.
 */
import type { CoreEvent } from '../../src/core/events.js';
import type { CoreSnapshot } from '../../src/core/core-snapshot.js';
import { RedisRoutingStore } from '../../src/store/redis/redis-store.js';

export type ViolationKind = 'created twice' | 'double offer' | 'over capacity' | 'out of order' | 'ended twice' | 'ended never created' | 'duplicate customer';

export interface Audit {
  readonly events: number;
  readonly created: number;
  readonly ended: number;
  readonly abandoned: number;
  readonly offers: number;
  /** Contact ids not ended yet. */
  readonly open: readonly string[];
  /** Every broken promise, in words (at most 50 of each kind). */
  readonly violations: readonly string[];
  /** How many of each kind (all of them). */
  readonly counts: Readonly<Record<ViolationKind, number>>;
  /** Every (contact, agent) offer in the log, as `contactId:agentId`. */
  readonly offered: ReadonlySet<string>;
  /** Every contact id created in the log (or in the snapshot it starts from). */
  readonly contacts: ReadonlySet<string>;
}

export interface DomainLog {
  /** Where the log starts: null when it holds every event since the domain was new. */
  readonly snapshot: CoreSnapshot | null;
  readonly events: readonly CoreEvent[];
}

export async function loadDomainLog(url: string, domain: string): Promise<DomainLog> {
  const store = new RedisRoutingStore({ url, domain });
  try {
    await store.whenReady(5000);
    const state = await store.load();
    return state === null ? { snapshot: null, events: [] } : { snapshot: state.snapshot, events: state.events };
  } finally {
    await store.close();
  }
}

const KINDS: readonly ViolationKind[] = [
  'created twice',
  'double offer',
  'over capacity',
  'out of order',
  'ended twice',
  'ended never created',
  'duplicate customer',
];

/** The audit fed event by event; {@link result} at any time. */
export class EventAudit {
  readonly #capacity: number;
  readonly #violations: string[] = [];
  readonly #counts = Object.fromEntries(KINDS.map((k) => [k, 0])) as Record<ViolationKind, number>;
  readonly #created = new Map<string, { order: number; queue: string }>();
  readonly #ends = new Map<string, number>();
  readonly #pending = new Map<string, string>(); // contact -> agent with a ringing offer
  readonly #load = new Map<string, Set<string>>(); // agent -> contacts it holds (offered or assigned)
  readonly #waiting = new Map<string, Set<string>>(); // queue -> waiting contacts
  readonly #holder = new Map<string, string>(); // contact -> agent that holds it
  readonly #customers = new Map<string, string>(); // customer id -> first contact
  readonly #declined = new Map<string, Set<string>>(); // contact -> agents who rejected it or let its offer expire
  readonly #offered = new Set<string>();
  #order = 0;
  #offers = 0;
  #events = 0;
  #abandoned = 0;

  /**
   * @param capacity each agent's capacity (one channel)
   * @param snapshot where the log starts, if it does not start with the domain: the
   *   audit then starts from the snapshot's contacts (what happened before is not in the log).
   */
  constructor(capacity: number, snapshot: CoreSnapshot | null = null) {
    this.#capacity = capacity;
    // The snapshot's contacts, in routing order within their queue (waiting ones by their key).
    const seed = [...(snapshot?.contacts ?? [])].sort((a, b) => a.firstArrival - b.firstArrival);
    for (const c of seed) {
      this.#created.set(c.id, { order: this.#order++, queue: c.queueId });
      this.#customers.set(c.customer.id, c.id);
      if (c.declinedBy.length > 0) this.#declined.set(c.id, new Set(c.declinedBy));
      if (c.state === 'waiting') this.#wait(c.id);
      if (c.agentId !== null && c.state !== 'waiting') {
        this.#hold(c.id, c.agentId);
        if (c.state === 'offered') this.#pending.set(c.id, c.agentId);
      }
    }
  }

  #violation(kind: ViolationKind, text: string): void {
    if (this.#counts[kind]++ < 50) this.#violations.push(text);
  }

  #hold(contact: string, agent: string): Set<string> {
    this.#holder.set(contact, agent);
    let held = this.#load.get(agent);
    if (held === undefined) this.#load.set(agent, (held = new Set()));
    held.add(contact);
    return held;
  }

  #release(contact: string): void {
    const a = this.#holder.get(contact);
    if (a === undefined) return;
    this.#holder.delete(contact);
    this.#load.get(a)?.delete(contact);
  }

  #wait(contact: string): void {
    const c = this.#created.get(contact);
    if (c === undefined) return;
    let set = this.#waiting.get(c.queue);
    if (set === undefined) this.#waiting.set(c.queue, (set = new Set()));
    set.add(contact);
  }

  #unwait(contact: string): void {
    const c = this.#created.get(contact);
    if (c !== undefined) this.#waiting.get(c.queue)?.delete(contact);
  }

  feed(events: Iterable<CoreEvent>): void {
    for (const e of events) this.#feedOne(e);
  }

  #feedOne(e: CoreEvent): void {
    this.#events++;
    switch (e.type) {
      case 'contact.created': {
        const id = e.contact.id;
        if (this.#created.has(id)) this.#violation('created twice', `${id} created twice`);
        this.#created.set(id, { order: this.#order++, queue: e.contact.queueId });
        const first = this.#customers.get(e.contact.customer.id);
        if (first === undefined) this.#customers.set(e.contact.customer.id, id);
        else if (first !== id) this.#violation('duplicate customer', `${id} and ${first} were both created for customer ${e.contact.customer.id}`);
        this.#wait(id);
        break;
      }
      case 'contact.offered': {
        this.#offers++;
        this.#offered.add(`${e.contactId}:${e.agentId}`);
        const other = this.#pending.get(e.contactId);
        if (other !== undefined) this.#violation('double offer', `${e.contactId} offered to ${e.agentId} while ringing at ${other}`);
        const c = this.#created.get(e.contactId);
        if (c !== undefined) {
          for (const w of this.#waiting.get(c.queue) ?? []) {
            if (w !== e.contactId && (this.#created.get(w)?.order ?? Infinity) < c.order && this.#declined.get(w)?.has(e.agentId) !== true) {
              this.#violation('out of order', `${e.contactId} offered while ${w}, created before it, was waiting`);
              break;
            }
          }
        }
        this.#unwait(e.contactId);
        this.#pending.set(e.contactId, e.agentId);
        const held = this.#hold(e.contactId, e.agentId);
        if (held.size > this.#capacity)
          this.#violation('over capacity', `${e.agentId} holds ${held.size} contacts (${[...held].join(', ')}), capacity ${this.#capacity}`);
        break;
      }
      case 'contact.offer_rejected':
      case 'contact.offer_expired': {
        let set = this.#declined.get(e.contactId);
        if (set === undefined) this.#declined.set(e.contactId, (set = new Set()));
        set.add(e.agentId);
        this.#pending.delete(e.contactId);
        this.#release(e.contactId);
        this.#wait(e.contactId);
        break;
      }
      case 'contact.offer_revoked':
      case 'contact.requeued':
        this.#pending.delete(e.contactId);
        this.#release(e.contactId);
        this.#wait(e.contactId);
        break;
      case 'contact.accepted':
        this.#pending.delete(e.contactId);
        break;
      case 'contact.closed':
      case 'contact.abandoned': {
        if (e.type === 'contact.abandoned') this.#abandoned++;
        const n = (this.#ends.get(e.contactId) ?? 0) + 1;
        this.#ends.set(e.contactId, n);
        if (n > 1) this.#violation('ended twice', `${e.contactId} ended twice`);
        if (!this.#created.has(e.contactId)) this.#violation('ended never created', `${e.contactId} ended but never created`);
        this.#pending.delete(e.contactId);
        this.#release(e.contactId);
        this.#unwait(e.contactId);
        this.#declined.delete(e.contactId);
        break;
      }
      default:
        break;
    }
  }

  /** Contacts created and not ended yet. */
  get openCount(): number {
    let n = 0;
    for (const id of this.#created.keys()) if (!this.#ends.has(id)) n++;
    return n;
  }

  result(): Audit {
    const open = [...this.#created.keys()].filter((id) => !this.#ends.has(id));
    return {
      events: this.#events,
      created: this.#created.size,
      ended: this.#ends.size,
      abandoned: this.#abandoned,
      offers: this.#offers,
      open,
      violations: [...this.#violations],
      counts: { ...this.#counts },
      offered: this.#offered,
      contacts: new Set(this.#created.keys()),
    };
  }
}

/**
 * Audits `log`. After a re-write of the store (a snapshot), the audit starts
 * from the snapshot's contacts: what happened before it is not in the log.
 */
export function audit(log: DomainLog, capacity: number): Audit {
  const a = new EventAudit(capacity, log.snapshot);
  a.feed(log.events);
  return a.result();
}
