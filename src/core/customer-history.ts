/**
 * Customer history: the handled contacts of the last `windowMs` (the FCR
 * window, default 7 days), for repeat detection, last-agent routing and
 * the history an offer carries. Part of the core's state: entries are
 * appended when `contact.closed` is applied and dropped by the event times
 * alone, so a snapshot plus the events after it rebuild exactly the same
 * history.
 *
 * Bounded by time, not by a count, so it holds for its window at a
 * retailer's volume (a count of 100,000 shrank a 7-day window to 8 hours
 * at 290,000 contacts a day): entries live in one log in closing order,
 * as columns (`ChunkedLog`: typed arrays; queues, agents, channels and
 * dispositions interned), each linked to the same customer's previous
 * entry, with one map from customer to their latest entry. An entry costs
 * some 100 bytes besides its contact id and notes (see bench/RESULTS.md,
 * "History and surveys over a week"); `maxBytes` bounds the whole (ids and
 * notes counted by their length): past it the oldest entries go first.
 * Notes are the heavy part and the least needed after a while, so past
 * `notesMaxBytes` the oldest entries lose their notes first.
 *
 * An offer carries at most `perCustomer` entries, newest first; older ones
 * stay (for the window) but are never read.
 */
import type { AgentId, ContactId, QueueId } from './ids.js';
import { ChunkedLog, CHUNK, Interned } from './interned.js';
import type { Channel, HistoryEntry } from './model.js';
import { SeqTable } from './seq-table.js';

/** Oldest first; each group one customer's entries (older snapshots grouped a customer's entries together). */
export type HistoryImage = readonly (readonly [string, readonly HistoryEntry[]])[];

/** Bytes an entry costs besides its strings' characters (columns, map and id string headers). */
export const HISTORY_ENTRY_OVERHEAD = 120;

export interface HistoryLimits {
  /** Entries shown per customer (newest first). */
  readonly perCustomer: number;
  /** Entries kept at most (Infinity: by time and bytes only). */
  readonly maxEntries: number;
  /** Kept for this long after they closed (ms). */
  readonly windowMs: number;
  /** Bytes the history may hold (entries, ids and notes). */
  readonly maxBytes: number;
  /** Bytes of notes kept; past it the oldest entries lose their notes first. */
  readonly notesMaxBytes: number;
}

interface Chunk {
  readonly contact: string[];
  readonly customer: string[];
  /** Seq of the customer's previous entry, -1 for none. */
  readonly prev: Float64Array;
  readonly queue: Uint32Array;
  readonly agent: Uint32Array;
  readonly channel: Uint8Array;
  readonly disposition: Uint32Array;
  readonly started: Float64Array;
  readonly ended: Float64Array;
  readonly notes: (string | null)[];
}

const makeChunk = (): Chunk => ({
  contact: new Array<string>(CHUNK),
  customer: new Array<string>(CHUNK),
  prev: new Float64Array(CHUNK),
  queue: new Uint32Array(CHUNK),
  agent: new Uint32Array(CHUNK),
  channel: new Uint8Array(CHUNK),
  disposition: new Uint32Array(CHUNK),
  started: new Float64Array(CHUNK),
  ended: new Float64Array(CHUNK),
  notes: new Array<string | null>(CHUNK),
});

export class CustomerHistory {
  readonly #limits: HistoryLimits;
  readonly #log = new ChunkedLog<Chunk>(makeChunk);
  /** Customer -> seq of their latest entry (ids read from the log's own column). */
  readonly #latest = new SeqTable((seq) => this.#log.chunkOf(seq).customer[seq % CHUNK]!);
  readonly #queues = new Interned();
  readonly #agents = new Interned();
  readonly #channels = new Interned();
  readonly #dispositions = new Interned();
  #bytes = 0;
  #notesBytes = 0;
  /** Entries before this seq have lost their notes already. */
  #notesHead = 0;

  constructor(limits: HistoryLimits) {
    this.#limits = limits;
  }

  get perCustomer(): number {
    return this.#limits.perCustomer;
  }

  get size(): number {
    return this.#log.size;
  }

  /** Bytes held, as counted against `maxBytes`. */
  get bytes(): number {
    return this.#bytes;
  }

  append(customerId: string, entry: HistoryEntry): void {
    const { seq, chunk: c, at } = this.#log.append();
    c.contact[at] = entry.contactId;
    c.customer[at] = customerId;
    c.prev[at] = this.#latest.set(customerId, seq);
    c.queue[at] = this.#queues.id(entry.queueId);
    c.agent[at] = this.#agents.id(entry.agentId);
    c.channel[at] = this.#channels.id(entry.channel);
    c.disposition[at] = this.#dispositions.id(entry.disposition);
    c.started[at] = entry.startedAt;
    c.ended[at] = entry.endedAt;
    c.notes[at] = entry.notes;
    const notes = entry.notes?.length ?? 0;
    this.#notesBytes += notes;
    this.#bytes += HISTORY_ENTRY_OVERHEAD + entry.contactId.length + customerId.length + notes;
    this.#trim(entry.endedAt);
  }

  /** The customer's handled contacts, newest first (at most `perCustomer`). */
  recent(customerId: string): readonly HistoryEntry[] {
    const out: HistoryEntry[] = [];
    for (let seq = this.#latest.get(customerId); seq >= this.#log.head && out.length < this.#limits.perCustomer;) {
      const { chunk, at } = this.#log.locate(seq);
      out.push(this.#entry(chunk, at));
      seq = chunk.prev[at]!;
    }
    return out;
  }

  /** The customer's latest handled contact, optionally in one queue (among the `perCustomer` newest). */
  latest(customerId: string, queue?: QueueId): HistoryEntry | undefined {
    const q = queue === undefined ? 0 : this.#queues.id(queue);
    let n = 0;
    for (let seq = this.#latest.get(customerId); seq >= this.#log.head && n < this.#limits.perCustomer; n++) {
      const { chunk, at } = this.#log.locate(seq);
      if (q === 0 || chunk.queue[at] === q) return this.#entry(chunk, at);
      seq = chunk.prev[at]!;
    }
    return undefined;
  }

  /** Every kept entry, oldest first, one group each (so that a reload keeps the order exactly). */
  image(): HistoryImage {
    const out: (readonly [string, readonly HistoryEntry[]])[] = [];
    for (let seq = this.#log.head; seq < this.#log.next; seq++) {
      const { chunk, at } = this.#log.locate(seq);
      out.push([chunk.customer[at]!, [this.#entry(chunk, at)]]);
    }
    return out;
  }

  load(image: HistoryImage): void {
    const all: [string, HistoryEntry][] = [];
    let grouped = false;
    for (const [id, list] of image) {
      if (list.length > 1) grouped = true;
      for (const e of list) all.push([id, e]);
    }
    // An image of the older layout groups each customer's entries: the closing order is the times' order.
    if (grouped) all.sort((a, b) => a[1].endedAt - b[1].endedAt);
    for (const [id, e] of all) this.append(id, e);
  }

  #entry(c: Chunk, at: number): HistoryEntry {
    return {
      contactId: c.contact[at]! as ContactId,
      queueId: this.#queues.value(c.queue[at]!)! as QueueId,
      channel: this.#channels.value(c.channel[at]!)! as Channel,
      agentId: this.#agents.value(c.agent[at]!)! as AgentId,
      startedAt: c.started[at]!,
      endedAt: c.ended[at]!,
      disposition: this.#dispositions.value(c.disposition[at]!),
      notes: c.notes[at] ?? null,
    };
  }

  /** Drops what fell out of the window (as of `now`, an event's time), then what is over the bounds. */
  #trim(now: number): void {
    const log = this.#log;
    const cutoff = now - this.#limits.windowMs;
    while (log.size > 0) {
      const { chunk, at } = log.locate(log.head);
      if (!(chunk.ended[at]! < cutoff || this.#bytes > this.#limits.maxBytes || log.size > this.#limits.maxEntries)) break;
      const customer = chunk.customer[at]!;
      const notes = chunk.notes[at]?.length ?? 0;
      if (log.head >= this.#notesHead) this.#notesBytes -= notes;
      this.#bytes -= HISTORY_ENTRY_OVERHEAD + chunk.contact[at]!.length + customer.length + notes;
      // Their latest entry going means all of theirs went.
      this.#latest.removeSeq(customer, log.head);
      chunk.contact[at] = chunk.customer[at] = undefined as unknown as string;
      chunk.notes[at] = null;
      log.dropHead();
    }
    if (this.#notesHead < log.head) this.#notesHead = log.head;
    while (this.#notesBytes > this.#limits.notesMaxBytes && this.#notesHead < log.next) {
      const { chunk, at } = log.locate(this.#notesHead++);
      const notes = chunk.notes[at]?.length ?? 0;
      this.#notesBytes -= notes;
      this.#bytes -= notes;
      chunk.notes[at] = null;
    }
  }
}
