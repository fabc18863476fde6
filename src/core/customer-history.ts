/**
 * Customer history: the handled contacts of each customer, newest last,
 * bounded per customer and in total. Part of the core's state: entries are
 * appended when `contact.closed` is applied, so a snapshot plus the events
 * after it rebuild exactly the same history (and so the same FCR flags and
 * last-agent preferences).
 *
 * The total bound evicts from the customer served least recently: customers
 * sit in a recency list (an append moves the customer to its newest end), so
 * the oldest customer's oldest entry goes first. Deterministic, O(1) per
 * append, and it never needs a clock.
 */
import type { QueueId } from './ids.js';
import type { HistoryEntry } from './model.js';

export type HistoryImage = readonly (readonly [string, readonly HistoryEntry[]])[];

interface Customer {
  readonly id: string;
  readonly list: HistoryEntry[];
  /** Recency list: `prev` served less recently, `next` more recently. */
  prev: Customer | null;
  next: Customer | null;
}

export class CustomerHistory {
  readonly #byCustomer = new Map<string, Customer>();
  /** Least and most recently served customers (an intrusive list: O(1) moves, no map reordering). */
  #oldest: Customer | null = null;
  #newest: Customer | null = null;
  #total = 0;

  constructor(
    readonly perCustomer: number,
    readonly maxEntries: number,
  ) {}

  get size(): number {
    return this.#total;
  }

  append(customerId: string, entry: HistoryEntry): void {
    let c = this.#byCustomer.get(customerId);
    if (c === undefined) {
      c = { id: customerId, list: [], prev: null, next: null };
      this.#byCustomer.set(customerId, c);
    } else this.#unlink(c);
    this.#linkNewest(c);
    c.list.push(entry);
    this.#total++;
    if (c.list.length > this.perCustomer) {
      c.list.shift();
      this.#total--;
    }
    while (this.#total > this.maxEntries && this.#oldest !== null) {
      const oldest = this.#oldest;
      oldest.list.shift();
      this.#total--;
      if (oldest.list.length === 0) this.#drop(oldest);
    }
  }

  /** The customer's handled contacts, newest first. */
  recent(customerId: string): readonly HistoryEntry[] {
    const c = this.#byCustomer.get(customerId);
    return c === undefined ? [] : [...c.list].reverse();
  }

  /** The customer's latest handled contact, optionally in one queue. */
  latest(customerId: string, queue?: QueueId): HistoryEntry | undefined {
    const list = this.#byCustomer.get(customerId)?.list;
    if (list === undefined) return undefined;
    for (let i = list.length - 1; i >= 0; i--) {
      const e = list[i]!;
      if (queue === undefined || e.queueId === queue) return e;
    }
    return undefined;
  }

  /** Customers from least to most recently served, each with its entries oldest first. */
  image(): HistoryImage {
    const out: (readonly [string, readonly HistoryEntry[]])[] = [];
    for (let c = this.#oldest; c !== null; c = c.next) out.push([c.id, c.list.map((e) => ({ ...e }))]);
    return out;
  }

  load(image: HistoryImage): void {
    for (const [id, list] of image) {
      if (list.length === 0) continue;
      const c: Customer = { id, list: list.map((e) => ({ ...e })), prev: null, next: null };
      this.#byCustomer.set(id, c);
      this.#linkNewest(c);
      this.#total += list.length;
    }
  }

  #drop(c: Customer): void {
    this.#unlink(c);
    this.#byCustomer.delete(c.id);
  }

  #unlink(c: Customer): void {
    if (c.prev) c.prev.next = c.next;
    else this.#oldest = c.next;
    if (c.next) c.next.prev = c.prev;
    else this.#newest = c.prev;
    c.prev = c.next = null;
  }

  #linkNewest(c: Customer): void {
    c.prev = this.#newest;
    c.next = null;
    if (this.#newest) this.#newest.next = c;
    else this.#oldest = c;
    this.#newest = c;
  }
}
